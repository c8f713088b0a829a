import { describe, expect, it } from 'vitest'
import { normalizeTerm, normalizeText } from './index'

const char = (codePoint: number): string => String.fromCharCode(codePoint)
const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, offset) => first + offset)
const hex = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

describe('normalizeTerm: marks that vanish', () => {
  const harakatAndArabicMarks = range(0x064b, 0x065f)
  const quranicMarks = [
    ...range(0x0610, 0x061a),
    ...range(0x06d6, 0x06ed).filter((codePoint) => ![0x06dd, 0x06de, 0x06e9].includes(codePoint))
  ]
  const invisibleFormatChars = [0x200d, 0x200e, 0x200f, 0x061c, ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), 0xfeff, 0x00ad]

  it.each([...harakatAndArabicMarks, 0x0670, ...quranicMarks, 0x0640].map((mark) => [hex(mark), mark]))(
    '%s inside كتب leaves كتب',
    (_name, mark) => {
      expect(normalizeTerm(`ك${char(mark)}ت${char(mark)}ب${char(mark)}`)).toBe('كتب')
    }
  )

  it.each(invisibleFormatChars.map((format) => [hex(format), format]))('%s inside a word is dropped', (_name, format) => {
    expect(normalizeTerm(`كو${char(format)}ريا`)).toBe('كوريا')
  })

  it.each([
    ['fully vocalised word', 'كُتُب', 'كتب'],
    ['shadda and tanween', 'مُحَمَّدٌ', 'محمد'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic spelling with small alef and madda', 'أُوْلَـٰٓئِكَ', 'اوليك'],
    ['tatweel stretching a word', 'كـــوريـــا', 'كوريا'],
    ['Latin combining accent (decomposed é)', 'Ele\u0301onore', 'eleonore']
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })
})

describe('normalizeTerm: letter variants', () => {
  it.each([
    ['أ hamza above', 'أحمد', 'احمد'],
    ['إ hamza below', 'إسلام', 'اسلام'],
    ['آ madda', 'آمن', 'امن'],
    ['ٱ wasla', 'ٱلكتاب', 'الكتاب'],
    ['ا + combining hamza U+0654', 'ا\u0654حمد', 'احمد'],
    ['ى alef maksura', 'مصطفى', 'مصطفي'],
    ['ة teh marbuta', 'مدرسة', 'مدرسه'],
    ['ؤ', 'مؤسسة', 'موسسه'],
    ['ئ', 'رئيس', 'رييس'],
    ['ء stays a letter', 'سماء', 'سماء'],
    ['final ء is not dropped, so سماء and سما differ', 'سما', 'سما'],
    ['ک Persian keheh', 'کوریا', 'كوريا'],
    ['ی Persian yeh', 'ایران', 'ايران'],
    ['ے Urdu yeh barree', 'هاے', 'هاي'],
    ['ۀ heh with yeh', 'كتابۀ', 'كتابه'],
    ['ہ heh goal', 'زادہ', 'زاده'],
    ['ە Kurdish ae', 'زادە', 'زاده'],
    ['ھ heh doachashmee', 'ھذا', 'هذا'],
    ['ه + combining hamza U+0654', 'كتابهٔ', 'كتابه'],
    ['ڪ swash kaf', 'ڪتاب', 'كتاب'],
    ['گ Persian gaf is its own letter', 'گاز', 'گاز']
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })

  it.each(range(0, 9).map((digit) => [digit]))('Arabic-Indic and Persian digit %i fold to ASCII', (digit) => {
    expect(normalizeTerm(char(0x0660 + digit))).toBe(String(digit))
    expect(normalizeTerm(char(0x06f0 + digit))).toBe(String(digit))
  })
})

describe('normalizeTerm: compatibility forms and ligatures', () => {
  it.each([
    ['presentation forms B (isolated/initial/medial/final)', 'ﺍﻟﺴﻼﻢ', 'السلام'],
    ['lam-alef ligature', 'ﻻ', 'لا'],
    ['lam-alef with hamza ligature', 'ﻷ', 'لا'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['presentation forms A', 'ﭘﺎﺭﺱ', 'پارس'],
    ['Latin fi ligature', 'ﬁle', 'file'],
    ['full-width Latin', 'ＡＢＣ１２', 'abc12']
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })
})

describe('normalizeTerm: Latin', () => {
  it.each([
    ['upper case', 'TRUMP', 'trump'],
    ['French accents', 'Élysée', 'elysee'],
    ['cedilla', 'FRANÇOIS', 'francois'],
    ['diaeresis', 'naïve', 'naive'],
    ['Turkish dotted capital I', 'İstanbul', 'istanbul'],
    ['sharp s', 'Straße', 'strasse'],
    ['ligatures that do not decompose', 'Ærø', 'aero'],
    ['Polish ł', 'Łódź', 'lodz'],
    ['Vietnamese stacked marks', 'Nguyễn', 'nguyen']
  ])('%s: %s → %s', (_name, input, expected) => {
    expect(normalizeTerm(input)).toBe(expected)
  })

  it('leaves other scripts in lower case without stripping their letters', () => {
    expect(normalizeTerm('МОСКВА')).toBe('москва')
    expect(normalizeTerm('Йемен')).toBe('йемен')
  })
})

describe('normalizeTerm: several tokens in one word', () => {
  it('concatenates their terms so that the result stays one term', () => {
    expect(normalizeTerm('COVID-19')).toBe('covid19')
    expect(normalizeTerm('')).toBe('')
  })
})

describe('normalizeText', () => {
  it('joins the terms of a sentence with single spaces', () => {
    expect(normalizeText('وصلَ وزيرُ الخارجيّة، #مايك_بومبيو، إلى كابول (٢٠١٨).')).toBe('وصل وزير الخارجيه مايك بومبيو الي كابول 2018')
  })

  it('splits words at ZWNJ, the Persian half-space', () => {
    expect(normalizeText('می\u200Cخورد')).toBe('مي خورد')
  })

  it('produces nothing for punctuation, marks or whitespace alone', () => {
    expect(normalizeText(' «» ،؛؟ ـــ \u064e\n')).toBe('')
  })
})
