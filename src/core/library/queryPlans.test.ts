import type { Database, Statement } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library, type SearchRepository, type StoryQuery } from './index'

/*
 * The plans SQLite makes for each query shape of the search repository, read with EXPLAIN QUERY PLAN from the
 * statements the repository really runs (with their parameters): a schema change that turns a search into a scan of
 * the stories' rows (bodies and all) fails here, not in an analyst's library of a million stories.
 */

interface Ran {
  sql: string
  params: unknown[]
}

/** Records every statement the connection runs from now on, with its parameters. */
function recordStatements(db: Database): Ran[] {
  const ran: Ran[] = []
  const prepare = db.prepare.bind(db)
  db.prepare = ((sql: string) => {
    const statement = prepare(sql) as Statement<unknown[]>
    for (const method of ['all', 'get', 'iterate', 'run'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown
      ;(statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        ran.push({ sql, params })
        return original(...params)
      }
    }
    return statement
  }) as Database['prepare']
  return ran
}

const TEXT = '"كوريا"'
const WEIGHTS = [8, 1, 3, 2, 0, 4, 0.5, 1.5, 1, 4, 0.5]
const TAGGED: StoryQuery = { match: TEXT, filter: { kind: 'tag', key: 'اسيا' } }

describe('query plans of the search repository', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  let ran: Ran[]
  let search: SearchRepository

  beforeEach(() => {
    temp = makeTempDir('marsad-plans-')
    library = openLibrary(temp.file('library.marsad'))
    const ids = ['2024-01-05', '2024-02-11', null].map((date) =>
      addStory(library, { title: 'كوريا', body: 'صاروخ من كوريا الشمالية', date })
    )
    const asia = library.tags.insert({ name: 'آسيا', matchKey: 'اسيا', color: null, parentId: null, createdAt: '2024-03-01T00:00:00Z' })
    library.tags.addToStories(asia, ids.slice(0, 2), '2024-03-01T00:00:00Z')
    ran = recordStatements(library.db)
    search = library.search // prepared after recording starts, so that its fixed statements are seen too
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  /** The plan lines of every statement `work` runs. */
  function plansOf(work: () => unknown): string {
    ran.length = 0
    work()
    const statements = [...ran]
    return statements
      .flatMap(({ sql, params }) =>
        (library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail)
      )
      .join('\n')
  }

  it('filtered relevance reads the stories through their covering search index', () => {
    const plan = plansOf(() => search.pageByRelevance({ match: TEXT, filter: { kind: 'language', code: 'ar' } }, WEIGHTS, 0, 20))
    expect(plan).toMatch(/SEARCH s USING COVERING INDEX stories_search \(id=\?\)/)
    expect(plan).toMatch(/VIRTUAL TABLE INDEX/)
  })

  it('grouped by cluster looks up each match’s cluster by key', () => {
    const plan = plansOf(() => search.pageGrouped(TAGGED, WEIGHTS, 0, 20))
    expect(plan).toMatch(/SEARCH s USING COVERING INDEX stories_search \(id=\?\)/)
    expect(plan).toMatch(/SEARCH g USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(plan).toMatch(/SEARCH clusters USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(plan).toMatch(/SEARCH t USING (COVERING )?INDEX tags_match_key/)
  })

  it('date order walks the date index for many matches, and looks few up by id', () => {
    expect(plansOf(() => search.pageByDate({ match: TEXT, filter: null }, 0, 20, null))).toMatch(
      /SCAN s USING (COVERING )?INDEX stories_date/
    )
    expect(plansOf(() => search.pageByDate({ match: TEXT, filter: null }, 0, 20, 0))).toMatch(
      /SEARCH s USING COVERING INDEX stories_search \(id=\?\)/
    )
  })

  it('facets count sources, months and tags over the covering index and the tag index', () => {
    const plan = plansOf(() => search.facets(TAGGED))
    expect(plan).not.toMatch(/SCAN s\b/)
    expect(plan).toMatch(/SEARCH s USING COVERING INDEX stories_search \(id=\?\)/)
    expect(plan).toMatch(/SEARCH st USING (COVERING )?INDEX story_tags_tag \(tag_id=\?\)|SEARCH st USING PRIMARY KEY/)
  })

  it('saved-search counts ask the full-text index, or look its matches up in the covering index, never scanning stories', () => {
    expect(plansOf(() => search.countAfter({ match: TEXT, filter: null }, 2))).toMatch(/^SCAN story_index VIRTUAL TABLE INDEX/)
    const filtered = plansOf(() => search.countAfter(TAGGED, 2))
    expect(filtered).toMatch(/SEARCH s USING COVERING INDEX stories_search \(id=\?\)/)
    expect(filtered).not.toMatch(/SCAN s\b/)
  })
})
