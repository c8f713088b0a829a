import { describe, expect, it } from 'vitest'
import { linkSearchQuery } from './linkSearchQuery'

describe('linkSearchQuery', () => {
  it('completes the last word being typed', () => {
    expect(linkSearchQuery('  زلزال تركي ')).toBe('زلزال تركي*')
    expect(linkSearchQuery('Kursk')).toBe('Kursk*')
  })

  it('leaves single letters, numbers, operators and the query language alone', () => {
    expect(linkSearchQuery('زلزال ت')).toBe('زلزال ت')
    expect(linkSearchQuery('2024')).toBe('2024')
    expect(linkSearchQuery('كوريا OR')).toBe('كوريا OR')
    expect(linkSearchQuery('"كوريا الشمالية"')).toBe('"كوريا الشمالية"')
    expect(linkSearchQuery('source:الجزيرة')).toBe('source:الجزيرة')
    expect(linkSearchQuery('   ')).toBe('')
  })
})
