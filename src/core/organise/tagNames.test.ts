import { describe, expect, it } from 'vitest'
import { matchKeyOfTypedText, parseTagName } from './index'

describe('tag names', () => {
  it('normalises each segment of a path the way search does', () => {
    expect(parseTagName('کوریا/الشمالیة')).toMatchObject({ name: 'کوریا/الشمالیة', matchKey: 'كوريا/الشماليه' })
    expect(parseTagName('COVID-19')).toMatchObject({ name: 'COVID-19', matchKey: 'covid 19' })
  })

  it('collapses spaces and slashes, keeping the segments as written', () => {
    expect(parseTagName('\tروسيا  /// كورسك\n').segments).toEqual([
      { name: 'روسيا', key: 'روسيا' },
      { name: 'كورسك', key: 'كورسك' }
    ])
  })

  it('refuses empty names and empty or letterless segments', () => {
    expect(() => parseTagName('')).toThrow('A tag name cannot be empty.')
    expect(() => parseTagName('روسيا/')).toThrow('The tag name «روسيا/» has an empty part; remove the slash at its start or end.')
    expect(() => parseTagName('!!/روسيا')).toThrow('Each part of a tag name needs a letter or a digit, and «!!» has none.')
  })

  it('reads half-typed picker text without refusing it', () => {
    expect(matchKeyOfTypedText('کوریا/')).toBe('كوريا/')
    expect(matchKeyOfTypedText('/كو')).toBe('كو')
    expect(matchKeyOfTypedText('  ')).toBe('')
  })
})
