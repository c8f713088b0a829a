import { describe, expect, it } from 'vitest'
import { analyze, forEachToken, type Token } from './index'

const terms = (text: string): string[] => analyze(text).map((token) => token.term)
const written = (text: string): string[] => analyze(text).map((token) => token.text)

/** Every token must point at its own text in the original, whatever normalisation did. */
function expectOffsetsPointAtOriginal(text: string, tokens: Token[]): void {
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
}

describe('analyze: offsets point at the word as written', () => {
  it.each([
    ['harakat', 'قالت كُورِيَا الشَّمَالِيَّةُ اليوم', ['قالت', 'كُورِيَا', 'الشَّمَالِيَّةُ', 'اليوم'], ['قالت', 'كوريا', 'الشماليه', 'اليوم']],
    ['tatweel', 'زار كـــوريـا الجنوبيـــة', ['زار', 'كـــوريـا', 'الجنوبيـــة'], ['زار', 'كوريا', 'الجنوبيه']],
    ['presentation forms', 'ﺍﻟﺴﻼﻢ عليكم', ['ﺍﻟﺴﻼﻢ', 'عليكم'], ['السلام', 'عليكم']],
    ['Persian letters', 'سفر به کوریا الشمالیة', ['سفر', 'به', 'کوریا', 'الشمالیة'], ['سفر', 'به', 'كوريا', 'الشماليه']],
    ['bidi marks around a word stay outside it', 'قال \u200Fترامب\u200F إن', ['قال', 'ترامب', 'إن'], ['قال', 'ترامب', 'ان']],
    [
      'Latin accents',
      'Le Président Macron à l’Élysée',
      ['Le', 'Président', 'Macron', 'à', 'l', 'Élysée'],
      ['le', 'president', 'macron', 'a', 'l', 'elysee']
    ]
  ])('%s', (_name, text, expectedText, expectedTerms) => {
    const tokens = analyze(text)
    expectOffsetsPointAtOriginal(text, tokens)
    expect(tokens.map((token) => token.text)).toEqual(expectedText)
    expect(tokens.map((token) => token.term)).toEqual(expectedTerms)
  })

  it('gives every word of a multi-word ligature the ligature itself as its range', () => {
    const text = 'النبي ﷺ قال'
    const tokens = analyze(text)
    expectOffsetsPointAtOriginal(text, tokens)
    expect(tokens.map((token) => token.term)).toEqual(['النبي', 'صلي', 'الله', 'عليه', 'وسلم', 'قال'])
    expect(tokens.slice(1, 5).every((token) => token.start === 6 && token.end === 7)).toBe(true)
  })

  it('counts UTF-16 code units, so text after an emoji keeps its offsets', () => {
    const text = '🇰🇵 كوريا'
    const [korea] = analyze(text)
    expect(korea).toMatchObject({ text: 'كوريا', start: 5, end: 10 })
  })
})

describe('analyze: what separates words', () => {
  it.each([
    ['Arabic comma, semicolon, question mark', 'كوريا، الصين؛ لماذا؟', ['كوريا', 'الصين', 'لماذا']],
    ['guillemets and curly quotes', '«كوريا» “الصين” ‹اليابان›', ['كوريا', 'الصين', 'اليابان']],
    ['Arabic full stop and percent', 'ارتفع ٥٪ ۔ انتهى', ['ارتفع', '5', 'انتهي']],
    ['hashtag with underscores', '#مايك_بومبيو زار #أفغانستان', ['مايك', 'بومبيو', 'زار', 'افغانستان']],
    ['hyphen inside a Latin name', 'COVID-19 و F-16', ['covid', '19', 'و', 'f', '16']],
    ['hyphen inside an Arabic name', 'آسيا-المحيط الهادئ', ['اسيا', 'المحيط', 'الهادي']],
    ['slash between month names', 'نيسان/أبريل', ['نيسان', 'ابريل']],
    ['ZWNJ', 'می\u200Cخورد', ['مي', 'خورد']],
    ['zero-width space', 'كوريا\u200Bالشمالية', ['كوريا', 'الشماليه']],
    ['emoji', 'كوريا🔥الشمالية', ['كوريا', 'الشماليه']],
    ['digits glued to Arabic letters', '١٤٤٥هـ و2024م وبـ30 مليون', ['1445', 'ه', 'و', '2024', 'م', 'وب', '30', 'مليون']],
    ['Arabic letters glued to Latin ones', 'بـCNN والـBBC', ['ب', 'cnn', 'وال', 'bbc']],
    ['apostrophes', "l'Élysée don't", ['l', 'elysee', 'don', 't']]
  ])('%s', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected)
  })

  it('keeps Latin letters and digits together', () => {
    expect(terms('F16 G20 5G MP3')).toEqual(['f16', 'g20', '5g', 'mp3'])
  })

  it('returns no token for empty text, punctuation, marks or tatweel alone', () => {
    expect(analyze('')).toEqual([])
    expect(analyze(' .،؛ «» ـــ \u064e\u0651 \u200f ')).toEqual([])
  })
})

