import { compileQuery, type CompiledQuery } from './compileQuery'
import { withoutClitics } from './cliticForms'
import { parseQuery } from './parseQuery'
import type { QueryNode, WordMode } from './queryTree'
import type { SearchState } from './searchState'

/** Fuzzy words expand to at most this many terms of the library. */
const MAX_FUZZY_CANDIDATES = 20

/** Whether some word of the query (a NEAR group counts as its words) passes `test`. */
function someWord(node: QueryNode | null, test: (mode: WordMode | 'near') => boolean): boolean {
  if (node === null) return false
  switch (node.kind) {
    case 'word':
      return test(node.mode)
    case 'near':
      return test('near')
    case 'field':
    case 'not':
      return someWord(node.item, test)
    case 'all':
    case 'any':
      return node.items.some((item) => someWord(item, test))
    default:
      return false
  }
}

/** Words that match stems look for their clitic forms among the library's words; phrases, exact words and filters do not. */
const needsWords = (tree: QueryNode | null) => someWord(tree, (mode) => mode === 'stem' || mode === 'fuzzy' || mode === 'near')
/** Fuzzy words look for their neighbours in the vocabulary in memory. */
const needsFuzzy = (tree: QueryNode | null) => someWord(tree, (mode) => mode === 'fuzzy')

/**
 * Parses and compiles a query, with the library's words when its words need them: plain words look for their forms
 * with and without clitics (by prefix, in the library), fuzzy words for their neighbours (in the vocabulary in memory).
 */
export async function prepareQuery(state: SearchState, query: string): Promise<CompiledQuery> {
  const tree = parseQuery(query)
  const forms = needsWords(tree) ? await state.wordForms() : null
  const vocabulary = needsFuzzy(tree) ? await state.vocabulary() : null
  return compileQuery(tree, {
    fuzzyTerms: (term, maxEdits) => vocabulary?.nearest(term, maxEdits, MAX_FUZZY_CANDIDATES) ?? [],
    cliticVariants: (term, stem) => forms?.cliticVariants(term, stem) ?? withoutClitics(term, stem),
    matchesNothing: (term, stems) => forms?.matchesNothing(term, stems) ?? false
  })
}
