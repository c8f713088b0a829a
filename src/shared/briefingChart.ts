import type { BriefingLanguage } from './contract/briefings'
import type { SearchTrend, TrendPeriod } from './contract/search'

/**
 * A coverage chart in a briefing, laid out once (pure geometry) for every place that draws it: the export's SVG and
 * PNG (core/briefing/export) and the editor's preview.
 */

/**
 * The chart colours of the app (TimeSeriesPlot) and of briefings, so that a chart in a briefing looks like the one the
 * analyst added; distinct on light and dark backgrounds, and "other" series grey.
 */
export const CHART_PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#bcbd22',
  '#393b79',
  '#637939',
  '#7b4173'
]
export const OTHER_COLOUR = '#8a8f98'
const AXIS_COLOUR = '#5a5750'
const GRID_COLOUR = '#e2ddd2'

/** The chart's size in CSS pixels (the SVG's viewBox; 160 mm wide at 96 dpi). */
export const CHART_WIDTH = 600
export const CHART_HEIGHT = 300

export interface ChartRect {
  x: number
  y: number
  width: number
  height: number
  colour: string
}

export interface ChartLayout {
  width: number
  height: number
  direction: 'rtl' | 'ltr'
  /** The bars, one rectangle per series and period with a count (stacked from the axis up). */
  bars: ChartRect[]
  /** The axes and grid lines, as thin rectangles. */
  lines: ChartRect[]
  /** The count at each grid line, beside the axis. */
  ticks: ChartText[]
  /** The labelled periods (at most eight, evenly spread), under the middle of their bar. */
  periodLabels: ChartText[]
  /** Each series' swatch and name, three to a row under the plot (none without a legend). */
  legend: { colour: string; label: string; swatch: ChartRect; text: ChartText }[]
  /** Said in the plot when the query matched no dated story. */
  empty: ChartText | null
  plot: { left: number; right: number; top: number; bottom: number }
}

/** A label: where it is anchored (`start`/`end` follow the chart's direction, as in SVG) and its words. */
export interface ChartText {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  label: string
}

export interface ChartOptions {
  /** Draw the legend under the plot (true by default); the DOCX writes it as text instead. */
  legend?: boolean
}

/** The entries of a chart's legend: each series' colour and name in the briefing's language. */
export function chartLegend(trend: SearchTrend, language: BriefingLanguage): { colour: string; label: string }[] {
  const words = CHART_WORDS[language]
  return trend.series.map((series, index) => ({
    colour: series.other ? OTHER_COLOUR : CHART_PALETTE[index % CHART_PALETTE.length]!,
    label: series.other ? words.other : (series.source ?? words.all)
  }))
}

export interface ChartWords {
  /** The legend entry of the sources beyond the largest. */
  other: string
  /** The legend entry of a chart of all matches. */
  all: string
  /** Said when the query matched no dated story. */
  empty: string
}

export const CHART_WORDS: Record<BriefingLanguage, ChartWords> = {
  ar: { other: 'مصادر أخرى', all: 'كل المصادر', empty: 'لا أخبار مؤرخة تطابق هذا البحث.' },
  en: { other: 'Other sources', all: 'All sources', empty: 'No dated stories match this search.' }
}

const LOCALE: Record<BriefingLanguage, string> = { ar: 'ar-u-nu-latn', en: 'en-GB' }

/**
 * Lays a trend out as a bar chart: one bar per period, stacked by series, the first period at the start of the line
 * (at the right in an Arabic briefing), the counts' axis at the start side. Pure geometry, drawn by `chartSvg` and
 * rasterised by `chartPng`, so the two cannot disagree.
 */
