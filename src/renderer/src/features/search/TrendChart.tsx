import { useCallback, useEffect, useMemo, useState } from 'react'
import type { SearchTrend, TrendPeriod } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { AddChartToBriefing } from '../briefing'
import { withDateRange } from './queryText'
import { seriesColour, TimeSeriesPlot } from './TimeSeriesPlot'
import { periodFirstDay, periodLastDay } from './trendPeriods'

const PERIOD_KEY = 'marsad.chartPeriod'
const BY_SOURCE_KEY = 'marsad.chartBySource'

export const storedPeriod = (): TrendPeriod => {
  const stored = localStorage.getItem(PERIOD_KEY)
  return stored === 'day' || stored === 'week' ? stored : 'month'
}

/** Day, week or month, remembered between searches and shared by the charts. */
export function PeriodChoice({ by, onChange }: { by: TrendPeriod; onChange(by: TrendPeriod): void }) {
  const { t } = useI18n()
  return (
    <div role="group" aria-label={t.chartPeriodLabel}>
      {(['day', 'week', 'month'] as const).map((period) => (
        <button
          key={period}
          type="button"
          aria-pressed={by === period}
          onClick={() => {
            localStorage.setItem(PERIOD_KEY, period)
            onChange(period)
          }}
        >
          {t.chartPeriods[period]}
        </button>
      ))}
    </div>
  )
}

/**
 * Coverage of the current search over time: one line for all matches or one per main source. Dragging across
 * the chart narrows the search to the periods dragged over (a `date:FROM..TO` filter, as the date range control
 * writes it).
 */
export function TrendChart({ query, onQueryChange }: { query: string; onQueryChange(query: string): void }) {
  const { t } = useI18n()
  const [by, setBy] = useState<TrendPeriod>(storedPeriod)
  const [bySource, setBySource] = useState(() => localStorage.getItem(BY_SOURCE_KEY) === 'yes')
  const [trend, setTrend] = useState<SearchTrend | null>(null)

  useEffect(() => {
    let current = true
    api.searchTrend({ query, by, bySource }).then(
      (result) => current && setTrend(result),
      () => current && setTrend(null)
    )
    return () => {
      current = false
    }
  }, [query, by, bySource])

  const series = useMemo(
    () =>
      trend?.series.map((line, index) => ({
        label: line.other ? t.chartOtherSources : (line.source ?? t.chartAllStories),
        counts: line.counts,
        colour: seriesColour(index, line.other)
      })) ?? [],
    [trend, t]
  )
  const narrowTo = useCallback(
    (periods: string[]) =>
      trend &&
      onQueryChange(withDateRange(query, { from: periodFirstDay(periods[0]!), to: periodLastDay(periods[periods.length - 1]!, trend.by) })),
    [trend, query, onQueryChange]
  )
  const toggleBySource = () => {
    localStorage.setItem(BY_SOURCE_KEY, bySource ? 'no' : 'yes')
    setBySource(!bySource)
  }

  return (
    <figure className="trend-chart" aria-label={t.chartLabel} data-testid="trend-chart" title={t.chartHint}>
      <div className="trend-chart__controls">
        <PeriodChoice by={by} onChange={setBy} />
        <button type="button" aria-pressed={bySource} onClick={toggleBySource}>
          {t.chartBySource}
        </button>
        <AddChartToBriefing query={query} by={by} bySource={bySource} />
        {trend && (
          <span className="trend-chart__summary">{trend.total > 0 ? t.chartSummary(trend.total, trend.undated) : t.chartEmpty}</span>
        )}
      </div>
      {trend && <TimeSeriesPlot periods={trend.periods} by={trend.by} series={series} legend={bySource} onPeriodsChosen={narrowTo} />}
      <figcaption className="trend-chart__hint">{t.chartHint}</figcaption>
    </figure>
  )
}
