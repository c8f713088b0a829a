import { describe, expect, it } from 'vitest'
import { periodFirstDay, periodLastDay, periodSeconds, periodsWithin } from './trendPeriods'

describe('trend periods', () => {
  it('knows the first and last day of a day, a week and a month', () => {
    expect(periodFirstDay('2024-02')).toBe('2024-02-01')
    expect(periodLastDay('2024-02', 'month')).toBe('2024-02-29')
    expect(periodLastDay('2024-12', 'month')).toBe('2024-12-31')
    expect(periodLastDay('2024-02-26', 'week')).toBe('2024-03-03')
    expect(periodLastDay('2024-02-26', 'day')).toBe('2024-02-26')
  })

  it('finds the periods a dragged stretch of the axis touches', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04']
    // From the middle of February to the first days of March.
    expect(periodsWithin(months, 'month', periodSeconds('2024-02-15'), periodSeconds('2024-03-02'))).toEqual(['2024-02', '2024-03'])
    expect(periodsWithin(months, 'month', periodSeconds('2025-01-01'), periodSeconds('2025-02-01'))).toEqual([])
  })
})
