import { describe, expect, it } from 'vitest'
import { analyze, isStopword, normalizeTerm } from './index'

describe('isStopword', () => {
  it.each(['في', 'من', 'إلى', 'الى', 'على', 'التي', 'الذين', 'وفي', 'فإن', 'بأن', 'هذه', 'the', 'of', 'and'])(
    '%s is a stopword once normalised',
    (word) => {
      expect(isStopword(normalizeTerm(word))).toBe(true)
    }
  )

  it.each(['كوريا', 'الشمالية', 'وزير', 'ترامب', 'korea', 'trump', '2024', 'مدرسة'])('%s is not', (word) => {
    expect(isStopword(normalizeTerm(word))).toBe(false)
  })

  it('recognises a stopword whatever its marks or hamza spelling', () => {
    expect(isStopword(normalizeTerm('إِلَىٰ'))).toBe(true)
    expect(isStopword(normalizeTerm('أنَّ'))).toBe(true)
  })

  it('leaves stopwords in the token stream, so a quoted phrase can still match them', () => {
    expect(analyze('في كوريا').map((token) => token.term)).toEqual(['في', 'كوريا'])
  })
})
