import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'
import {
  batchCsv,
  batchSearch,
  compareSavedSearches,
  deleteSavedSearch,
  listSavedSearches,
  openSavedSearch,
  refreshSavedSearchCounts,
  reindexLibrary,
  renameSavedSearch,
  saveSearch,
  searchStories,
  searchTrend,
  storyHighlights,
  suggest
} from '../search'

type SearchMethods =
  | 'searchStories'
  | 'storyHighlights'
  | 'suggest'
  | 'listSavedSearches'
  | 'saveSearch'
  | 'renameSavedSearch'
  | 'deleteSavedSearch'
  | 'openSavedSearch'
  | 'batchSearch'
  | 'batchSearchCsv'
  | 'reindex'
  | 'searchTrend'
  | 'compareSavedSearches'

export function searchHandlers(core: MarsadCore): Pick<ApiHandlers, SearchMethods> {
  /** Tells the interface the saved searches' new counts after anything that changes them. */
  const announceCounts = async () => core.emit('savedSearchesChanged', { counts: await refreshSavedSearchCounts(core.library) })
  core.onEvent((event) => {
    // After an import (and when another library opens), saved searches have new counts to show.
    if (event === 'libraryChanged') announceCounts().catch(() => undefined) // computed again on the next list
  })
  const announcing = async <T>(result: Promise<T> | T): Promise<T> => {
    const value = await result
    await announceCounts()
    return value
  }

  return {
    searchStories: (request) => searchStories(core.library, request),
    storyHighlights: ({ id, query }) => storyHighlights(core.library, id, query),
    suggest: ({ prefix, limit }) => suggest(core.library, prefix, limit),
    listSavedSearches: () => listSavedSearches(core.library),
    saveSearch: ({ name, query }) => announcing(saveSearch(core.library, name, query)),
    renameSavedSearch: ({ id, name }) => announcing(renameSavedSearch(core.library, id, name)),
    deleteSavedSearch: ({ id }) => announcing(deleteSavedSearch(core.library, id)),
    openSavedSearch: ({ id }) => announcing(openSavedSearch(core.library, id)),
    batchSearch: async ({ queries, limit, facets }) => ({ results: await batchSearch(core.library, queries, limit, facets) }),
    batchSearchCsv: async ({ queries, limit }) => ({ csv: batchCsv(await batchSearch(core.library, queries, limit, false)) }),
    reindex: () => ({
      stories: reindexLibrary(core.library, (done, total) => core.emit('reindexProgress', { done, total }))
    }),
    searchTrend: (request) => searchTrend(core.library, request),
    compareSavedSearches: ({ ids, by }) => compareSavedSearches(core.library, ids, by)
  }
}
