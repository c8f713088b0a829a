import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { TrendPeriod } from '../../../../shared/contract/search'
import { CHART_PALETTE, OTHER_COLOUR } from '../../../../shared/briefingChart'
import { useI18n } from '../../i18n/I18nProvider'
import { periodSeconds, periodsWithin } from './trendPeriods'

const HEIGHT = 180
const PERIOD_SECONDS: Record<TrendPeriod, number> = { day: 86_400, week: 7 * 86_400, month: 30 * 86_400 }

export const seriesColour = (index: number, other = false): string => (other ? OTHER_COLOUR : CHART_PALETTE[index % CHART_PALETTE.length]!)

export interface PlotSeries {
  label: string
  counts: number[]
  colour: string
}

export interface TimeSeriesPlotProps {
  periods: string[]
  by: TrendPeriod
  series: PlotSeries[]
  legend: boolean
  /** Called with the periods dragged across; without it the plot cannot be dragged. */
  onPeriodsChosen?: (periods: string[]) => void
}

/**
 * Counts per period drawn with uPlot (canvas, built for time series, 50 KB). Labels follow the interface
 * language; time runs left to right in both languages, with the count axis on the reading side.
 */
export function TimeSeriesPlot({ periods, by, series, legend, onPeriodsChosen }: TimeSeriesPlotProps) {
  const { format, dir, t } = useI18n()
  const holder = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const element = holder.current
    if (!element || periods.length === 0) return
    const dateFormat = new Intl.DateTimeFormat(
      format.locale,
      by === 'month' ? { timeZone: 'UTC', month: 'short', year: 'numeric' } : { timeZone: 'UTC', day: 'numeric', month: 'short' }
    )
    const dateOf = (seconds: number) => dateFormat.format(new Date(seconds * 1000))
    const plot = new uPlot(
      {
        width: element.clientWidth || 600,
        height: HEIGHT,
        tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
        cursor: { drag: { x: onPeriodsChosen !== undefined, y: false, setScale: false } },
        legend: { show: legend },
        scales: {
          // One period alone still spans its own width, instead of uPlot's guess of years around it.
          x: { range: (_plot, min, max) => (min === max ? [min - PERIOD_SECONDS[by] / 2, max + PERIOD_SECONDS[by] / 2] : [min, max]) },
          y: { range: (_plot, _min, max) => [0, Math.max(1, max)] }
        },
        axes: [
          { values: (_plot, splits) => splits.map(dateOf) },
          {
            side: dir === 'rtl' ? 1 : 3,
            values: (_plot, splits) => splits.map((count) => (Number.isInteger(count) ? format.number(count) : ''))
          }
        ],
        series: [
          { label: t.chartPeriods[by], value: (_plot: uPlot, seconds: number | null) => (seconds === null ? '' : dateOf(seconds)) },
          ...series.map((line) => ({
            label: line.label,
            stroke: line.colour,
            width: 2,
            points: { show: periods.length <= 60 },
            value: (_plot: uPlot, count: number | null) => (count === null ? '' : format.number(count))
          }))
        ],
        hooks: {
          setSelect: [
            (chart) => {
              if (!onPeriodsChosen || chart.select.width < 3) return
              const from = chart.posToVal(chart.select.left, 'x')
              const to = chart.posToVal(chart.select.left + chart.select.width, 'x')
              chart.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false)
              const chosen = periodsWithin(periods, by, from, to)
              if (chosen.length > 0) onPeriodsChosen(chosen)
            }
          ]
        }
      },
      [periods.map(periodSeconds), ...series.map((line) => line.counts)],
      element
    )
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth || 600, height: HEIGHT }))
    resize.observe(element)
    return () => {
      resize.disconnect()
      plot.destroy()
    }
  }, [periods, by, series, legend, onPeriodsChosen, format, dir, t])

  return (
    <>
      <div ref={holder} className="time-series-plot" dir="ltr" />
      <table className="reader-sr-only">
        <tbody>
          {periods.map((period, index) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {series.map((line) => (
                <td key={line.label}>{format.number(line.counts[index]!)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
