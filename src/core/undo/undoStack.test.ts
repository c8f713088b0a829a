import { describe, expect, it } from 'vitest'
import { MarsadError } from '../../shared/errors'
import { UndoStack } from './index'

/** Runs work directly and records that it ran inside a "transaction". */
function recordingTransact(log: string[]) {
  return <T>(work: () => T): T => {
    log.push('begin')
    const result = work()
    log.push('commit')
    return result
  }
}

describe('UndoStack', () => {
  it('runs an edit’s inverse once, in a transaction, and returns its label', () => {
    const log: string[] = []
    const stack = new UndoStack(recordingTransact(log))
    const ticket = stack.push({
      label: 'Delete tag «روسيا»',
      action: 'deleteTag',
      params: { name: 'روسيا' },
      inverse: () => log.push('inverse')
    })
    expect(ticket).toMatchObject({ label: 'Delete tag «روسيا»', action: 'deleteTag', params: { name: 'روسيا' } })
    expect(stack.undo(ticket.id)).toBe('Delete tag «روسيا»')
    expect(log).toEqual(['begin', 'inverse', 'commit'])
    expect(() => stack.undo(ticket.id)).toThrow(/nothing to undo/)
  })

  it('forgets the oldest edits beyond its capacity, and says so when asked for one', () => {
    const stack = new UndoStack(recordingTransact([]), 3)
    const tickets = Array.from({ length: 5 }, (_, n) => stack.push({ label: `edit ${n}`, action: 'test', inverse: () => {} }))
    expect(stack.size).toBe(3)
    expect(() => stack.undo(tickets[0]!.id)).toThrow(/older than the last 3 edits/)
    expect(stack.undo(tickets[4]!.id)).toBe('edit 4')
    expect(stack.undo(tickets[2]!.id)).toBe('edit 2')
  })

  it('keeps an edit whose inverse refuses, so it can be tried again', () => {
    const stack = new UndoStack(recordingTransact([]))
    let allowed = false
    const ticket = stack.push({
      label: 'edit',
      action: 'test',
      inverse: () => {
        if (!allowed) throw new MarsadError('bad-request', 'Not now.')
      }
    })
    expect(() => stack.undo(ticket.id)).toThrow('Not now.')
    allowed = true
    expect(stack.undo(ticket.id)).toBe('edit')
  })
})
