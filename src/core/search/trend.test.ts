import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { SavedSearch, SearchTrend } from '../../shared/contract/search'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'
import { SearchRepository } from '../library'
import { FacetTable } from './facetTable'

/** Invented coverage of one subject by three outlets over a few weeks, with other news around it. */
const COVERAGE = [
  { source: 'وكالة المرصد', date: '2024-01-29' },
  { source: 'وكالة المرصد', date: '2024-02-01' },
  { source: 'وكالة المرصد', date: '2024-02-12' },
  { source: 'النشرة', date: '2024-02-01' },
  { source: 'النشرة', date: '2024-03-04' },
  { source: 'صوت المدينة', date: '2024-03-05' },
  { source: 'صوت المدينة', date: null }
]

describe('searchTrend', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  const trend = async (request: Record<string, unknown>) => {
    const envelope = await dispatchApiCall(core.handlers, 'searchTrend', request)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value as SearchTrend
  }

  beforeEach(() => {
    temp = makeTempDir()
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    COVERAGE.forEach(({ source, date }, index) =>
      addStory(core.library, {
        title: `مباحثات الحدود الشمالية ${index}`,
        body: `تواصلت مباحثات الحدود الشمالية بين الوفدين في جولتها رقم ${index}.`,
        source,
        ...(date ? { date } : {})
      })
    )
    addStory(core.library, { title: 'أسعار الذهب', body: 'ارتفعت أسعار الذهب في السوق المحلية.', source: 'النشرة', date: '2024-02-20' })
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  it('counts matches per month, without gaps, and the undated apart', async () => {
    const result = await trend({ query: 'مباحثات الحدود' })
    expect(result.periods).toEqual(['2024-01', '2024-02', '2024-03'])
    expect(result.series).toEqual([{ source: null, other: false, counts: [1, 3, 2] }])
    expect(result).toMatchObject({ total: 6, undated: 1, by: 'month' })
  })

  it('counts per week from Monday and per day, filling the empty periods with zeros', async () => {
    const weeks = await trend({ query: 'مباحثات', by: 'week' })
    expect(weeks.periods).toEqual(['2024-01-29', '2024-02-05', '2024-02-12', '2024-02-19', '2024-02-26', '2024-03-04'])
    expect(weeks.series[0]!.counts).toEqual([3, 0, 1, 0, 0, 2])
    const days = await trend({ query: 'مباحثات date:2024-02', by: 'day' })
    expect(days.periods).toHaveLength(12)
    expect(days.periods[0]).toBe('2024-02-01')
    expect(days.series[0]!.counts.filter((count) => count > 0)).toEqual([2, 1])
  })

  it('gives the largest sources a series each and sums the rest as other', async () => {
    const result = await trend({ query: 'مباحثات', bySource: true, series: 2 })
    expect(result.series).toEqual([
      { source: 'وكالة المرصد', other: false, counts: [1, 2, 0] },
      { source: 'النشرة', other: false, counts: [0, 1, 1] },
      { source: null, other: true, counts: [0, 0, 1] }
    ])
  })

  it('answers an empty chart for a query that matches nothing, and refuses an unknown period', async () => {
    expect(await trend({ query: 'زلزال' })).toMatchObject({ periods: [], series: [], total: 0, undated: 0 })
    const refused = await dispatchApiCall(core.handlers, 'searchTrend', { query: 'x', by: 'year' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })

  it('compares saved searches over one calendar, each with its share of their coverage', async () => {
    const talks = await dispatchApiCall(core.handlers, 'saveSearch', { name: 'المباحثات', query: 'مباحثات' })
    const gold = await dispatchApiCall(core.handlers, 'saveSearch', { name: 'الذهب', query: 'الذهب' })
    if (!talks.ok || !gold.ok) throw new Error('not saved')
    const compared = await dispatchApiCall(core.handlers, 'compareSavedSearches', {
      ids: [(talks.value as SavedSearch).id, (gold.value as SavedSearch).id]
    })
    expect(compared).toMatchObject({
      ok: true,
      value: {
        by: 'month',
        periods: ['2024-01', '2024-02', '2024-03'],
        searches: [
          { savedSearch: { name: 'المباحثات' }, counts: [1, 3, 2], total: 6, share: 6 / 7 },
          { savedSearch: { name: 'الذهب' }, counts: [0, 1, 0], total: 1, share: 1 / 7 }
        ]
      }
    })
    const missing = await dispatchApiCall(core.handlers, 'compareSavedSearches', { ids: [999] })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('counts the same in memory (once the facet table is loaded) as in SQLite, including stories added since', async () => {
    const repository = new SearchRepository(core.library.db)
    const table = await FacetTable.load(repository)
    addStory(core.library, { title: 'مباحثات الحدود تتواصل', body: 'مباحثات الحدود تتواصل.', source: 'صوت المدينة', date: '2024-06-30' })
    table.catchUp(repository)
    const everything = { match: null, filter: null }
    const sorted = (rows: { period: string | null; source: string | null; n: number }[]) =>
      [...rows].sort((a, b) => `${a.period}|${a.source}`.localeCompare(`${b.period}|${b.source}`))
    for (const by of ['day', 'week', 'month'] as const) {
      for (const bySource of [false, true]) {
        expect(sorted(table.trend(repository.matchingIds(everything), by, bySource)), `${by} ${bySource}`).toEqual(
          sorted(repository.trendCounts(everything, by, bySource))
        )
      }
    }
  })
})
