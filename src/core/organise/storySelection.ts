import { MarsadError } from '../../shared/errors'
import type { Library } from '../library'
import { noSuchStory } from '../library'

/** Which stories a bulk edit applies to: these ids, or every story a search query finds. */
export interface StorySelection {
  storyIds?: number[] | undefined
  query?: string | undefined
}

/** Every story id a search query finds (the search layer's, wired in by the caller). */
export type FindStoryIds = (query: string) => Promise<number[]> | number[]

/**
 * The ids a selection names, each once, in the order given. Refuses ids of missing stories, naming them, so that
 * a script that mistyped one learns it rather than tagging fewer stories than it thinks.
 */
export async function selectStories(library: Library, selection: StorySelection, findStoryIds: FindStoryIds | null): Promise<number[]> {
  if (selection.query === undefined) return existingStoryIds(library, selection.storyIds ?? [])
  if (!findStoryIds) {
    throw new MarsadError('bad-request', 'Editing every story of a search is not available in this build yet; pass the story ids instead.')
  }
  return findStoryIds(selection.query)
}

/** The ids given, each once, in order; refuses ids that name no story. */
export function existingStoryIds(library: Library, storyIds: readonly number[]): number[] {
  const ids = [...new Set(storyIds)]
  const missing = library.tags.missingStories(ids)
  if (missing.length === 1) throw noSuchStory(missing[0])
  if (missing.length > 1) {
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? ', …' : '')
    throw new MarsadError('not-found', `There are no stories ${shown} in this library (${missing.length} ids).`, { count: missing.length })
  }
  return ids
}
