import { describe, expect, it } from 'vitest'
import { categoryForMeta } from './categoryCode'

describe('a category in a metadata line', () => {
  it('leaves a site’s code out of the Arabic line and writes it as words in English', () => {
    for (const code of ['internationalNews', 'world_news', 'local-politics', 'GulfNews2']) {
      expect(categoryForMeta(code, 'ar'), code).toBeNull()
    }
    expect(categoryForMeta('internationalNews', 'en')).toBe('international news')
    expect(categoryForMeta('world_news', 'en')).toBe('world news')
  })

  it('keeps a category that is a name', () => {
    for (const name of ['أخبار دولية', 'Sport', 'World news', 'politics', 'الرياضة/كرة القدم']) {
      expect(categoryForMeta(name, 'ar'), name).toBe(name)
      expect(categoryForMeta(name, 'en'), name).toBe(name)
    }
  })
})
