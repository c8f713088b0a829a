import type { CoverageComparison, SearchTrend, TrendPeriod, TrendSeries } from '../../shared/contract/search'
import { MarsadError } from '../../shared/errors'
import type { TrendCount } from '../library'
import type { CompiledQuery } from './compileQuery'
import { prepareQuery } from './prepareQuery'
import type { SearchState } from './searchState'

export interface TrendRequest {
  query: string
  by: TrendPeriod
  bySource: boolean
  /** How many sources get a series of their own; the rest are summed as "other". */
  series: number
}

/**
 * Coverage of a query over time, for the chart and `marsad trend`: the counts come from one grouped query in
 * SQLite over the query's matches; here they are laid on a calendar without gaps and cut into series.
 */
export async function searchTrend(state: SearchState, request: TrendRequest): Promise<SearchTrend> {
  const started = performance.now()
  const compiled = await prepareQuery(state, request.query)
  const rows = countsOf(state, compiled, request.by, request.bySource)
  const dated = datedOf(rows)
  const periods = calendar(
    dated.map((row) => row.period),
    request.by
  )
  const position = new Map(periods.map((period, index) => [period, index]))
  const series = seriesOf(dated, request.bySource ? request.series : 0, periods.length, position)
  return {
    query: request.query,
    by: request.by,
    periods,
    series,
    total: dated.reduce((sum, row) => sum + row.n, 0),
    undated: rows.filter((row) => row.period === null).reduce((sum, row) => sum + row.n, 0),
    tookMs: Math.round(performance.now() - started)
  }
}

/** Saved searches over one calendar: each one's dated matches per period, and its share of all of theirs. */
export async function compareSavedSearches(state: SearchState, ids: readonly number[], by: TrendPeriod): Promise<CoverageComparison> {
  const searches = ids.map((id) => {
    const saved = state.savedSearches.get(id)
    if (!saved) throw new MarsadError('not-found', `There is no saved search ${id}.`, { id })
    return saved
  })
  const counted: DatedCount[][] = []
  for (const saved of searches) {
    const rows = countsOf(state, await prepareQuery(state, saved.query), by, false)
    counted.push(datedOf(rows))
  }
  const periods = calendar(
    counted.flat().map((row) => row.period),
    by
  )
  const position = new Map(periods.map((period, index) => [period, index]))
  const totals = counted.map((rows) => rows.reduce((sum, row) => sum + row.n, 0))
  const all = totals.reduce((sum, total) => sum + total, 0)
  return {
    by,
    periods,
    searches: searches.map((saved, index) => {
      const counts = new Array<number>(periods.length).fill(0)
      for (const row of counted[index]!) counts[position.get(row.period)!] = row.n
      return {
        savedSearch: { id: saved.id, name: saved.name, query: saved.query },
        counts,
        total: totals[index]!,
        share: all === 0 ? 0 : totals[index]! / all
      }
    })
  }
}

type DatedCount = TrendCount & { period: string }
const datedOf = (rows: readonly TrendCount[]): DatedCount[] => rows.filter((row): row is DatedCount => row.period !== null)

/** In memory over the matches' ids once the facet table is loaded (a pass over typed arrays), else in SQLite. */
function countsOf(state: SearchState, query: CompiledQuery, by: TrendPeriod, bySource: boolean): TrendCount[] {
  const table = state.facetTableIfReady()
  return table ? table.trend(state.repository.matchingIds(query), by, bySource) : state.repository.trendCounts(query, by, bySource)
}

/** One series for all matches, or one per largest source and one for the others (when there are any). */
function seriesOf(rows: DatedCount[], sources: number, length: number, position: Map<string, number>): TrendSeries[] {
  const totals = new Map<string | null, number>()
  for (const row of rows) totals.set(row.source, (totals.get(row.source) ?? 0) + row.n)
  const largest = [...totals]
    .filter(([source]) => source !== null)
    .sort((a, b) => b[1] - a[1] || (a[0]! < b[0]! ? -1 : 1))
    .slice(0, sources)
    .map(([source]) => source)
  const own = new Map<string | null, TrendSeries>(
    largest.map((source) => [source, { source, other: false, counts: new Array<number>(length).fill(0) }])
  )
  let rest: TrendSeries | null = null
  for (const row of rows) {
    let series = own.get(row.source)
    if (!series) series = rest ??= { source: null, other: sources > 0, counts: new Array<number>(length).fill(0) }
    series.counts[position.get(row.period)!]! += row.n
  }
  return [...own.values(), ...(rest ? [rest] : [])]
}

/** Every period from the first to the last given, in order. */
function calendar(keys: string[], by: TrendPeriod): string[] {
  if (keys.length === 0) return []
  const sorted = [...keys].sort()
  const last = sorted[sorted.length - 1]!
  const periods: string[] = []
  for (let period = sorted[0]!; period <= last; period = nextPeriod(period, by)) periods.push(period)
  return periods
}

function nextPeriod(period: string, by: TrendPeriod): string {
  if (by === 'month') {
    const [year, month] = period.split('-').map(Number) as [number, number]
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`
  }
  const day = new Date(`${period}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + (by === 'week' ? 7 : 1))
  return day.toISOString().slice(0, 10)
}
