import type { ApiHandlers } from '../../shared/api'
import { MarsadError } from '../../shared/errors'
import type { MarsadCore } from '../core'

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

const notYet = (): never => {
  throw new MarsadError('internal', 'Search is not implemented yet.')
}

export function searchHandlers(_core: MarsadCore): Pick<ApiHandlers, SearchMethods> {
  return {
    searchStories: notYet,
    storyHighlights: notYet,
    suggest: notYet,
    listSavedSearches: notYet,
    saveSearch: notYet,
    renameSavedSearch: notYet,
    deleteSavedSearch: notYet,
    openSavedSearch: notYet,
    batchSearch: notYet,
    batchSearchCsv: notYet,
    reindex: notYet
  }
}
