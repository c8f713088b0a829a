import type { SavedSearch, SavedSearchCount } from '../../shared/contract/search'
import { MarsadError } from '../../shared/errors'
import type { SavedSearchRow } from '../library'
import { prepareQuery } from './prepareQuery'
import type { SearchState } from './searchState'

/*
 * Saved searches are the analyst's standing questions. Each remembers the newest story the analyst had seen when
 * last opening it; its new count is how many stories that arrived since then match it (local alerts).
 */

async function withNewCount(state: SearchState, row: SavedSearchRow): Promise<SavedSearch> {
  const { seenThroughStoryId, ...fields } = row
  let newCount = 0
  try {
    newCount = state.repository.countAfter(await prepareQuery(state, row.query), seenThroughStoryId)
  } catch (error) {
    // A query saved by an older Marsad that this one reads differently counts nothing rather than failing the list.
    if (!(error instanceof MarsadError && error.code === 'invalid-query')) throw error
  }
  return { ...fields, newCount }
}

function savedSearchOrFail(state: SearchState, id: number): SavedSearchRow {
  const row = state.savedSearches.get(id)
  if (!row) throw new MarsadError('not-found', `There is no saved search ${id}.`, { id })
  return row
}

export async function listSavedSearches(state: SearchState): Promise<SavedSearch[]> {
  return Promise.all(state.savedSearches.list().map((row) => withNewCount(state, row)))
}

/** Saves a query (it must be one the search understands); stories already in the library do not count as new. */
export async function saveSearch(state: SearchState, name: string, query: string): Promise<SavedSearch> {
  await prepareQuery(state, query)
  const row = state.savedSearches.add(name, query, state.repository.lastStoryId(), new Date().toISOString())
  return withNewCount(state, row)
}

export async function renameSavedSearch(state: SearchState, id: number, name: string): Promise<SavedSearch> {
  savedSearchOrFail(state, id)
  return withNewCount(state, state.savedSearches.rename(id, name)!)
}

export function deleteSavedSearch(state: SearchState, id: number): { deleted: boolean } {
  return { deleted: state.savedSearches.delete(id) }
}

/** Opening a saved search marks every story it matches as seen: its new count becomes 0. */
export async function openSavedSearch(state: SearchState, id: number): Promise<SavedSearch> {
  savedSearchOrFail(state, id)
  const row = state.savedSearches.markOpened(id, state.repository.lastStoryId(), new Date().toISOString())!
  return withNewCount(state, row)
}

/**
 * The new count of every saved search. The app calls it after every import (and pushes the result to the
 * interface as `savedSearchesChanged`).
 */
export async function refreshSavedSearchCounts(state: SearchState): Promise<SavedSearchCount[]> {
  return (await listSavedSearches(state)).map(({ id, newCount }) => ({ id, newCount }))
}
