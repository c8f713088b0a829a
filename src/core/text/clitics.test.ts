import { describe, expect, it } from 'vitest'
import { forEachStemUnderClitics } from './clitics'
import { normalizeTerm } from './normalize'
import { stemTerm } from './stem'

const stemsUnderClitics = (word: string) => {
  const stems: string[] = []
  const term = normalizeTerm(word)
  forEachStemUnderClitics(term, stemTerm(term), (stem) => stems.push(stem))
  return stems
}
const stemOf = (word: string) => stemTerm(normalizeTerm(word))

describe('forEachStemUnderClitics', () => {
  it('gives the stem under each stack a term may carry, longest stack first', () => {
    expect(stemsUnderClitics('وبجامعة')).toEqual([stemOf('جامعة'), stemOf('بجامعة')])
    expect(stemsUnderClitics('لروسيا')).toEqual([stemOf('روسيا')])
  })

  it('gives nothing where the analyser peeled the article already, or where too few letters would remain', () => {
    expect(stemsUnderClitics('والجامعة')).toEqual([])
    expect(stemsUnderClitics('والكورية')).toEqual([]) // the term starts with و, its stem كوري with ك: no stack starts both
    expect(stemsUnderClitics('وطن')).toEqual([])
    expect(stemsUnderClitics('جامعة')).toEqual([])
  })

  it('gives the rest of a word that only looks like clitics too: search decides, from the library, whether to use it', () => {
    expect(stemsUnderClitics('كمال')).toEqual([stemOf('مال')])
  })
})
