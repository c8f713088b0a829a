import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest } from '../../shared/api'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'
import { openLibrary, type Library } from '../library'
import { BLOCKING_WAIT_FOR_WRITERS_MS } from '../session'

describe('a write while another connection holds the write lock (an import writing a big file)', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  let importer: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-write-turns-')
    core = new MarsadCore({ libraryPath: temp.file('lib.marsad') })
    addStory(core.library, { title: 'سوق الذهب', body: 'ارتفعت أسعار الذهب في السوق.' })
    importer = openLibrary(temp.file('lib.marsad'))
  })
  afterEach(() => {
    if (importer.db.inTransaction) importer.db.exec('ROLLBACK')
    importer.close()
    core.close()
    temp.cleanup()
  })
  const call = <M extends ApiMethod>(method: M, request: ApiRequest<M>) => dispatchApiCall(core.handlers, method, request)

  it('waits its turn past the blocking wait without holding up the other calls, then is made once', async () => {
    importer.db.exec('BEGIN IMMEDIATE')
    const settled: string[] = []
    const tagging = call('tagStories', { storyIds: [1], tags: ['اقتصاد'] }).then((result) => (settled.push('tag'), result))
    // The importer keeps its lock well past the connection's own busy timeout: the tag is tried again meanwhile,
    // and a search made after it is answered before it.
    const searched = await call('searchStories', { query: 'الذهب', sort: 'relevance', offset: 0, limit: 20, facets: false })
    settled.push('search')
    expect(searched).toMatchObject({ ok: true, value: { total: 1 } })
    await new Promise((resolve) => setTimeout(resolve, BLOCKING_WAIT_FOR_WRITERS_MS + 500))
    importer.db.exec('COMMIT')

    const tagged = await tagging
    expect(tagged).toMatchObject({ ok: true, value: { tagged: 1 } })
    expect(settled).toEqual(['search', 'tag'])
    expect(await call('listTags', {})).toMatchObject({ ok: true, value: [{ name: 'اقتصاد', count: 1 }] })
  })
})
