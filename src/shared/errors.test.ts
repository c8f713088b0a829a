import { describe, expect, it } from 'vitest'
import { MarsadError, toErrorShape } from './errors'

describe('errors as the interface and the CLI show them', () => {
  it('says what a locked library means instead of SQLite\'s "database is locked"', () => {
    const locked = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
    const shape = toErrorShape(locked)
    expect(shape.code).toBe('library-busy')
    expect(shape.message).toMatch(
      /^Another program .* has been writing to the library .*; nothing was changed\. Try again once it has finished\.$/
    )
  })

  it('keeps a MarsadError as it is, and an unexpected error as internal with its message', () => {
    expect(toErrorShape(new MarsadError('not-found', 'There is no story 3.'))).toEqual({
      code: 'not-found',
      message: 'There is no story 3.'
    })
    expect(toErrorShape(new Error('boom'))).toEqual({ code: 'internal', message: 'boom' })
  })
})
