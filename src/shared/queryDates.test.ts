import { describe, expect, it } from 'vitest'
import { foldArabicDigits, readQueryPeriod } from './queryDates'

describe('query dates', () => {
  it('folds Arabic-Indic and Persian digits, and nothing else', () => {
    expect(foldArabicDigits('٢٠٢٤-۰۳ كورسك 15')).toBe('2024-03 كورسك 15')
  })

  it('reads a year, a month or a day, with - or / and any digits', () => {
    expect(readQueryPeriod('2024')).toEqual({ year: 2024, month: null, day: null })
    expect(readQueryPeriod('٢٠٢٤/٣')).toEqual({ year: 2024, month: 3, day: null })
    expect(readQueryPeriod('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })

  it('says why a value is not a period', () => {
    expect(readQueryPeriod('March')).toEqual({ problem: 'not-a-date' })
    expect(readQueryPeriod('2024-13')).toEqual({ problem: 'no-such-month', month: 13 })
    expect(readQueryPeriod('2023-02-29')).toEqual({ problem: 'no-such-day' })
  })
})
