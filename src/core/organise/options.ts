import type { UndoStack } from '../undo'
import type { EmitOrganiseEvent } from './events'
import type { FindStoryIds } from './storySelection'

/** What the organise services may be given; each has a sensible default for scripts and tests. */
export interface OrganiseOptions {
  /** Where change events go (the core's `emit`); none by default. */
  emit?: EmitOrganiseEvent
  /** Resolves `query` selections through the search layer; without it, bulk edits take story ids only. */
  findStoryIds?: FindStoryIds | null
  /** The library session's undo stack, shared by every service; by default one of this service's own. */
  undo?: UndoStack
}
