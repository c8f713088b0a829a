import { api } from '../../lib/api'
import { useStoryData } from './useStoryData'

/**
 * What the analyst has attached to a story (tags, links, notes) and what the dump suggests (keywords not yet
 * tags), each kept fresh as it changes: here, in the list's bulk actions, or by undo.
 */
export function useStoryOrganisation(storyId: number) {
  return {
    tags: useStoryData(() => api.storyTags({ id: storyId }), storyId, 'tags', ['tagsChanged']),
    suggestions: useStoryData(() => api.suggestedTags({ storyId }), storyId, 'tags', ['tagsChanged']),
    links: useStoryData(() => api.storyLinks({ id: storyId }), storyId, 'links'),
    notes: useStoryData(() => api.storyNotes({ storyId }), storyId, 'notes')
  }
}
