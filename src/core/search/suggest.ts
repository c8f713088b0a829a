import type { SearchSuggestions } from '../../shared/contract/search'
import { normalizeText } from '../text'
import { tagMatchKey } from './compileQuery'
import type { SearchState } from './searchState'
import { writtenForm } from './spelling'

/** Whether some word of `text` (or its `/` path segment) starts with `key`; both normalised. */
const anyWordStartsWith = (text: string, key: string): boolean =>
  text.startsWith(key) || text.split(/[ /]/).some((word) => word.startsWith(key))

/**
 * What the search box offers while the analyst types `prefix`: saved searches, tags and sources whose names
 * have a word starting like it, and words of the library that complete its last word. Matching is Arabic-aware
 * (كوريا finds کوریا). Words come once the vocabulary is loaded (it starts loading on the first call).
 */
export async function suggest(state: SearchState, prefix: string, limit: number): Promise<SearchSuggestions> {
  const key = normalizeText(prefix)
  const savedSearches = state.savedSearches
    .list()
    .filter((saved) => key === '' || anyWordStartsWith(normalizeText(saved.name), key) || normalizeText(saved.query).includes(key))
    .slice(0, limit)
    .map(({ id, name, query }) => ({ id, name, query }))
  const tagKey = tagMatchKey(prefix)
  const tags = state.repository
    .tagCounts()
    .filter((tag) => tagKey === '' || anyWordStartsWith(tag.matchKey, tagKey))
    .slice(0, limit)
    .map((tag) => tag.value)
  const sources = state
    .sources()
    .filter((source) => key === '' || anyWordStartsWith(normalizeText(source.value), key))
    .slice(0, limit)
    .map((source) => source.value)
  const lastWord = key.split(' ').pop() ?? ''
  const vocabulary = lastWord === '' ? null : await state.vocabularyIfReady()
  const terms = vocabulary ? vocabulary.startingWith(lastWord, limit).map((term) => writtenForm(state, term)) : []
  return { savedSearches, tags, sources, terms }
}
