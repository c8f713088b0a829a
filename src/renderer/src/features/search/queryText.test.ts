import { describe, expect, it } from 'vitest'
import {
  currentWord,
  dateRangeOf,
  hasFilter,
  joinQuery,
  replaceCurrentWord,
  splitTrailingFilters,
  toggleFilter,
  withDateRange
} from './queryText'

describe('filter controls write the query language', () => {
  it('a facet adds its filter, quoted when the value has spaces, and a second click takes it away', () => {
    const filtered = toggleFilter('كوريا', 'source', 'Sky News عربية')
    expect(filtered).toBe('كوريا source:"Sky News عربية"')
    expect(hasFilter(filtered, 'source', 'Sky News عربية')).toBe(true)
    expect(toggleFilter(filtered, 'source', 'Sky News عربية')).toBe('كوريا')
  })

  it('a tag facet keeps the other filters; a month replaces the date filters already there', () => {
    const tagged = toggleFilter('كوريا source:الجزيرة', 'tag', 'روسيا/كورسك')
    expect(tagged).toBe('كوريا source:الجزيرة tag:روسيا/كورسك')
    expect(toggleFilter('كوريا date:2024-01..2024-03', 'date', '2024-02')).toBe('كوريا date:2024-02')
  })

  it('leaves what the analyst typed inside groups and exclusions alone', () => {
    const query = '(tag:a OR tag:b) -source:X "tag:c d"'
    expect(hasFilter(query, 'tag', 'a')).toBe(false)
    expect(toggleFilter(query, 'source', 'X')).toBe(`${query} source:X`)
  })

  it('the date range control writes one inclusive date: range, open at either end', () => {
    expect(withDateRange('كوريا after:2023 date:2024-02', { from: '2024-01-01', to: '2024-03-31' })).toBe(
      'كوريا date:2024-01-01..2024-03-31'
    )
    expect(withDateRange('كوريا', { from: '2024-01-01', to: null })).toBe('كوريا date:2024-01-01..')
    expect(withDateRange('كوريا', { from: null, to: '2024-03-31' })).toBe('كوريا date:..2024-03-31')
    expect(withDateRange('كوريا', { from: '2024-03-05', to: '2024-03-05' })).toBe('كوريا date:2024-03-05')
    expect(withDateRange('كوريا date:2024', { from: null, to: null })).toBe('كوريا')
  })

  it('reads the days a query keeps back into the control, whatever period it names', () => {
    expect(dateRangeOf('x date:2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(dateRangeOf('x date:2024-01..2024-03')).toEqual({ from: '2024-01-01', to: '2024-03-31' })
    expect(dateRangeOf('x date:..٢٠٢٣')).toEqual({ from: null, to: '2023-12-31' })
    expect(dateRangeOf('after:2024-03 before:2025')).toEqual({ from: '2024-04-01', to: '2024-12-31' })
    expect(dateRangeOf('x date:soon')).toEqual({ from: null, to: null })
  })
})

describe('the word being typed', () => {
  it('is what follows the last space, and a suggestion replaces only it', () => {
    expect(currentWord('كوريا الشم')).toBe('الشم')
    expect(currentWord('كوريا ')).toBe('')
    expect(replaceCurrentWord('كوريا الشم', 'الشمالية ')).toBe('كوريا الشمالية ')
    expect(replaceCurrentWord('كوريا روس', 'tag:روسيا')).toBe('كوريا tag:روسيا')
  })
})

describe('the search box shows the trailing filters apart from the text', () => {
  it('cuts the query where the filters that controls add start, and joins it back as searched', () => {
    const query = 'كوريا الشمالية source:"BBC Arabic" date:2024-02'
    const parts = splitTrailingFilters(query)
    expect(parts).toEqual({ text: 'كوريا الشمالية', filters: ['source:"BBC Arabic"', 'date:2024-02'] })
    expect(joinQuery(parts.text, parts.filters)).toBe(query)
    expect(splitTrailingFilters('tag:ملف')).toEqual({ text: '', filters: ['tag:ملف'] })
  })

  it('leaves a filter that is part of what was typed in the text', () => {
    expect(splitTrailingFilters('كوريا OR source:الجزيرة')).toEqual({ text: 'كوريا OR source:الجزيرة', filters: [] })
    expect(splitTrailingFilters('source:a كوريا')).toEqual({ text: 'source:a كوريا', filters: [] })
    expect(splitTrailingFilters('(كوريا tag:a)')).toEqual({ text: '(كوريا tag:a)', filters: [] })
    expect(splitTrailingFilters('كوريا -source:X')).toEqual({ text: 'كوريا -source:X', filters: [] })
  })
})
