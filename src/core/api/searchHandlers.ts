import type { ApiHandlers } from '../../shared/api'
import type { searchContract } from '../../shared/contract/search'
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
import type { HandlerContext } from './context'

export function searchHandlers({
  session,
  emit,
  onEvent
}: Pick<HandlerContext, 'session' | 'emit' | 'onEvent'>): Pick<ApiHandlers, keyof typeof searchContract> {
  const search = () => session().search
  /** Tells the interface the saved searches' new counts after anything that changes them. */
  const announceCounts = async () => emit('savedSearchesChanged', { counts: await refreshSavedSearchCounts(search()) })
  onEvent((event) => {
    // After an import (and when another library opens), saved searches have new counts to show.
    if (event === 'libraryChanged') announceCounts().catch(() => undefined) // computed again on the next list
  })
  const announcing = async <T>(result: Promise<T> | T): Promise<T> => {
    const value = await result
    await announceCounts()
    return value
  }
  return {
    searchStories: (request) => searchStories(search(), request),
    storyHighlights: ({ id, query }) => storyHighlights(search(), id, query),
    suggest: ({ prefix, limit }) => suggest(search(), prefix, limit),
    listSavedSearches: () => listSavedSearches(search()),
    saveSearch: ({ name, query }) => announcing(saveSearch(search(), name, query)),
    renameSavedSearch: ({ id, name }) => announcing(renameSavedSearch(search(), id, name)),
    deleteSavedSearch: ({ id }) => announcing(deleteSavedSearch(search(), id)),
    openSavedSearch: ({ id }) => announcing(openSavedSearch(search(), id)),
    batchSearch: async ({ queries, limit, facets }) => ({ results: await batchSearch(search(), queries, limit, facets) }),
    batchSearchCsv: async ({ queries, limit }) => ({ csv: batchCsv(await batchSearch(search(), queries, limit, false)) }),
    reindex: () => ({ stories: reindexLibrary(search(), (done, total) => emit('reindexProgress', { done, total })) }),
    searchTrend: (request) => searchTrend(search(), request),
    compareSavedSearches: ({ ids, by }) => compareSavedSearches(search(), ids, by)
  }
}
