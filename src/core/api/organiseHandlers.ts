import type { ApiEvents, ApiHandlers } from '../../shared/api'
import type { organiseContract } from '../../shared/contract/organise'
import type { MarsadCore } from '../core'
import { LinkService, NoteService, TagService, type EmitOrganiseEvent, type OrganiseOptions } from '../organise'
import { matchingStoryIds } from '../search'
import { undoStackFor } from '../undo'

type OrganiseMethod = keyof typeof organiseContract

/** Tags, links, notes and undo over the core's current library; every edit is announced through `core.emit`. */
export function organiseHandlers(core: MarsadCore): Pick<ApiHandlers, OrganiseMethod> {
  // ApiEvents includes OrganiseEvents, but TypeScript cannot see that ApiEvents[E] is OrganiseEvents[E] for a generic E.
  const emit: EmitOrganiseEvent = (event, payload) => core.emit(event, payload as ApiEvents[typeof event])
  const options = (): OrganiseOptions => ({ emit, findStoryIds: (query) => matchingStoryIds(core.library, query) })
  // Built per call: the core may have switched libraries since the last one, and each library has its own undo.
  const tags = () => new TagService(core.library, options())
  const links = () => new LinkService(core.library, options())
  const notes = () => new NoteService(core.library, options())
  return {
    listTags: () => tags().list(),
    findTags: ({ text, limit }) => tags().find(text, limit),
    tagNamed: ({ name }) => tags().named(name),
    createTag: ({ name, color }) => tags().create(name, color),
    renameTag: ({ id, name }) => tags().rename(id, name),
    recolourTag: ({ id, color }) => tags().recolour(id, color),
    mergeTags: ({ fromId, intoId }) => tags().merge(fromId, intoId),
    deleteTag: ({ id }) => tags().delete(id),
    tagStories: ({ tags: names, ...selection }) => tags().tag(names, selection),
    untagStories: ({ tags: names, ...selection }) => tags().untag(names, selection),
    storyTags: ({ id }) => tags().ofStory(id),
    suggestedTags: ({ storyId }) => tags().suggestionsFor(storyId),
    linkStories: ({ from, to, kind, note }) => links().link(from, to, kind, note),
    unlinkStories: ({ linkId }) => links().unlink(linkId),
    updateLinkNote: ({ linkId, note }) => links().setNote(linkId, note),
    storyLinks: ({ id }) => links().ofStory(id),
    storyNeighbourhood: ({ id, depth }) => links().neighbourhood(id, depth),
    addNote: ({ storyId, body }) => notes().add(storyId, body),
    updateNote: ({ id, body }) => notes().update(id, body),
    deleteNote: ({ id }) => notes().delete(id),
    storyNotes: ({ storyId }) => notes().ofStory(storyId),
    undo: ({ id }) => {
      const label = undoStackFor(core.library).undo(id)
      core.emit('tagsChanged', {})
      core.emit('storiesChanged', { ids: null, aspects: ['tags', 'links', 'notes'] })
      return { label }
    }
  }
}
