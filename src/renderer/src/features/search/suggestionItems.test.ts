import { describe, expect, it } from 'vitest'
import type { SearchSuggestions } from '../../../../shared/contract/search'
import { suggestionItems, suggestionPrefix } from './suggestionItems'

const fromLibrary: SearchSuggestions = {
  savedSearches: [{ id: 1, name: 'متابعة كوريا', query: 'كوريا' }],
  tags: ['كوريا', 'كوريا/الشمالية'],
  sources: ['وكالة كوريا'],
  terms: ['كوريا', 'الكورية']
}

describe('search box suggestions', () => {
  it('complete the word being typed, without a filter prefix, a minus or an equals sign', () => {
    expect(suggestionPrefix('صواريخ كور')).toBe('كور')
    expect(suggestionPrefix('صواريخ tag:"كور')).toBe('كور')
    expect(suggestionPrefix('-كور')).toBe('كور')
    expect(suggestionPrefix('صواريخ ')).toBe('')
  })

  it('with an empty box: recent searches, then saved searches', () => {
    expect(suggestionItems('', fromLibrary, ['النفط', 'كوريا'])).toEqual([
      { kind: 'recent', query: 'النفط' },
      { kind: 'recent', query: 'كوريا' },
      { kind: 'saved', id: 1, name: 'متابعة كوريا', query: 'كوريا' }
    ])
  })

  it('while typing: recent searches holding the text, then saved searches, tags, sources and other words', () => {
    const kinds = suggestionItems('كور', fromLibrary, ['كوريا الشمالية', 'النفط']).map((item) => item.kind)
    expect(kinds).toEqual(['recent', 'saved', 'tag', 'tag', 'source', 'word', 'word'])
    expect(suggestionItems('كوريا', fromLibrary, []).filter((item) => item.kind === 'word')).toEqual([{ kind: 'word', term: 'الكورية' }])
  })

  it('a filter being typed suggests only its own kind; after a space, only recent searches', () => {
    expect(suggestionItems('صواريخ tag:كور', fromLibrary, []).map((item) => item.kind)).toEqual(['tag', 'tag'])
    expect(suggestionItems('source:كور', fromLibrary, [])).toEqual([{ kind: 'source', name: 'وكالة كوريا' }])
    expect(suggestionItems('كوريا ', fromLibrary, ['كوريا الشمالية'])).toEqual([{ kind: 'recent', query: 'كوريا الشمالية' }])
  })

  it('before the library answers, recent searches alone', () => {
    expect(suggestionItems('نف', null, ['النفط', 'كوريا'])).toEqual([{ kind: 'recent', query: 'النفط' }])
  })
})
