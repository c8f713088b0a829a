import { describe, expect, it } from 'vitest'
import { markPieces, paragraphsOf } from './highlightRanges'

describe('markPieces', () => {
  it('marks every range as written, numbering the marks from the given start', () => {
    const text = 'قالت كُوريـــا إن کوریا ستردّ'
    const first = text.indexOf('كُوريـــا')
    const second = text.indexOf('کوریا')
    const pieces = markPieces(
      text,
      [
        [first, first + 'كُوريـــا'.length],
        [second, second + 'کوریا'.length]
      ],
      3
    )
    expect(pieces).toEqual([
      { text: 'قالت ', mark: null },
      { text: 'كُوريـــا', mark: 3 },
      { text: ' إن ', mark: null },
      { text: 'کوریا', mark: 4 },
      { text: ' ستردّ', mark: null }
    ])
    expect(pieces.map((piece) => piece.text).join('')).toBe(text)
  })

  it('keeps the whole text when there is nothing to mark', () => {
    expect(markPieces('نص', [])).toEqual([{ text: 'نص', mark: null }])
    expect(markPieces('', [])).toEqual([])
  })

  it('clips ranges that run past the text or overlap the previous one instead of losing text', () => {
    const pieces = markPieces('abcdef', [
      [1, 3],
      [2, 4],
      [5, 50],
      [60, 70]
    ])
    expect(pieces).toEqual([
      { text: 'a', mark: null },
      { text: 'bc', mark: 0 },
      { text: 'd', mark: 1 },
      { text: 'e', mark: null },
      { text: 'f', mark: 2 }
    ])
  })
})

describe('paragraphsOf', () => {
  it('splits at line breaks, drops blank lines and keeps a mark that spans a break in both paragraphs', () => {
    const text = 'first line\n\nsecond MATCH\nSTILL line\r\nthird'
    const start = text.indexOf('MATCH')
    const end = text.indexOf('STILL') + 'STILL'.length
    const paragraphs = paragraphsOf(markPieces(text, [[start, end]]))
    expect(paragraphs).toEqual([
      [{ text: 'first line', mark: null }],
      [
        { text: 'second ', mark: null },
        { text: 'MATCH', mark: 0 }
      ],
      [
        { text: 'STILL', mark: 0 },
        { text: ' line', mark: null }
      ],
      [{ text: 'third', mark: null }]
    ])
  })
})
