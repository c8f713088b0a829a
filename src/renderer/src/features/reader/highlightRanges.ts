import type { TextRange } from '../../../../shared/contract/search'

/** A run of text, either plain (`mark` null) or the `mark`-th search match of the story. */
export interface TextPiece {
  text: string
  mark: number | null
}

/**
 * Cuts `text` into plain and marked pieces. `ranges` are UTF-16 [start, end) ranges sorted and disjoint, as the
 * core hands them back; marks are numbered from `firstMark` in text order, so the title's and the body's marks
 * can share one sequence. A range that runs past the text or into the previous one is clipped, never thrown on:
 * the text is shown whatever the ranges say.
 */
export function markPieces(text: string, ranges: readonly TextRange[], firstMark = 0): TextPiece[] {
  const pieces: TextPiece[] = []
  let at = 0
  let mark = firstMark
  for (const [rangeStart, rangeEnd] of ranges) {
    const start = Math.max(at, Math.min(rangeStart, text.length))
    const end = Math.min(rangeEnd, text.length)
    if (end <= start) continue
    if (start > at) pieces.push({ text: text.slice(at, start), mark: null })
    pieces.push({ text: text.slice(start, end), mark: mark++ })
    at = end
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null })
  return pieces
}

/**
 * Groups pieces into paragraphs at line breaks, so that each paragraph can take its own direction (an English
 * paragraph in an Arabic story reads left to right). Blank lines are dropped; a mark that spans a line break
 * continues, with the same number, in the next paragraph.
 */
export function paragraphsOf(pieces: readonly TextPiece[]): TextPiece[][] {
  const paragraphs: TextPiece[][] = []
  let current: TextPiece[] = []
  const endParagraph = () => {
    if (current.some((piece) => piece.text.trim() !== '')) paragraphs.push(current)
    current = []
  }
  for (const piece of pieces) {
    const lines = piece.text.split(/\r\n|[\n\r\u2029]/)
    lines.forEach((line, index) => {
      if (index > 0) endParagraph()
      if (line !== '') current.push({ text: line, mark: piece.mark })
    })
  }
  endParagraph()
  return paragraphs
}
