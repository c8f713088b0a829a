import { describe, expect, it } from 'vitest'
import { parseDateOnly, parseDumpDate } from './dates'

describe('parseDumpDate', () => {
  it.each([
    // English forms (docs/dumps.md)
    ['4th, February 2024 GMT', '2024-02-04'],
    ['February 4, 2024', '2024-02-04'],
    ['4 February 2024', '2024-02-04'],
    ['Mon, 09 Jul 2018 16:39:43 +0400', '2018-07-09'],
    ['2024-02-04', '2024-02-04'],
    ['2024-02-04T09:00:00Z', '2024-02-04'],
    ['04/02/2024', '2024-02-04'],
    ['2024/02/04', '2024-02-04'],
    ['1st of March 2023', '2023-03-01'],
    ['Sept 9, 2019', '2019-09-09'],
    // Egyptian / Gulf months, before or after the day, with a weekday
    ['أبريل 26, 2025', '2025-04-26'],
    ['26 ابريل 2025', '2025-04-26'],
    ['الجمعة 10 أغسطس 2018', '2018-08-10'],
    ['10 يونيه 2018', '2018-06-10'],
    ['3 يوليه 2018', '2018-07-03'],
    // Levantine / Iraqi months
    ['16 آذار 2018', '2018-03-16'],
    ['7 تشرين الأول 2018', '2018-10-07'],
    ['1 كانون الثاني 2019', '2019-01-01'],
    ['31 كانون الأول 2019', '2019-12-31'],
    ['12 آب 2018', '2018-08-12'],
    // Maghrebi months
    ['13 ماي 2018', '2018-05-13'],
    ['27 جويلية 2018', '2018-07-27'],
    ['12 أوت 2018', '2018-08-12'],
    ['2 جانفي 2020', '2020-01-02'],
    ['14 فيفري 2020', '2020-02-14'],
    // paired names and Arabic-Indic digits
    ['4 شباط/فبراير 2024', '2024-02-04'],
    ['9 أيلول/سبتمبر 2018', '2018-09-09'],
    ['8 آب/أغسطس 2018', '2018-08-08'],
    ['٢٣ مايو ٢٠١٨', '2018-05-23'],
    ['الخميس ١٤ آذار ٢٠٢٤', '2024-03-14'],
    ['۱۵ مارس ۲۰۲۴', '2024-03-15'],
    // French
    ['4 février 2024', '2024-02-04']
  ])('reads %s as %s', (text, day) => {
    expect(parseDumpDate(text)).toEqual({ date: day, text })
  })

  it('keeps the calendar day as written, whatever the time zone', () => {
    expect(parseDumpDate('2024-02-04T23:30:00-05:00')?.date).toBe('2024-02-04')
    expect(parseDumpDate('Sun, 04 Feb 2024 00:15:00 +0400')?.date).toBe('2024-02-04')
  })

  it('keeps a Hijri date as text only, and lets a Gregorian date beside it win', () => {
    expect(parseDumpDate('15 رجب 1445 هـ')).toEqual({ date: null, text: '15 رجب 1445 هـ' })
    expect(parseDumpDate('الأحد 15 رجب 1445 هـ الموافق 28 يناير 2024')?.date).toBe('2024-01-28')
  })

  it('never invents a day: month-only dates, impossible days and text without a date', () => {
    expect(parseDumpDate('فبراير 2024')).toEqual({ date: null, text: 'فبراير 2024' })
    expect(parseDumpDate('31/02/2024')).toBeNull()
    expect(parseDumpDate('منذ ساعتين')).toBeNull()
    expect(parseDumpDate('')).toBeNull()
  })

  it('trims the text as written but keeps its digits and spelling', () => {
    expect(parseDumpDate('  ٣ شباط/فبراير ٢٠٢٤ ')).toEqual({ date: '2024-02-03', text: '٣ شباط/فبراير ٢٠٢٤' })
  })
})

describe('parseDateOnly (date lines of page text)', () => {
  it('accepts a date with its weekday, time and zone', () => {
    expect(parseDateOnly('الثلاثاء 4 سبتمبر 2018 - 10:30 ص')?.date).toBe('2018-09-04')
    expect(parseDateOnly('Tue, 17 Jul 2018 00:41:37 GMT')?.date).toBe('2018-07-17')
  })

  it('refuses a sentence that mentions a date', () => {
    expect(parseDateOnly('قال الوزير في 4 فبراير 2024 إن الخطة جاهزة')).toBeNull()
    expect(parseDateOnly('مونديال 2018')).toBeNull()
  })
})
