/**
 * A search on the window's connection while an import holds the library's write lock (issue 17 §5): the search's
 * own upkeep (storing the words of new stories in the vocabulary) must not wait for that lock. It used to: the
 * search waited out the 10 s busy timeout and then failed with "database is locked".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { writeFileSync } from 'node:fs'
import { mergeIndexes, runImport } from '../ingest'
import { openLibrary, type Library } from '../library'
import { SearchState } from './searchState'
import { searchStories } from './searchStories'

describe('searching while an import writes', () => {
  let temp: ReturnType<typeof makeTempDir>
  let window: Library
  /** The window's search state, kept between its searches as the app keeps it. */
  let windowSearch: SearchState
  let importer: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-search-import-')
    importer = openLibrary(temp.file('news.marsad'))
    window = openLibrary(temp.file('news.marsad'))
    windowSearch = new SearchState(window)
  })
  afterEach(() => {
    if (importer.db.inTransaction) importer.db.exec('ROLLBACK')
    window.close()
    importer.close()
    temp.cleanup()
  })

  const search = (query: string) =>
    searchStories(windowSearch, { query, sort: 'relevance', offset: 0, limit: 20, facets: true, collapse: true })
  /** The import commits a batch, then holds the write lock for its next one. */
  const importerCommitsThenWrites = (title: string) => {
    importer.transaction(() => addStory(importer, { title, body: `${title}: نص الخبر عن الموانئ والتجارة.` }))
    importer.db.exec('BEGIN IMMEDIATE')
  }

  it('searches a library whose stored vocabulary was never built without waiting for the lock, storing nothing meanwhile', async () => {
    importerCommitsThenWrites('افتتاح ميناء الصيد')
    const found = await search('ميناء~')
    expect(found.total).toBe(1)
    expect(window.db.prepare('SELECT count(*) FROM search_terms').pluck().get()).toBe(0)
  })

  it('finds the stories that arrived while the import writes, and stores their words once it is done', async () => {
    importer.transaction(() => addStory(importer, { title: 'سوق الذهب', body: 'ارتفعت أسعار الذهب في السوق.' }))
    expect((await search('ذهب')).total).toBe(1)
    importerCommitsThenWrites('افتتاح ميناء الصيد')
    expect((await search('ميناء~')).total).toBe(1)
    expect((await search('الصيد')).total).toBe(1)

    importer.db.exec('COMMIT')
    importer.transaction(() => addStory(importer, { title: 'ميناء جديد', body: 'ميناء جديد للصيادين.' }))
    expect((await search('ميناء~')).total).toBe(2)
    window.close()
    window = openLibrary(temp.file('news.marsad'))
    windowSearch = new SearchState(window)
    expect((await search('ميناء~')).total).toBe(2)
    // Stored now, through the newest story.
    expect(window.db.prepare('SELECT through_story_id FROM search_terms_state').pluck().get()).toBe(3)
  })

  it("leaves the words of an import's many stories to the upkeep after it, which the window's searches then follow", async () => {
    importer.transaction(() => addStory(importer, { title: 'سوق الذهب', body: 'ارتفعت أسعار الذهب في السوق.' }))
    expect((await search('ذهب')).total).toBe(1) // builds the stored vocabulary through story 1
    expect((await search('وبمصافي')).total).toBe(0) // and remembers that no story holds it in any form
    const dump = temp.file('arriving.jsonl')
    const arriving = Array.from({ length: 250 }, (_, n) => ({
      title: n === 0 ? 'مصافي النفط' : `خبر رقم ${n}`,
      body: n === 0 ? 'توسعة مصافي النفط في الجنوب.' : `نص الخبر رقم ${n} عن الطقس.`,
      url: `https://example.com/${n}`
    }))
    writeFileSync(dump, arriving.map((story) => JSON.stringify(story)).join('\n'))
    expect((await runImport(importer, { paths: [dump] }, { jobId: 'arriving' })).stories).toBe(250)

    // Just arrived, and too many to learn on the window's thread: the search stores nothing and does not wait.
    const storedThrough = () => window.db.prepare('SELECT through_story_id FROM search_terms_state').pluck().get()
    expect((await search('مصافي')).total).toBe(1)
    expect(storedThrough()).toBe(1)

    await mergeIndexes(importer, new AbortController().signal)
    expect(storedThrough()).toBe(251)
    // The clitic forms the window remembered are judged again with the words the upkeep stored: وبمصافي finds مصافي.
    expect((await search('وبمصافي')).total).toBe(1)
    expect((await search('مصافي~')).total).toBe(1)
  })
})
