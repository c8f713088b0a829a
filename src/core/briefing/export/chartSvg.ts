import type { BriefingLanguage } from '../../../shared/contract/briefings'
import type { SearchTrend } from '../../../shared/contract/search'
import { layoutChart, type ChartOptions, type ChartRect, type ChartText } from '../../../shared/briefingChart'
import { escapeHtml } from './escape'

export { CHART_HEIGHT, CHART_WIDTH, chartLegend, layoutChart } from '../../../shared/briefingChart'

/** A plain SVG bar chart of a trend, with its axes, period labels and legend in the briefing's language. */
export function chartSvg(trend: SearchTrend, language: BriefingLanguage, title: string, options: ChartOptions = {}): string {
  const layout = layoutChart(trend, language, options)
  const rect = (r: ChartRect) =>
    `<rect x="${fix(r.x)}" y="${fix(r.y)}" width="${fix(r.width)}" height="${fix(r.height)}" fill="${r.colour}"/>`
  const text = (t: ChartText) => `<text x="${fix(t.x)}" y="${fix(t.y)}" text-anchor="${t.anchor}">${escapeHtml(t.label)}</text>`
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart__image" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeHtml(title)}" direction="${layout.direction}" font-size="11" fill="#1d1d1f">
<title>${escapeHtml(title)}</title>
<g>${layout.lines.map(rect).join('')}</g>
<g class="chart__bars">${layout.bars.map(rect).join('')}</g>
<g fill="#5a5750">${layout.ticks.map(text).join('')}${layout.periodLabels.map(text).join('')}</g>
<g>${layout.legend.map((entry) => rect(entry.swatch) + text(entry.text)).join('')}</g>${layout.empty ? text(layout.empty) : ''}
</svg>`
}

const fix = (n: number) => (Math.round(n * 100) / 100).toString()
