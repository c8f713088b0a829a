import type { TrendPeriod } from '../../shared/contract/search'
import type { FacetRow, SearchRepository, TrendCount } from '../library'
import { countsToFacet } from '../library'
import { monthBounds } from './dates'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))
const NONE = -1
const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a `YYYY-MM-DD` day. */
const dayNumber = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS
const dayText = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)
/** The Monday of a day's week (1970-01-01 was a Thursday). */
const mondayOf = (day: number): number => day - ((day + 3) % 7)

/**
 * The source, month and day of every story, by story id, in typed arrays: facets and coverage charts over a
 * result of 100,000 stories then cost a pass over their ids instead of 100,000 index lookups in SQLite. Loaded a
 * source and a month at a time (from the indexes on source and date, never the story rows), letting other work
 * run in between; about 12 bytes per story. Stories never change source or date, so new stories are all it has
 * to learn.
 */
export class FacetTable {
  private sourceOf: Int32Array<ArrayBuffer> = new Int32Array(0)
  private monthOf: Int32Array<ArrayBuffer> = new Int32Array(0)
  private dayOf: Int32Array<ArrayBuffer> = new Int32Array(0)
  private readonly sources: string[] = []
  private readonly months: string[] = []
  private readonly sourceIndex = new Map<string, number>()
  private readonly monthIndex = new Map<string, number>()

  private constructor(private throughStoryId: number) {}

  static async load(repository: SearchRepository): Promise<FacetTable> {
    const table = new FacetTable(repository.lastStoryId())
    table.grow(table.throughStoryId)
    for (const source of repository.distinctSources()) {
      const index = table.indexOf(table.sources, table.sourceIndex, source)
      for (const id of repository.idsWithSource(source, table.throughStoryId)) table.sourceOf[id] = index
      await nextTurn()
    }
    for (const month of repository.distinctMonths()) {
      const index = table.indexOf(table.months, table.monthIndex, month)
      const [from, before] = monthBounds(month)
      for (const [id, day] of repository.storyDaysBetween(from, before, table.throughStoryId)) {
        table.monthOf[id] = index
        table.dayOf[id] = dayNumber(day)
      }
      await nextTurn()
    }
    return table
  }

  /** Learns the stories that arrived since it was loaded. */
  catchUp(repository: SearchRepository): void {
    if (repository.lastStoryId() <= this.throughStoryId) return
    const rows = repository.facetRowsAfter(this.throughStoryId)
    this.grow(rows[rows.length - 1]![0])
    for (const [id, source, day] of rows) {
      if (source !== null) this.sourceOf[id] = this.indexOf(this.sources, this.sourceIndex, source)
      if (day !== null) {
        this.monthOf[id] = this.indexOf(this.months, this.monthIndex, day.slice(0, 7))
        this.dayOf[id] = dayNumber(day)
      }
      this.throughStoryId = id
    }
  }

  /** The stories `ids` counted per period (and source, when asked), as the repository's grouped query counts them. */
  trend(ids: readonly number[], by: TrendPeriod, bySource: boolean): TrendCount[] {
    const width = this.sources.length + 1
    const counts = new Map<number, number>()
    for (const id of ids) {
      const day = this.dayOf[id] ?? NONE
      const period = day === NONE ? NONE : by === 'month' ? this.monthOf[id]! : by === 'week' ? mondayOf(day) : day
      const key = (period + 1) * width + (bySource ? (this.sourceOf[id] ?? NONE) + 1 : 0)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return [...counts].map(([key, n]) => {
      const period = Math.floor(key / width) - 1
      const source = (key % width) - 1
      return {
        period: period === NONE ? null : by === 'month' ? this.months[period]! : dayText(period),
        source: source === NONE ? null : this.sources[source]!,
        n
      }
    })
  }

  /** Source and month facets of the stories `ids`. */
  count(ids: readonly number[]): { sources: FacetRow[]; months: FacetRow[] } {
    const bySource = new Int32Array(this.sources.length)
    const byMonth = new Int32Array(this.months.length)
    for (const id of ids) {
      const source = this.sourceOf[id] ?? NONE
      const month = this.monthOf[id] ?? NONE
      if (source !== NONE) bySource[source]++
      if (month !== NONE) byMonth[month]++
    }
    return { sources: countsToFacet(named(this.sources, bySource)), months: countsToFacet(named(this.months, byMonth), 'newest') }
  }

  private grow(lastId: number): void {
    if (lastId < this.sourceOf.length) return
    const size = Math.max(lastId + 1, Math.ceil(this.sourceOf.length * 1.5))
    this.sourceOf = extended(this.sourceOf, size)
    this.monthOf = extended(this.monthOf, size)
    this.dayOf = extended(this.dayOf, size)
  }

  private indexOf(names: string[], index: Map<string, number>, name: string): number {
    let at = index.get(name)
    if (at === undefined) {
      at = names.push(name) - 1
      index.set(name, at)
    }
    return at
  }
}

function extended(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(size).fill(NONE)
  grown.set(array)
  return grown
}

function named(names: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>()
  counts.forEach((count, index) => count > 0 && map.set(names[index]!, count))
  return map
}
