import { TREND_PERIODS, type SearchTrend, type TrendPeriod } from '../../shared/contract/search'
import { UsageError, type CliCommand } from '../command'
import { integerOption } from './search'

const BAR_WIDTH = 40

/** One line per period with a bar scaled to the busiest one; per source, one column per series. */
export function describeTrend(trend: SearchTrend): string {
  const lines = [`${trend.total} dated ${trend.total === 1 ? 'story' : 'stories'} for "${trend.query}" by ${trend.by} (${trend.tookMs} ms)`]
  if (trend.undated > 0) lines.push(`${trend.undated} without a date (not counted below)`)
  if (trend.periods.length === 0) return lines.join('\n')
  const totals = trend.periods.map((_, index) => trend.series.reduce((sum, series) => sum + series.counts[index]!, 0))
  const busiest = Math.max(...totals, 1)
  const bySource = trend.series.length > 1 || trend.series[0]?.source !== null
  if (bySource) lines.push(`period  total  ${trend.series.map((series) => (series.other ? 'other' : series.source)).join(' | ')}`)
  trend.periods.forEach((period, index) => {
    const bar = '█'.repeat(Math.round((totals[index]! / busiest) * BAR_WIDTH))
    const split = bySource ? `  ${trend.series.map((series) => series.counts[index]).join(' | ')}` : ''
    lines.push(`${period}  ${String(totals[index]).padStart(5)}  ${bar}${split}`)
  })
  return lines.join('\n')
}

export const trendCommand: CliCommand = {
  name: 'trend',
  summary: 'Count what a search matches per day, week or month (and per source): coverage over time',
  usage: 'marsad trend <query> [--library FILE] [--by day|week|month] [--by-source] [--series N] [--json]',
  details: [
    "The query language is the search command's. Periods run without gaps from the first dated match to the",
    'last; a week is keyed by its Monday, a month as 2024-02. --by-source splits the counts among the N largest',
    'sources (--series, 5 by default) and "other".',
    'With --json: {"query", "by", "periods": ["2024-02", …], "series": [{"source", "other", "counts": [n, …]}],',
    '"total", "undated", "tookMs"}.'
  ].join('\n'),
  options: {
    by: { type: 'string' },
    'by-source': { type: 'boolean', default: false },
    series: { type: 'string' }
  },
  async run(context, positionals, values) {
    if (positionals.length === 0) throw new UsageError('give a query, as in: marsad trend "كوريا الشمالية" --by week')
    const by = (values.by ?? 'month') as TrendPeriod
    if (!TREND_PERIODS.includes(by)) throw new UsageError(`--by is day, week or month (got ${String(values.by)}).`)
    const series = integerOption(values, 'series', 5, 1, 12)
    const trend = await context.call('searchTrend', { query: positionals.join(' '), by, bySource: values['by-source'] === true, series })
    context.print(trend, () => describeTrend(trend))
  }
}
