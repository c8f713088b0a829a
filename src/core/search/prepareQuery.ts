import { cliticVariants, matchesNothing } from './cliticForms'
import { compileQuery, type CompiledQuery } from './compileQuery'
import { parseQuery } from './parseQuery'
import type { QueryNode } from './queryTree'
import type { SearchState } from './searchState'

/** Fuzzy words expand to at most this many terms of the library. */
const MAX_FUZZY_CANDIDATES = 20

/** Words that match stems need the vocabulary (their clitic variants); phrases, exact words and filters do not. */
function needsVocabulary(node: QueryNode | null): boolean {
  if (node === null) return false
  switch (node.kind) {
    case 'word':
      return node.mode === 'fuzzy' || node.mode === 'stem'
    case 'near':
      return true
    case 'field':
    case 'not':
      return needsVocabulary(node.item)
    case 'all':
    case 'any':
      return node.items.some(needsVocabulary)
    default:
      return false
  }
}

/**
 * Parses and compiles a query, loading the vocabulary first when its words need it: fuzzy words look for their
 * neighbours there, plain words for their forms with and without clitics.
 */
export async function prepareQuery(state: SearchState, query: string): Promise<CompiledQuery> {
  const tree = parseQuery(query)
  const vocabulary = needsVocabulary(tree) ? await state.vocabulary() : null
  const words = (prefix: string) => vocabulary?.entriesStartingWith(prefix) ?? []
  return compileQuery(tree, {
    fuzzyTerms: (term, maxEdits) => vocabulary?.nearest(term, maxEdits, MAX_FUZZY_CANDIDATES) ?? [],
    cliticVariants: (term, stem) => (vocabulary === null ? { terms: [term], stems: [stem] } : cliticVariants(words, term, stem)),
    matchesNothing: (term, stems) => vocabulary !== null && matchesNothing(words, term, stems)
  })
}