export function layoutChart(trend: SearchTrend, language: BriefingLanguage, options: ChartOptions = {}): ChartLayout {
  const direction = language === 'ar' ? 'rtl' : 'ltr'
  const numbers = new Intl.NumberFormat(LOCALE[language])
  const legend = chartLegend(trend, language)
  const legendRows = options.legend === false ? 0 : Math.ceil(legend.length / 3)
  // The plot keeps its size; the legend's rows are added below it.
  const height = CHART_HEIGHT + legendRows * 20
  const plot = { top: 12, bottom: CHART_HEIGHT - 34, left: 0, right: 0 }
  const axisWidth = 46
  if (direction === 'rtl') Object.assign(plot, { left: 10, right: CHART_WIDTH - axisWidth })
  else Object.assign(plot, { left: axisWidth, right: CHART_WIDTH - 10 })

  const totals = trend.periods.map((_, p) => trend.series.reduce((sum, series) => sum + (series.counts[p] ?? 0), 0))
  const step = niceStep(Math.max(1, ...totals) / 4)
  const top = Math.max(step, Math.ceil(Math.max(1, ...totals) / step) * step)
  const yOf = (count: number) => plot.bottom - (count / top) * (plot.bottom - plot.top)

  const lines: ChartRect[] = []
  const ticks: ChartLayout['ticks'] = []
  for (let count = 0; count <= top; count += step) {
    const y = yOf(count)
    ticks.push({ x: direction === 'rtl' ? plot.right + 6 : plot.left - 6, y: y + 4, anchor: 'end', label: numbers.format(count) })
    if (count > 0) lines.push({ x: plot.left, y: y - 0.25, width: plot.right - plot.left, height: 0.5, colour: GRID_COLOUR })
  }
  lines.push({ x: plot.left, y: plot.bottom - 0.5, width: plot.right - plot.left, height: 1, colour: AXIS_COLOUR })
  const axisX = direction === 'rtl' ? plot.right : plot.left
  lines.push({ x: axisX - 0.5, y: plot.top, width: 1, height: plot.bottom - plot.top, colour: AXIS_COLOUR })

  const slot = (plot.right - plot.left) / Math.max(1, trend.periods.length)
  const barWidth = Math.max(1, slot * 0.72)
  const centre = (p: number) => (direction === 'rtl' ? plot.right - slot * (p + 0.5) : plot.left + slot * (p + 0.5))
  const bars: ChartRect[] = []
  trend.periods.forEach((_, p) => {
    let base = 0
    trend.series.forEach((series, s) => {
      const count = series.counts[p] ?? 0
      if (count === 0) return
      const y0 = yOf(base)
      const y1 = yOf(base + count)
      bars.push({ x: centre(p) - barWidth / 2, y: y1, width: barWidth, height: y0 - y1, colour: legend[s]!.colour })
      base += count
    })
  })

  const every = Math.max(1, Math.ceil(trend.periods.length / 8))
  const periodLabels = trend.periods
    .map((period, p) => ({ p, period }))
    .filter(({ p }) => p % every === 0)
    .map(({ p, period }): ChartText => ({
      x: centre(p),
      y: plot.bottom + 16,
      anchor: 'middle',
      label: periodLabel(period, trend.by, language)
    }))
  const columnWidth = (plot.right - plot.left) / 3
  const placed = (legendRows ? legend : []).map((entry, index) => {
    const y = plot.bottom + 30 + Math.floor(index / 3) * 20
    const start = direction === 'rtl' ? plot.right - (index % 3) * columnWidth : plot.left + (index % 3) * columnWidth
    return {
      ...entry,
      swatch: { x: direction === 'rtl' ? start - 10 : start, y, width: 10, height: 10, colour: entry.colour },
      text: { x: direction === 'rtl' ? start - 14 : start + 14, y: y + 9, anchor: 'start' as const, label: entry.label }
    }
  })
  const empty: ChartText | null =
    trend.total === 0
      ? { x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2, anchor: 'middle', label: CHART_WORDS[language].empty }
      : null
  return { width: CHART_WIDTH, height, direction, bars, lines, ticks, periodLabels, legend: placed, empty, plot }
}

function periodLabel(period: string, by: TrendPeriod, language: BriefingLanguage): string {
  const date = new Date(by === 'month' ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return period
  const options: Intl.DateTimeFormatOptions =
    by === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(LOCALE[language], options).format(date)
}

/** 1, 2, 5, 10, 20, 50… at or above `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)))
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough) return Math.max(1, factor * power)
  return 10 * power
}
