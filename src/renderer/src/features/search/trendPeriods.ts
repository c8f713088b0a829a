import type { TrendPeriod } from '../../../../shared/contract/search'

/*
 * The chart's periods as the core names them (`2024-02-05` for a day or a week's Monday, `2024-02` for a month),
 * turned into the chart's time axis (seconds, UTC) and back into the days a date filter names.
 */

/** The first day of a period: `2024-02` → `2024-02-01`. */
export function periodFirstDay(period: string): string {
  return period.length === 7 ? `${period}-01` : period
}

/** Seconds since the epoch at the start of the period's first day (UTC), for the time axis. */
export function periodSeconds(period: string): number {
  return Date.parse(`${periodFirstDay(period)}T00:00:00Z`) / 1000
}

/** The last day of a period: a day itself, a week's Sunday, a month's last day. */
export function periodLastDay(period: string, by: TrendPeriod): string {
  const first = new Date(`${periodFirstDay(period)}T00:00:00Z`)
  if (by === 'week') first.setUTCDate(first.getUTCDate() + 6)
  if (by === 'month') first.setUTCMonth(first.getUTCMonth() + 1, 0)
  return first.toISOString().slice(0, 10)
}

/** The periods that a stretch of the time axis (seconds) touches, in order. */
export function periodsWithin(periods: readonly string[], by: TrendPeriod, fromSeconds: number, toSeconds: number): string[] {
  return periods.filter((period) => {
    const start = periodSeconds(period)
    const end = periodSeconds(periodLastDay(period, by)) + 86_400
    return end > fromSeconds && start <= toSeconds
  })
}
