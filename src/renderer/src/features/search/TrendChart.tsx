import { useEffect, useRef, useState } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { SearchTrend, TrendPeriod } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { withDateRange } from './queryText'
import { periodFirstDay, periodLastDay, periodSeconds, periodsWithin } from './trendPeriods'

const PERIOD_KEY = 'marsad.chartPeriod'
const BY_SOURCE_KEY = 'marsad.chartBySource'
const HEIGHT = 180
/** Distinct on light and dark backgrounds; "other sources" is grey. */
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#bcbd22', '#393b79', '#637939', '#7b4173']
const OTHER_COLOUR = '#8a8f98'
const PERIOD_SECONDS: Record<TrendPeriod, number> = { day: 86_400, week: 7 * 86_400, month: 30 * 86_400 }

const storedPeriod = (): TrendPeriod => {
  const stored = localStorage.getItem(PERIOD_KEY)
  return stored === 'day' || stored === 'week' ? stored : 'month'
}

/**
 * Coverage of the current search over time, drawn with uPlot (canvas, built for time series, 50 KB): one line for
 * all matches or one per main source. Dragging across the chart narrows the search to the periods dragged over
 * (a `date:FROM..TO` filter, as the date range control writes it). Labels follow the interface language; time runs
 * left to right in both languages, with the count axis on the reading side.
 */
export function TrendChart({ query, onQueryChange }: { query: string; onQueryChange(query: string): void }) {
  const { t, format, dir } = useI18n()
  const [by, setBy] = useState<TrendPeriod>(storedPeriod)
  const [bySource, setBySource] = useState(() => localStorage.getItem(BY_SOURCE_KEY) === 'yes')
  const [trend, setTrend] = useState<SearchTrend | null>(null)
  const canvasHolder = useRef<HTMLDivElement>(null)

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

  useEffect(() => {
    const holder = canvasHolder.current
    if (!holder || !trend || trend.periods.length === 0) return
    const narrowTo = (fromSeconds: number, toSeconds: number) => {
      const chosen = periodsWithin(trend.periods, trend.by, fromSeconds, toSeconds)
      if (chosen.length === 0) return
      onQueryChange(withDateRange(query, { from: periodFirstDay(chosen[0]!), to: periodLastDay(chosen[chosen.length - 1]!, trend.by) }))
    }
    const dateFormat = new Intl.DateTimeFormat(format.locale, trend.by === 'month' ? { timeZone: 'UTC', month: 'short', year: 'numeric' } : { timeZone: 'UTC', day: 'numeric', month: 'short' })
    const plot = new uPlot(
      {
        width: holder.clientWidth || 600,
        height: HEIGHT,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        cursor: { drag: { x: true, y: false, setScale: false } },
        legend: { show: bySource },
        scales: {
          // One period alone still spans its own width, instead of uPlot's guess of years around it.
          x: { range: (_plot, min, max) => (min === max ? [min - PERIOD_SECONDS[trend.by] / 2, max + PERIOD_SECONDS[trend.by] / 2] : [min, max]) },
          y: { range: (_plot, _min, max) => [0, Math.max(1, max)] }
        },
        axes: [
          { values: (_plot, splits) => splits.map((seconds) => dateFormat.format(new Date(seconds * 1000))) },
          { side: dir === 'rtl' ? 1 : 3, values: (_plot, splits) => splits.map((count) => (Number.isInteger(count) ? format.number(count) : '')) }
        ],
        series: [
          { label: t.chartPeriods[trend.by], value: (_plot: uPlot, seconds: number | null) => (seconds === null ? '' : dateFormat.format(new Date(seconds * 1000))) },
          ...trend.series.map((series, index) => ({
            label: series.other ? t.chartOtherSources : (series.source ?? t.chartAllStories),
            stroke: series.other ? OTHER_COLOUR : PALETTE[index % PALETTE.length]!,
            width: 2,
            points: { show: trend.periods.length <= 60 },
            value: (_plot: uPlot, count: number | null) => (count === null ? '' : format.number(count))
          }))
        ],
        hooks: {
          setSelect: [
            (chart) => {
              if (chart.select.width < 3) return
              narrowTo(chart.posToVal(chart.select.left, 'x'), chart.posToVal(chart.select.left + chart.select.width, 'x'))
              chart.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false)
            }
          ]
        }
      },
      [trend.periods.map((period) => periodSeconds(period)), ...trend.series.map((series) => series.counts)],
      holder
    )
    const resize = new ResizeObserver(() => plot.setSize({ width: holder.clientWidth || 600, height: HEIGHT }))
    resize.observe(holder)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [trend, bySource, dir, format, t, query, onQueryChange])

  const choosePeriod = (next: TrendPeriod) => {
    localStorage.setItem(PERIOD_KEY, next)
    setBy(next)
  }
  const toggleBySource = () => {
    localStorage.setItem(BY_SOURCE_KEY, bySource ? 'no' : 'yes')
    setBySource(!bySource)
  }

  return (
    <figure className="trend-chart" aria-label={t.chartLabel} data-testid="trend-chart">
      <div className="trend-chart__controls">
        <div role="group" aria-label={t.chartPeriodLabel}>
          {(['day', 'week', 'month'] as const).map((period) => (
            <button key={period} type="button" aria-pressed={by === period} onClick={() => choosePeriod(period)}>
              {t.chartPeriods[period]}
            </button>
          ))}
        </div>
        <button type="button" aria-pressed={bySource} onClick={toggleBySource}>
          {t.chartBySource}
        </button>
        {trend && <span className="trend-chart__summary">{trend.total > 0 ? t.chartSummary(trend.total, trend.undated) : t.chartEmpty}</span>}
      </div>
      <div ref={canvasHolder} className="trend-chart__plot" dir="ltr" title={t.chartHint} />
      {trend && trend.periods.length > 0 && (
        <table className="reader-sr-only">
          <caption>{t.chartLabel}</caption>
          <tbody>
            {trend.periods.map((period, index) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                {trend.series.map((series) => (
                  <td key={series.source ?? 'all'}>{format.number(series.counts[index]!)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <figcaption className="trend-chart__hint">{t.chartHint}</figcaption>
    </figure>
  )
}
