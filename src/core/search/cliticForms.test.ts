import SearchableMap from 'minisearch/SearchableMap'
import { describe, expect, it } from 'vitest'
import { normalizeTerm, stemTerm } from '../text'
import { cliticVariants, matchesNothing } from './cliticForms'

/**
 * A library's vocabulary: words as written, with the number of stories using each. Made up for these tests, in the
 * proportions a news library shows (the article forms of words of their own, clitic forms a small share of their
 * word, names far more frequent than what their first letter leaves).
 */
const STORIES_BY_WORD: Record<string, number> = {
  جامعة: 120,
  الجامعة: 80,
  وجامعة: 12,
  بجامعة: 30,
  فبجامعة: 1,
  روسيا: 400,
  وروسيا: 60,
  لروسيا: 25,
  الروسية: 150,
  فلروسيا: 1,
  مدينة: 300,
  المدينة: 250,
  ومدينة: 20,
  بمدينة: 90,
  كمدينة: 2,
  بغداد: 200,
  وبغداد: 20,
  ببغداد: 15,
  فبغداد: 1,
  سأل: 20,
  وسأل: 10,
  فسأل: 3,
  كمال: 40,
  الكمال: 3,
  مال: 30,
  المال: 150,
  ماله: 10,
  وطن: 60,
  الوطن: 200,
  طن: 40,
  الطن: 3,
  وعد: 80,
  الوعد: 10,
  عد: 5,
  العد: 8,
  فكر: 30,
  الفكر: 40,
  كر: 2,
  ولد: 90,
  الولد: 5,
  لد: 1,
  لبن: 10,
  اللبن: 6,
  بن: 500,
  فرنسا: 420,
  الفرنسية: 200,
  وفرنسا: 40,
  لفرنسا: 20,
  فلسطين: 300,
  الفلسطينية: 250,
  لسطين: 0,
  فيلم: 170,
  الفيلم: 100,
  يلم: 0,
  فريق: 420,
  الفريق: 400,
  كندا: 90,
  الكندية: 30,
  ندا: 1,
  كتاب: 50,
  الكتاب: 40,
  تاب: 1,
  بريطانيا: 300,
  البريطانية: 200,
  بيروت: 40,
  وبيروت: 5,
  لبنان: 100,
  اللبنانية: 60,
  بنان: 1,
  وزير: 560,
  الوزير: 90,
  زير: 1,
  الله: 200,
  له: 400
}

function vocabulary(): (prefix: string) => Iterable<[string, number]> {
  const terms = new SearchableMap<number>()
  for (const [word, stories] of Object.entries(STORIES_BY_WORD)) if (stories > 0) terms.set(normalizeTerm(word), stories)
  return (prefix) => terms.atPrefix(prefix)
}

const words = vocabulary()
const variantsOf = (word: string) => {
  const term = normalizeTerm(word)
  return cliticVariants(words, term, stemTerm(term))
}
const stemOf = (word: string) => stemTerm(normalizeTerm(word))

describe('cliticVariants', () => {
  it.each([
    ['فبجامعة', 'جامعة'],
    ['فلروسيا', 'روسيا'],
    ['كمدينة', 'مدينة'],
    ['فبغداد', 'بغداد'],
    ['فسأل', 'سأل'],
    ['وبجامعة', 'جامعة']
  ])('reads %s as clitics before %s, both ways', (withClitics, bare) => {
    expect(variantsOf(withClitics).stems).toContain(stemOf(bare))
    expect(variantsOf(withClitics).terms).toContain(normalizeTerm(bare))
    if (STORIES_BY_WORD[withClitics]) expect(variantsOf(bare).stems).toContain(stemOf(withClitics))
  })

  it.each(['فرنسا', 'فلسطين', 'فيلم', 'فريق', 'كندا', 'كتاب', 'بريطانيا', 'بيروت', 'لبنان', 'وزير', 'الله'])(
    'keeps the first letter of %s',
    (word) => {
      const rest = normalizeTerm(word).slice(1)
      expect(variantsOf(word).stems).not.toContain(stemTerm(rest))
      expect(variantsOf(rest).stems).not.toContain(stemOf(word))
    }
  )

  it.each([
    ['كمال', 'مال'],
    ['وطن', 'طن'],
    ['وعد', 'عد'],
    ['فكر', 'كر'],
    ['ولد', 'لد'],
    ['لبن', 'بن']
  ])('keeps %s and %s apart, both ways', (long, short) => {
    expect(variantsOf(long).stems).not.toContain(stemOf(short))
    expect(variantsOf(short).stems).not.toContain(stemOf(long))
  })

  it('gives a word with the article the clitic forms of the word without it', () => {
    expect(variantsOf('الجامعة').stems).toEqual(expect.arrayContaining([stemOf('جامعة'), stemOf('بجامعة'), stemOf('فبجامعة')]))
  })

  it('names the stems whose clitic forms are all read as clitics, and only those', () => {
    // وجامعة، بجامعة، فبجامعة are all جامعة with clitics: the index's stems under clitics find them in one phrase.
    expect(variantsOf('جامعة')).toMatchObject({
      wholeStems: [stemOf('جامعة')],
      formStemsOfWholeStems: expect.arrayContaining([stemOf('وجامعة'), stemOf('بجامعة'), stemOf('فبجامعة')])
    })
    // كمال is a word of its own, so مال's forms are named one by one (it has none the library reads as clitics).
    expect(variantsOf('مال')).toMatchObject({ wholeStems: [], formStemsOfWholeStems: [] })
    // The word under a query's clitics counts as well: فبجامعة is جامعة, whose forms are all clitics.
    expect(variantsOf('فبجامعة').wholeStems).toContain(stemOf('جامعة'))
  })

  it('leaves Latin words and numbers alone', () => {
    expect(cliticVariants(words, 'covid', 'covid')).toMatchObject({ terms: ['covid'], stems: ['covid'], wholeStems: [] })
    expect(cliticVariants(words, '2024', '2024')).toMatchObject({ terms: ['2024'], stems: ['2024'], wholeStems: [] })
  })
})

describe('matchesNothing', () => {
  it('is true only for a word the library holds in no form', () => {
    expect(matchesNothing(words, normalizeTerm('زقزقوط'), [stemOf('زقزقوط')])).toBe(true)
    expect(matchesNothing(words, normalizeTerm('جامعات'), [stemOf('جامعات')])).toBe(false) // جامعة has that stem
    expect(matchesNothing(words, normalizeTerm('فبجامعة'), variantsOf('فبجامعة').stems)).toBe(false)
  })
})
