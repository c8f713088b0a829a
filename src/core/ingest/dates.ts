/**
 * Dates as dumps write them. The stored date is the calendar day as written: no time-zone shift,
 * never a guess. Arabic month names of the three families (and paired ones), Arabic-Indic digits,
 * English, French and numeric forms; Hijri dates are recognised but kept as text only.
 */
import { foldArabicDigits } from '../../shared/queryDates'

export interface DumpDate {
  /** 'YYYY-MM-DD', or null when the text is a date that names no Gregorian day (Hijri, month only). */
  date: string | null
  /** The date as written, trimmed. */
  text: string
}

const MONTH_NAMES: ReadonlyArray<readonly [number, string]> = [
  // Egyptian / Gulf, with common spellings
  ...numbered(['يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر']),
  [6, 'يونيه'],
  [7, 'يوليه'],
  [2, 'فبرير'],
  // Levantine / Iraqi
  ...numbered([
    'كانون الثاني',
    'شباط',
    'اذار',
    'نيسان',
    'ايار',
    'حزيران',
    'تموز',
    'اب',
    'ايلول',
    'تشرين الاول',
    'تشرين الثاني',
    'كانون الاول'
  ]),
  // Maghrebi (Algeria, Tunisia) and Moroccan
  ...numbered(['جانفي', 'فيفري', 'مارس', 'افريل', 'ماي', 'جوان', 'جويلية', 'اوت', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر']),
  [7, 'يوليوز'],
  [8, 'غشت'],
  [9, 'شتنبر'],
  [11, 'نونبر'],
  [12, 'دجنبر'],
  // English, full and abbreviated
  ...numbered(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']),
  ...numbered(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']),
  [9, 'sept'],
  // French
  ...numbered(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'])
]

const HIJRI_MONTHS = [
  'محرم',
  'صفر',
  'ربيع الاول',
  'ربيع الثاني',
  'ربيع الاخر',
  'جمادي الاولي',
  'جمادي الاخرة',
  'جمادي الثانية',
  'جمادي الاول',
  'جمادي الاخر',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
  'ذي القعدة',
  'ذي الحجة'
]

const WEEKDAYS = [
  'الاثنين',
  'الثلاثاء',
  'الاربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'الاحد',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche'
]

function numbered(names: string[]): Array<[number, string]> {
  return names.map((name, index) => [index + 1, name])
}

const MONTH_BY_NAME = new Map(MONTH_NAMES.map(([month, name]) => [name, month]))

/** A whole word (Arabic or Latin) out of a list, longest first so 'مايو' wins over 'ماي'. */
function wordAlternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length)
  return `(?<!\\p{L})(?:${sorted.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`
}

const MONTH = wordAlternation(MONTH_BY_NAME.keys())
/** A month, optionally paired with its other name: 'شباط/فبراير', 'أغسطس/آب', 'فبراير (شباط)'. */
const MONTH_PAIR = `(${MONTH})(?:\\s*[/|\\\\-]\\s*${MONTH}|\\s*\\(\\s*${MONTH}\\s*\\))?`
const ORDINAL = '(?:st|nd|rd|th|er)?'

// '11 May 2017', '4th of February, 2024', and the hyphens of exports and logs: '11-May-2017'.
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\d\\p{L}])(\\d{1,2})${ORDINAL}(?:-|\\s*(?:of\\s+)?[,،]?\\s*)${MONTH_PAIR}(?:-|\\s*[,،]?\\s*(?:(?:سنة|عام)\\s+)?)(\\d{4})(?!\\d)`,
  'u'
)
const MONTH_DAY_YEAR = new RegExp(`${MONTH_PAIR}\\s*(\\d{1,2})(?!\\d)${ORDINAL}\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'u')
const YEAR_MONTH_DAY =
  /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:[t\s]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?/u
const DAY_MONTH_YEAR_NUMERIC = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/u
const MONTH_YEAR = new RegExp(`${MONTH_PAIR}\\s*[,،]?\\s*(\\d{4})(?!\\d)`, 'u')
const HIJRI = new RegExp(`(?<!\\d)\\d{1,2}\\s+${wordAlternation(HIJRI_MONTHS)}\\s+\\d{4}(?!\\d)(?:\\s*(?:هـ|ه)(?!\\p{L}))?`, 'u')

/** What may surround a date on a date-only line: weekday, time, zone, Hijri date, connectives, punctuation. */
const DATE_NOISE = new RegExp(
  [
    wordAlternation(WEEKDAYS),
    HIJRI.source,
    '\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?',
    '(?<!\\p{L})(?:am|pm|gmt|utc|z|ص|م|صباحا|مساء|مساءا|ظهرا|هـ|ميلادي|ميلادية|يوم|الساعة|الموافق|بتوقيت(?:\\s+[^\\s\\d]+){1,2})(?!\\p{L})',
    '[+-]\\d{2}:?\\d{2}',
    '[\\s,،\\-–—|/()\\[\\].:]+'
  ].join('|'),
  'gu'
)

/**
 * Folds text so that the patterns above see one spelling: Western digits, bare alef, dotless yeh as yeh,
 * no tatweel or harakat, lower case, no Latin accents.
 */
