import { isQueryPeriod, readQueryPeriod } from '../../shared/queryDates'
import type { StoryFilter } from '../library'
import { queryError } from './queryError'

/**
 * `date:`, `after:` and `before:` values: a period as src/shared/queryDates.ts reads it (a year, a month or a
 * day), and for `date:` a range `A..B` with either end left open. Stories store their
 * day as `YYYY-MM-DD`, so a period is a pair of string bounds: its own first prefix (inclusive) and the first
 * prefix of the period that follows it (exclusive). `after:` and `before:` exclude the period they name.
 */

interface Period {
  /** `2024-03`: every day that starts with it is in the period. */
  start: string
  /** `2024-04`: the first day not in the period sorts at or after it. */
  next: string
}

const pad = (value: number): string => String(value).padStart(2, '0')

function parsePeriod(text: string, position: number): Period {
  const read = readQueryPeriod(text)
  if (!isQueryPeriod(read)) {
    if (read.problem === 'no-such-month') throw queryError({ problem: 'no-such-month', text, month: read.month }, position)
    if (read.problem === 'no-such-day') throw queryError({ problem: 'no-such-day', text }, position)
    throw queryError({ problem: 'not-a-date', text }, position)
  }
  const { year, month, day } = read
  if (month === null) return { start: String(year), next: String(year + 1) }
  if (day === null) return { start: `${year}-${pad(month)}`, next: month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}` }
  const following = new Date(Date.UTC(year, month - 1, day) + 86_400_000)
  return {
    start: `${year}-${pad(month)}-${pad(day)}`,
    next: `${following.getUTCFullYear()}-${pad(following.getUTCMonth() + 1)}-${pad(following.getUTCDate())}`
  }
}

export function dateFilter(field: 'date' | 'after' | 'before', value: string, position: number): StoryFilter {
  const range = field === 'date' ? /^(.*?)\.\.(.*)$/.exec(value) : null
  if (range) {
    const [, from, to] = range
    if (!from && !to) throw queryError({ problem: 'range-needs-end' }, position)
    const first = from ? parsePeriod(from, position) : null
    const last = to ? parsePeriod(to, position) : null
    if (first && last && first.start >= last.next) throw queryError({ problem: 'range-backwards', range: value }, position)
    return { kind: 'date', from: first?.start ?? null, before: last?.next ?? null }
  }
  const period = parsePeriod(value, position)
  if (field === 'after') return { kind: 'date', from: period.next, before: null }
  if (field === 'before') return { kind: 'date', from: null, before: period.start }
  return { kind: 'date', from: period.start, before: period.next }
}

/** A month `YYYY-MM` as the bounds of its days: [`2024-03`, `2024-04`). */
export function monthBounds(month: string): [from: string, before: string] {
  const period = parsePeriod(month, 0)
  return [period.start, period.next]
}
