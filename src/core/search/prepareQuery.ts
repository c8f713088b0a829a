import { compileQuery, type CompiledQuery } from './compileQuery'
import { parseQuery } from './parseQuery'
import type { QueryNode } from './queryTree'
import type { SearchState } from './searchState'

/** Fuzzy words expand to at most this many terms of the library. */
const MAX_FUZZY_CANDIDATES = 20

function containsFuzzy(node: QueryNode | null): boolean {
  if (node === null) return false
  switch (node.kind) {
    case 'word':
      return node.mode === 'fuzzy'
    case 'field':
    case 'not':
      return containsFuzzy(node.item)
    case 'all':
    case 'any':
      return node.items.some(containsFuzzy)
    default:
      return false
  }
}

/** Parses and compiles a query, loading the vocabulary first when the query has fuzzy words. */
export async function prepareQuery(state: SearchState, query: string): Promise<CompiledQuery> {
  const tree = parseQuery(query)
  const vocabulary = containsFuzzy(tree) ? await state.vocabulary() : null
  return compileQuery(tree, {
    fuzzyTerms: (term, maxEdits) => vocabulary?.nearest(term, maxEdits, MAX_FUZZY_CANDIDATES) ?? []
  })
}
