import type { Library } from '../library'
import { searchState } from './searchState'

/**
 * Rebuilds the whole search index from the stories' text (`marsad reindex`), then the vocabulary from the new
 * index; returns the number of stories.
 */
export function reindexLibrary(library: Library, onProgress?: (done: number, total: number) => void): number {
  const stories = library.stories.reindexAll(onProgress)
  const state = searchState(library)
  state.repository.rebuildVocabulary()
  state.forgetVocabulary()
  return stories
}
