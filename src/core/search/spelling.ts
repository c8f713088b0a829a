import { analyze } from '../text'
import { defaultMaxEdits, exactTermMatch, type TypedWord } from './compileQuery'
import { prepareQuery } from './prepareQuery'
import type { SearchState } from './searchState'

/** Harakat, Quranic marks and tatweel: a suggestion is shown plain, whatever story it was found in. */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/gu

/**
 * "Did you mean": each typed word the library does not have is replaced by its nearest word in the library
 * (fewest edits, then most used), spelt as a story writes it. Offered only when the rewritten query finds stories.
 */
export async function spellingSuggestion(state: SearchState, query: string, words: readonly TypedWord[]): Promise<string | null> {
  if (words.length === 0) return null
  const vocabulary = await state.vocabulary()
  const replacements: { position: number; length: number; text: string }[] = []
  for (const word of words) {
    if (vocabulary.storiesWith(word.term) > 0) continue
    const [nearest] = vocabulary.nearest(word.term, defaultMaxEdits(word.term), 1)
    if (nearest) replacements.push({ position: word.position, length: word.text.length, text: writtenForm(state, nearest) })
  }
  if (replacements.length === 0) return null
  let suggestion = query
  for (const replacement of replacements.sort((a, b) => b.position - a.position)) {
    suggestion = suggestion.slice(0, replacement.position) + replacement.text + suggestion.slice(replacement.position + replacement.length)
  }
  return state.repository.count(await prepareQuery(state, suggestion)) > 0 ? suggestion : null
}

/** How a story of the library writes `term` (normalised terms fold letters a reader expects to see, like ة). */
export function writtenForm(state: SearchState, term: string): string {
  const story = state.repository.firstStoryMatching(exactTermMatch(term))
  if (story) {
    for (const text of [story.title ?? '', story.body]) {
      const token = analyze(text).find((candidate) => candidate.term === term)
      if (token) return token.text.replace(MARKS, '')
    }
  }
  return term
}
