import type { ReactNode } from 'react'
import type { TextRange } from '../../../../shared/contract/search'

/**
 * Text with the core's matched ranges wrapped in <mark>: React builds the elements, so story text (untrusted,
 * from dumps) is never parsed as markup. Ranges past the text or overlapping an earlier one are clipped.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ReactNode[] = []
  let at = 0
  ranges.forEach(([rangeStart, rangeEnd], index) => {
    const start = Math.max(at, Math.min(rangeStart, text.length))
    const end = Math.min(rangeEnd, text.length)
    if (end <= start) return
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={index}>{text.slice(start, end)}</mark>)
    at = end
  })
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