describe('analyze: numbers stay whole', () => {
  it.each([
    ['integer', 'عام 2024', ['عام', '2024'], ['عام', '2024']],
    ['decimal', 'نمو 3.5 بالمئة', ['نمو', '3.5', 'بالميه'], ['نمو', '3.5', 'بالمئة']],
    ['Arabic-Indic digits', 'عام ١٤٤٥', ['عام', '1445'], ['عام', '١٤٤٥']],
    ['Persian digits', 'سال ۱۴۰۲', ['سال', '1402'], ['سال', '۱۴۰۲']],
    ['Arabic decimal separator', 'نمو ٣٫٥', ['نمو', '3.5'], ['نمو', '٣٫٥']],
    ['thousands separators', '1,000,000 و١٢٬٥٠٠', ['1000000', 'و', '12500'], ['1,000,000', 'و', '١٢٬٥٠٠']],
    ['full stop after a number ends the sentence', 'في 2024. ثم', ['في', '2024', 'ثم'], ['في', '2024', 'ثم']],
    ['comma that is not a thousands separator', 'بين 3,5 و 12,34', ['بين', '3', '5', 'و', '12', '34'], ['بين', '3', '5', 'و', '12', '34']],
    ['version-like numbers', 'نسخة 2.0.1', ['نسخه', '2.0.1'], ['نسخة', '2.0.1']],
    ['a dot between words is a separator', 'U.S. army', ['u', 's', 'army'], ['U', 'S', 'army']]
  ])('%s', (_name, text, expectedTerms, expectedText) => {
    expect(terms(text)).toEqual(expectedTerms)
    expect(written(text)).toEqual(expectedText)
  })

  it('makes ١٤٤٥ and 1445 the same term', () => {
    expect(terms('١٤٤٥')).toEqual(terms('1445'))
  })
})

describe('analyze: what an analyst types finds what was written', () => {
  // وكوريا and لكوريا keep their clitic in the stem; search finds them from the library's words (cliticForms.ts).
  const koreaSpellings = ['كوريا', 'کوریا', 'كـوريا', 'كُورِيَا', 'الكورية', 'للكوريين', 'ﻛﻮﺭﻳﺎ']
  it.each(koreaSpellings)('كوريا finds %s by its term or its stem', (spelling) => {
    const [query] = analyze('كوريا')
    const [found] = analyze(spelling)
    expect(found.term === query.term || found.stem === query.stem).toBe(true)
  })

  it('analyses the seed dump keyword كوريا الشمالية identically in both spellings', () => {
    const arabic = analyze('كوريا الشمالية')
    const persian = analyze('کوریا الشمالیة')
    expect(persian.map(({ term, stem }) => ({ term, stem }))).toEqual(arabic.map(({ term, stem }) => ({ term, stem })))
    expect(persian.map((token) => token.text)).toEqual(['کوریا', 'الشمالیة'])
  })

  it.each([
    ['مدرسة', 'مدرسه'],
    ['مدرسة', 'المدرسة'],
    ['١٤٤٥', '1445'],
    ['أمريكيين', 'امريكي']
  ])('%s and %s share a stem', (a, b) => {
    expect(analyze(a)[0].stem).toBe(analyze(b)[0].stem)
  })
})

describe('forEachToken', () => {
  it('reports exactly the tokens of analyze()', () => {
    const text = 'وصل وزير الخارجية الأميركي، #مايك_بومبيو، إلى كابول في 9 تموز/يوليو ٢٠١٨ (COVID-19).'
    const visited: Array<Omit<Token, 'text'>> = []
    forEachToken(text, (term, stem, start, end) => visited.push({ term, stem, start, end }))
    expect(visited).toEqual(analyze(text).map(({ term, stem, start, end }) => ({ term, stem, start, end })))
  })

  it('can be called again from inside a visitor', () => {
    const outer: string[] = []
    forEachToken('كوريا الشمالية', (term) => {
      forEachToken('نص آخر', () => undefined)
      outer.push(term)
    })
    expect(outer).toEqual(['كوريا', 'الشماليه'])
  })

  it('handles a word longer than its scratch buffer', () => {
    const longWord = 'أ'.repeat(1000)
    expect(terms(`قبل ${longWord} بعد`)).toEqual(['قبل', 'ا'.repeat(1000), 'بعد'])
  })

  it('survives a pathological word of 300,000 letters (a base64 blob in a dump)', () => {
    const blob = 'Ab'.repeat(150_000)
    const [token] = analyze(blob)
    expect(token.term).toBe('ab'.repeat(150_000))
    expect(token.end).toBe(300_000)
  })
})

describe('analyze: terms are safe for an FTS5 column with the ascii tokenizer', () => {
  it('never contains spaces or ASCII punctuation other than a dot inside a number', () => {
    const text = 'C++ و C# و Node.js؛ 3.5% (a-b) "x" [y] {z} <w> a_b ~q `r` \'s\' @t $u ^v |w \\x ٣٫٥'
    // The ASCII a term must never hold includes its control characters.
    // eslint-disable-next-line no-control-regex
    const safeTerm = /^(?:[^\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007f]+|\d+(?:\.\d+)*)$/
    for (const { term } of analyze(text)) expect(term).toMatch(safeTerm)
  })
})
