import type { ApiEventName, ApiEvents } from '../shared/api'
import { filterTerm } from '../shared/contract/search'
import { BriefingService } from './briefing'
import { ClusterService } from './clusters'
import type { Library } from './library'
import { LinkService, NoteService, TagService, type EmitOrganiseEvent, type OrganiseOptions } from './organise'
import { matchingStoryIds, SearchState, searchTrend } from './search'
import { UndoStack } from './undo'

/**
 * How long a write on the session's connection may block its thread waiting for another connection's write lock:
 * longer than an import's batches (committed about once a second), far shorter than a big file's transaction, which
 * the API's handlers wait out without blocking (api/writeTurns.ts).
 */
export const BLOCKING_WAIT_FOR_WRITERS_MS = 1_500

/** The core's `emit`: every event of the contract. */
export type EmitEvent = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void

/**
 * Everything tied to one open library: the connection and every repository (the Library), search's state (the
 * vocabulary, the facet table), the undo stack, and the services over them. File → Open Library replaces the
 * whole session, so nothing of the old library lives on in a field somewhere, and an undo never runs against a
 * library it was not made for.
 */
export class LibrarySession {
  readonly search: SearchState
  readonly undo: UndoStack
  readonly tags: TagService
  readonly links: LinkService
  readonly notes: NoteService
  readonly briefings: BriefingService
  readonly clusters: ClusterService

  constructor(
    readonly library: Library,
    private readonly emit: EmitEvent
  ) {
    // The window's thread waits little for another connection's lock: the handlers wait the rest without blocking.
    library.waitForOtherWritersAtMost(BLOCKING_WAIT_FOR_WRITERS_MS)
    this.search = new SearchState(library)
    this.undo = new UndoStack((work) => library.transaction(work))
    // ApiEvents includes OrganiseEvents, but TypeScript cannot see that ApiEvents[E] is OrganiseEvents[E] for a generic E.
    const emitOrganise: EmitOrganiseEvent = (event, payload) => emit(event, payload as ApiEvents[typeof event])
    // A `query` selection of stories is what search finds for it.
    const organise: OrganiseOptions = { emit: emitOrganise, undo: this.undo, findStoryIds: (query) => matchingStoryIds(this.search, query) }
    this.tags = new TagService(library, organise)
    this.links = new LinkService(library, organise)
    this.notes = new NoteService(library, organise)
    this.briefings = new BriefingService(library, {
      emit,
      undo: this.undo,
      // A tag's stories are what `tag:NAME` finds: the tag (however its name is spelt) and the tags below it.
      findTagStoryIds: (name) => matchingStoryIds(this.search, filterTerm('tag', this.tags.named(name).name)),
      // A chart in a briefing counts as the search screen's chart does (its five largest sources and "other").
      trend: (request) => searchTrend(this.search, { ...request, series: 5 })
    })
    this.clusters = new ClusterService(library, emit)
  }

  /** Undoes the edit with this ticket (see UndoStack.undo); it may have touched tags, links or notes of any story. */
  undoEdit(id: string): { label: string } {
    const label = this.undo.undo(id)
    this.emit('tagsChanged', {})
    this.emit('storiesChanged', { ids: null, aspects: ['tags', 'links', 'notes'] })
    return { label }
  }

  close(): void {
    this.library.close()
  }
}
