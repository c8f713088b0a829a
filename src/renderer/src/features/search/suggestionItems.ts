import type { SearchSuggestions } from '../../../../shared/contract/search'
import { currentWord } from './queryText'

/** One line of the search box's suggestions, and what choosing it does (SearchBox applies it). */
export type SuggestionItem =
  | { kind: 'recent'; query: string }
  | { kind: 'saved'; id: number; name: string; query: string }
  | { kind: 'tag'; name: string }
  | { kind: 'source'; name: string }
  | { kind: 'word'; term: string }

/** Lines per kind of suggestion. */
export const PER_KIND = 5

/** A filter the analyst has started typing (`tag:روس`): only that kind is suggested, for the rest of the word. */
const FIELD_PREFIX = /^-?(tag|source):"?/

/** What to ask the core to complete: the word being typed, without a filter prefix, a `-` or an `=`. */
export function suggestionPrefix(text: string): string {
  return currentWord(text).replace(FIELD_PREFIX, '').replace(/^[-=]/, '')
}

/**
 * The suggestions in the order shown: with an empty box, recent and saved searches; while a word is being typed,
 * recent searches that contain the text, then saved searches, tags, sources and words of the library that start
 * like that word (after a space, only recent searches).
 */
export function suggestionItems(text: string, suggestions: SearchSuggestions | null, recent: readonly string[]): SuggestionItem[] {
  const typed = text.trim()
  const lower = typed.toLowerCase()
  const recentItems: SuggestionItem[] = recent
    .filter((query) => query !== typed && query.toLowerCase().includes(lower))
    .slice(0, PER_KIND)
    .map((query) => ({ kind: 'recent', query }))
  if (!suggestions) return recentItems
  const saved: SuggestionItem[] = suggestions.savedSearches.slice(0, PER_KIND).map((search) => ({ kind: 'saved', ...search }))
  if (typed === '') return [...recentItems, ...saved]
  const word = suggestionPrefix(text)
  if (word === '') return recentItems
  const field = FIELD_PREFIX.exec(currentWord(text))?.[1]
  const tags: SuggestionItem[] = suggestions.tags.slice(0, PER_KIND).map((name) => ({ kind: 'tag', name }))
  const sources: SuggestionItem[] = suggestions.sources.slice(0, PER_KIND).map((name) => ({ kind: 'source', name }))
  if (field === 'tag') return tags
  if (field === 'source') return sources
  const words: SuggestionItem[] = suggestions.terms
    .filter((term) => term !== word)
    .slice(0, PER_KIND)
    .map((term) => ({ kind: 'word', term }))
  return [...recentItems, ...saved, ...tags, ...sources, ...words]
}
