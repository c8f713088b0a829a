/**
 * Search: the query language (README.md), ranked results with highlights on the original text, facets, "did
 * you mean", saved searches with new counts and alerts, batch search and its CSV, and re-indexing.
 */
export { searchStories, storyHighlights, matchingStoryIds, type SearchRequest } from './searchStories'
export {
  listSavedSearches,
  saveSearch,
  renameSavedSearch,
  deleteSavedSearch,
  openSavedSearch,
  refreshSavedSearchCounts
} from './savedSearches'
export { batchSearch, batchCsv } from './batch'
export { suggest } from './suggest'
export { reindexLibrary } from './reindex'
export { searchTrend, compareSavedSearches, type TrendRequest } from './trend'
export { setSavedSearchAlert, alertsOfImport } from './alerts'
export { AlertNotifications, noticeFor, ALERT_WINDOW_MS, type AlertNotice } from './alertNotifications'
export { SearchState } from './searchState'
export { updateStoredVocabulary } from './vocabulary'
