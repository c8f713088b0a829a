import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchFacets, SearchHit } from '../../../../shared/contract/search'
import { MarsadError } from '../../../../shared/errors'
import { api, onApiEvent } from '../../lib/api'

/** Results fetched per request as the list scrolls (the core allows up to 1,000). */
export const PAGE_SIZE = 100

export type SearchSort = 'relevance' | 'date'

export interface SearchSummary {
  status: 'loading' | 'ready' | 'failed'
  /** Exact number of matching stories. */
  total: number
  /** When copies are grouped: the rows of the result (clusters with a matching copy, plus stories alone). */
  groups: number | null
  /**
   * Rows of the result list: the total, until a page comes back short and shows where the list really ends (the
   * library changed between pages, or the core shows several stories as one row).
   */
  rows: number
  facets: SearchFacets | null
  didYouMean: string | null
  /** Words of the query that no story holds in any form. */
  unmatchedWords: string[]
  error: MarsadError | null
}

export interface SearchPages {
  summary: SearchSummary
  /** The hit at a position of the result list, or undefined while its page is loading. */
  hitAt(index: number): SearchHit | undefined
  /** The hits fetched so far (the rows the analyst has seen), in list order. */
  loadedHits(): SearchHit[]
  /** Fetches the pages that cover positions [first, last] (the rows on screen) if they are missing or stale. */
  ensureRange(first: number, last: number): void
}

const loading: SearchSummary = {
  status: 'loading',
  total: 0,
  groups: null,
  rows: 0,
  facets: null,
  didYouMean: null,
  unmatchedWords: [],
  error: null
}

interface Page {
  generation: number
  hits: SearchHit[]
}

const asMarsadError = (error: unknown): MarsadError =>
  error instanceof MarsadError ? error : new MarsadError('internal', error instanceof Error ? error.message : String(error))

/**
 * One search's results, fetched a page at a time for the rows on screen, so that a result of 100,000 stories
 * costs a few requests. The first page brings the total, the facets and "did you mean". When the library changes
 * (an import, tags, notes), the pages on screen are fetched again; until they arrive the old ones stay shown.
 */
export function useSearchPages(query: string, sort: SearchSort, collapse: boolean): SearchPages {
  const [summary, setSummary] = useState<SearchSummary>(loading)
  const [, setPagesArrived] = useState(0)
  const pages = useRef(new Map<number, Page>())
  const requested = useRef(new Set<string>())
  const generation = useRef(0)
  const [refreshes, setRefreshes] = useState(0)

  useEffect(() => {
    pages.current.clear()
    setSummary(loading)
  }, [query, sort, collapse])

  useEffect(() => {
    const refresh = () => setRefreshes((n) => n + 1)
    const unsubscribers = (['libraryChanged', 'storiesChanged', 'tagsChanged'] as const).map((event) => onApiEvent(event, refresh))
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
  }, [])

  const fetchPage = useCallback(
    (page: number, withFacets: boolean) => {
      const ownGeneration = generation.current
      const key = `${ownGeneration}:${page}`
      if (requested.current.has(key)) return
      requested.current.add(key)
      api.searchStories({ query, sort, collapse, offset: page * PAGE_SIZE, limit: PAGE_SIZE, facets: withFacets }).then(
        (response) => {
          if (ownGeneration !== generation.current) return
          pages.current.set(page, { generation: ownGeneration, hits: response.results })
          setPagesArrived((n) => n + 1)
          const end = response.results.length < PAGE_SIZE ? page * PAGE_SIZE + response.results.length : null
          if (withFacets) {
            const { total, groups, facets, didYouMean, unmatchedWords } = response
            const rows = groups ?? total
            setSummary({
              status: 'ready',
              total,
              groups,
              rows: Math.min(rows, end ?? rows),
              facets,
              didYouMean,
              unmatchedWords,
              error: null
            })
          } else if (end !== null) {
            setSummary((previous) => ({ ...previous, rows: Math.min(previous.rows, end) }))
          }
        },
        (error: unknown) => {
          if (ownGeneration !== generation.current) return
          requested.current.delete(key)
          if (withFacets) setSummary({ ...loading, status: 'failed', error: asMarsadError(error) })
        }
      )
    },
    [query, sort, collapse]
  )

  useEffect(() => {
    generation.current++
    requested.current.clear()
    fetchPage(0, true)
  }, [fetchPage, refreshes])

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (page === 0 || pages.current.get(page)?.generation === generation.current) continue
        fetchPage(page, false)
      }
    },
    [fetchPage]
  )

  const hitAt = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.hits[index % PAGE_SIZE], [])

  const loadedHits = useCallback(() => [...pages.current.entries()].sort(([a], [b]) => a - b).flatMap(([, page]) => page.hits), [])

  return { summary, hitAt, loadedHits, ensureRange }
}
