import type { ApiHandlers } from '../../shared/api'
import type { organiseContract } from '../../shared/contract/organise'
import type { HandlerContext } from './context'

/** Tags, links, notes and undo over the open library; every edit is announced by its service. */
export function organiseHandlers({ session }: Pick<HandlerContext, 'session'>): Pick<ApiHandlers, keyof typeof organiseContract> {
  return {
    listTags: () => session().tags.list(),
    findTags: ({ text, limit }) => session().tags.find(text, limit),
    tagNamed: ({ name }) => session().tags.named(name),
    createTag: ({ name, color }) => session().tags.create(name, color),
    renameTag: ({ id, name }) => session().tags.rename(id, name),
    recolourTag: ({ id, color }) => session().tags.recolour(id, color),
    mergeTags: ({ fromId, intoId }) => session().tags.merge(fromId, intoId),
    deleteTag: ({ id }) => session().tags.delete(id),
    tagStories: ({ tags, ...selection }) => session().tags.tag(tags, selection),
    untagStories: ({ tags, ...selection }) => session().tags.untag(tags, selection),
    storyTags: ({ id }) => session().tags.ofStory(id),
    suggestedTags: ({ storyId }) => session().tags.suggestionsFor(storyId),
    linkStories: ({ from, to, kind, note }) => session().links.link(from, to, kind, note),
    unlinkStories: ({ linkId }) => session().links.unlink(linkId),
    updateLinkNote: ({ linkId, note }) => session().links.setNote(linkId, note),
    storyLinks: ({ id }) => session().links.ofStory(id),
    storyNeighbourhood: ({ id, depth }) => session().links.neighbourhood(id, depth),
    addNote: ({ storyId, body }) => session().notes.add(storyId, body),
    updateNote: ({ id, body }) => session().notes.update(id, body),
    deleteNote: ({ id }) => session().notes.delete(id),
    storyNotes: ({ storyId }) => session().notes.ofStory(storyId),
    undo: ({ id }) => session().undoEdit(id)
  }
}
