import type { BriefingDocumentChart, BriefingLanguage } from '../../../../shared/contract/briefings'
import { layoutChart, type ChartText } from '../../../../shared/briefingChart'

/** A section's chart in the preview, laid out as the export lays it out (shared/briefingChart). */
export function PreviewChart({ chart, language }: { chart: BriefingDocumentChart; language: BriefingLanguage }) {
  if (!chart.trend) return null
  const layout = layoutChart(chart.trend, language)
  const text = (t: ChartText, key: string) => (
    <text key={key} x={t.x} y={t.y} textAnchor={t.anchor}>
      {t.label}
    </text>
  )
  return (
    <svg
      className="briefing-preview__chart-image"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={chart.caption}
      direction={layout.direction}
      fontSize={11}
      data-testid="briefing-preview-chart"
    >
      {[...layout.lines, ...layout.bars].map((r, index) => (
        <rect key={index} x={r.x} y={r.y} width={r.width} height={r.height} fill={r.colour} />
      ))}
      <g fill="#5a5750">
        {layout.ticks.map((t, index) => text(t, `t${index}`))}
        {layout.periodLabels.map((t, index) => text(t, `p${index}`))}
      </g>
      {layout.legend.map((entry, index) => (
        <g key={`l${index}`}>
          <rect x={entry.swatch.x} y={entry.swatch.y} width={entry.swatch.width} height={entry.swatch.height} fill={entry.colour} />
          {text(entry.text, `lt${index}`)}
        </g>
      ))}
      {layout.empty && text(layout.empty, 'empty')}
    </svg>
  )
}
