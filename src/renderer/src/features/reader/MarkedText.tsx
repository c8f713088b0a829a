import type { TextPiece } from './highlightRanges'

/**
 * Text with its search matches wrapped in <mark> elements: the text is always React text, never HTML (story
 * text comes from dumps and is untrusted). `data-mark` numbers each match for next/previous.
 */
export function MarkedText({ pieces, current }: { pieces: readonly TextPiece[]; current: number | null }) {
  return pieces.map((piece, index) =>
    piece.mark === null ? (
      piece.text
    ) : (
      <mark key={index} data-mark={piece.mark} className={piece.mark === current ? 'reader-mark reader-mark--current' : 'reader-mark'}>
        {piece.text}
      </mark>
    )
  )
}
