import type { BriefingLanguage } from '../../../shared/contract/briefings'
import type { SearchTrend, TrendPeriod } from '../../../shared/contract/search'
import { escapeHtml } from './escape'

/** The app's chart colours (TimeSeriesPlot), so a chart in a briefing looks like the one the analyst added. */
export const CHART_PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#bcbd22', '#393b79', '#637939', '#7b4173']
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
  /** The count at each grid line, and where its label goes. */
  ticks: { y: number; label: string }[]
  /** The labelled periods (at most eight, evenly spread) and the middle of their bar. */
  periodLabels: { x: number; label: string }[]
  legend: { colour: string; label: string }[]
  plot: { left: number; right: number; top: number; bottom: number }
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
    ticks.push({ y, label: numbers.format(count) })
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
    .map(({ p, period }) => ({ x: centre(p), label: periodLabel(period, trend.by, language) }))
  return { width: CHART_WIDTH, height, direction, bars, lines, ticks, periodLabels, legend: legendRows ? legend : [], plot }
}

/** A plain SVG bar chart of a trend, with its axes, period labels and legend in the briefing's language. */
export function chartSvg(trend: SearchTrend, language: BriefingLanguage, title: string, options: ChartOptions = {}): string {
  const layout = layoutChart(trend, language, options)
  const { plot, direction } = layout
  const rtl = direction === 'rtl'
  const rect = (r: ChartRect) => `<rect x="${fix(r.x)}" y="${fix(r.y)}" width="${fix(r.width)}" height="${fix(r.height)}" fill="${r.colour}"/>`
  const axisLabelX = rtl ? plot.right + 6 : plot.left - 6
  const tickAnchor = rtl ? 'start' : 'end'
  const ticks = layout.ticks
    .map((tick) => `<text x="${fix(axisLabelX)}" y="${fix(tick.y + 4)}" text-anchor="${tickAnchor}" direction="ltr">${escapeHtml(tick.label)}</text>`)
    .join('')
  const periods = layout.periodLabels
    .map((label) => `<text x="${fix(label.x)}" y="${fix(plot.bottom + 16)}" text-anchor="middle">${escapeHtml(label.label)}</text>`)
    .join('')
  const legend = layout.legend
    .map((entry, index) => {
      const row = Math.floor(index / 3)
      const column = index % 3
      const y = plot.bottom + 30 + row * 20
      const columnWidth = (plot.right - plot.left) / 3
      const start = rtl ? plot.right - column * columnWidth : plot.left + column * columnWidth
      const swatchX = rtl ? start - 10 : start
      const textX = rtl ? start - 14 : start + 14
      return `<rect x="${fix(swatchX)}" y="${fix(y)}" width="10" height="10" fill="${entry.colour}"/><text x="${fix(textX)}" y="${fix(y + 9)}" text-anchor="start">${escapeHtml(entry.label)}</text>`
    })
    .join('')
  const empty =
    trend.total === 0
      ? `<text x="${fix((plot.left + plot.right) / 2)}" y="${fix((plot.top + plot.bottom) / 2)}" text-anchor="middle">${escapeHtml(CHART_WORDS[language].empty)}</text>`
      : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart__image" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeHtml(title)}" direction="${direction}" font-size="11" fill="#1d1d1f">
<title>${escapeHtml(title)}</title>
<g>${layout.lines.map(rect).join('')}</g>
<g class="chart__bars">${layout.bars.map(rect).join('')}</g>
<g fill="#5a5750">${ticks}${periods}</g>
<g>${legend}</g>${empty}
</svg>`
}

function periodLabel(period: string, by: TrendPeriod, language: BriefingLanguage): string {
  const date = new Date(by === 'month' ? `${period}-01T00:00:00Z` : `${period}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return period
  const options: Intl.DateTimeFormatOptions = by === 'month' ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(LOCALE[language], options).format(date)
}

/** 1, 2, 5, 10, 20, 50… at or above `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)))
  for (const factor of [1, 2, 5, 10]) if (factor * power >= rough) return Math.max(1, factor * power)
  return 10 * power
}

const fix = (n: number) => (Math.round(n * 100) / 100).toString()
