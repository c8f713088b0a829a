import type { SearchState } from './searchState'

/**
 * Rebuilds the whole search index from the stories' text (`marsad reindex`), then the vocabulary from the new
 * index; returns the number of stories.
 */
export function reindexLibrary(state: SearchState, onProgress?: (done: number, total: number) => void): number {
  const stories = state.library.stories.reindexAll(onProgress)
  state.repository.rebuildVocabulary()
  state.forgetVocabulary()
  return stories
}