function foldForDates(text: string): string {
  let folded = ''
  for (const char of foldArabicDigits(text).normalize('NFD')) {
    const code = char.charCodeAt(0)
    if (char === 'ٱ') folded += 'ا'
    else if (char === 'ى' || char === 'ی') folded += 'ي'
    else if (char === 'ک') folded += 'ك'
    // NFD splits 'أ' 'إ' 'آ' into alef + a mark in U+0653..U+0655, which goes with the harakat here.
    else if (code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0300 && code <= 0x036f)) continue
    else folded += char
  }
  return folded.toLowerCase()
}

interface DateMatch {
  index: number
  length: number
  date: string | null
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function monthNumber(name: string): number {
  return MONTH_BY_NAME.get(name.replace(/\s+/g, ' ')) ?? 0
}

/**
 * Which number comes first in an all-numeric date (05/11/2017). Day first unless a file's dates say otherwise
 * (see numericDateOrder); a date impossible in that order (05/25/2017) is read in the other.
 */
export type NumericDateOrder = 'day-first' | 'month-first'

function numericDay(year: number, first: number, second: number, order: NumericDateOrder): string | null {
  const [day, month] = order === 'day-first' ? [first, second] : [second, first]
  return isoDay(year, month, day) ?? isoDay(year, day, month)
}

/** Every Gregorian day found in folded text, by pattern; the earliest wins. */
function findDay(folded: string, order: NumericDateOrder): DateMatch | null {
  const found: DateMatch[] = []
  const add = (match: RegExpExecArray | null, date: string | null): void => {
    if (match && date) found.push({ index: match.index, length: match[0].length, date })
  }
  let m = DAY_MONTH_YEAR.exec(folded)
  add(m, m && isoDay(Number(m[3]), monthNumber(m[2]!), Number(m[1])))
  m = MONTH_DAY_YEAR.exec(folded)
  add(m, m && isoDay(Number(m[3]), monthNumber(m[1]!), Number(m[2])))
  m = YEAR_MONTH_DAY.exec(folded)
  add(m, m && isoDay(Number(m[1]), Number(m[3]), Number(m[4])))
  m = DAY_MONTH_YEAR_NUMERIC.exec(folded)
  add(m, m && numericDay(Number(m[4]), Number(m[1]), Number(m[3]), order))
  if (found.length === 0) return null
  return found.reduce((best, next) => (next.index < best.index ? next : best))
}

/** A date that names no day: month and year only, or a Hijri date. */
function findPartialDate(folded: string): DateMatch | null {
  const m = MONTH_YEAR.exec(folded) ?? HIJRI.exec(folded)
  return m ? { index: m.index, length: m[0].length, date: null } : null
}

/**
 * The date in a piece of text (a date field, a date line). Returns null when there is no date at all;
 * `{ date: null }` when there is one that names no Gregorian day. A Gregorian day beside a Hijri one wins.
 * parseDumpDate('4th, February 2024 GMT') → { date: '2024-02-04', text: '4th, February 2024 GMT' }
 */
export function parseDumpDate(text: string, order: NumericDateOrder = 'day-first'): DumpDate | null {
  const trimmed = text.trim()
  if (!/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(trimmed)) return null
  const folded = foldForDates(trimmed)
  const match = findDay(folded, order) ?? findPartialDate(folded)
  return match ? { date: match.date, text: trimmed } : null
}

/**
 * The date when the text is a date and nothing else (weekday, time, zone, Hijri date allowed around it):
 * what tells a page's date line from a sentence that mentions a date.
 */
export function parseDateOnly(text: string): DumpDate | null {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > 90 || !/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(trimmed)) return null
  const folded = foldForDates(trimmed)
  const match = findDay(folded, 'day-first') ?? findPartialDate(folded)
  if (!match) return null
  const rest = folded.slice(0, match.index) + ' ' + folded.slice(match.index + match.length)
  if (rest.replace(DATE_NOISE, '').trim() !== '') return null
  return { date: match.date, text: trimmed }
}

/**
 * What an all-numeric date says of the order of its numbers: 25/05/2017 is day first, 05/25/2017 month first,
 * 05/11/2017 says nothing (null), nor does a date written otherwise.
 */
export function numericDateOrder(text: string): NumericDateOrder | null {
  const m = DAY_MONTH_YEAR_NUMERIC.exec(foldForDates(text))
  if (!m) return null
  const [first, second] = [Number(m[1]), Number(m[3])]
  if (first > 12 && second <= 12) return 'day-first'
  if (second > 12 && first <= 12) return 'month-first'
  return null
}

/** Whether a date is all-numeric with both first numbers 12 or less, so that it reads two ways. */
export function isAmbiguousNumericDate(text: string): boolean {
  const m = DAY_MONTH_YEAR_NUMERIC.exec(foldForDates(text))
  return m !== null && Number(m[1]) <= 12 && Number(m[3]) <= 12 && m[1] !== m[3]
}

/** A number that is a Unix time (seconds or milliseconds) as the day it names in UTC. */
export function dateFromEpoch(value: number): DumpDate | null {
  const millis = value > 1e11 ? value : value * 1000
  const when = new Date(millis)
  if (!Number.isFinite(value) || Number.isNaN(when.getTime())) return null
  const date = isoDay(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate())
  return date ? { date, text: String(value) } : null
}
