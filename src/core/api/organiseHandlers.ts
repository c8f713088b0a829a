import type { ApiHandlers } from '../../shared/api'
import { MarsadError } from '../../shared/errors'
import type { MarsadCore } from '../core'
import type { organiseContract } from '../../shared/contract/organise'

type OrganiseMethod = keyof typeof organiseContract

/** Placeholder until the organise services land: every method answers "not implemented". */
export function organiseHandlers(_core: MarsadCore): Pick<ApiHandlers, OrganiseMethod> {
  const notYet = (): never => {
    throw new MarsadError('internal', 'Tags, links and notes are not implemented yet.')
  }
  return {
    listTags: notYet, findTags: notYet, createTag: notYet, renameTag: notYet, recolourTag: notYet, mergeTags: notYet,
    deleteTag: notYet, tagStories: notYet, untagStories: notYet, storyTags: notYet, suggestedTags: notYet,
    linkStories: notYet, unlinkStories: notYet, updateLinkNote: notYet, storyLinks: notYet, storyNeighbourhood: notYet,
    addNote: notYet, updateNote: notYet, deleteNote: notYet, storyNotes: notYet, undo: notYet
  }
}
