import { describe, expect, it } from 'vitest'
import { diffWords } from './diff'

const join = (pieces: { kind: string; text: string }[], keep: (kind: string) => boolean) =>
  pieces
    .filter((piece) => keep(piece.kind))
    .map((piece) => piece.text)
    .join('')

describe('diffWords', () => {
  it('marks what a copy added and what it cut, showing the copy as written', () => {
    const wire = 'قال الوزير إن الحكومة ستخفض الضرائب العام المقبل. وأضاف أن الخطة تشمل الشركات الصغيرة.'
    const copy = 'عمّان - قال الوزير إن الحكومة ستخفض الضرائب العام المقبل.'
    const pieces = diffWords(wire, copy)
    expect(join(pieces, (kind) => kind !== 'cut')).toBe(copy)
    expect(pieces.filter((piece) => piece.kind === 'added').map((piece) => piece.text.trim())).toEqual(['عمّان -'])
    expect(pieces.filter((piece) => piece.kind === 'cut').map((piece) => piece.text.trim())).toEqual([
      'وأضاف أن الخطة تشمل الشركات الصغيرة.'
    ])
  })

  it('does not count a respelling as a difference', () => {
    const pieces = diffWords('أعلنت وزارة الصحة', 'اعلنت وزارة الصحـه')
    expect(pieces.map((piece) => piece.kind)).toEqual(['same'])
    expect(pieces[0]!.text).toBe('اعلنت وزارة الصحـه')
  })

  it('handles empty sides', () => {
    expect(diffWords('', 'نص جديد')).toEqual([{ kind: 'added', text: 'نص جديد' }])
    expect(diffWords('نص قديم', '')).toEqual([{ kind: 'cut', text: 'نص قديم' }])
  })
})
