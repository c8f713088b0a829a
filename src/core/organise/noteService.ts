import type { Note } from '../../shared/contract/organise'
import { MarsadError } from '../../shared/errors'
import type { Library } from '../library'
import { noSuchStory } from '../library'
import { UndoStack, type UndoTicket } from '../undo'
import { emitStoriesChanged, ignoreEvents, type EmitOrganiseEvent } from './events'
import type { OrganiseOptions } from './options'

/** Analysts' notes on stories, kept as written (line breaks and all); the search index follows every change. */
export class NoteService {
  private readonly emit: EmitOrganiseEvent
  private readonly undo: UndoStack

  constructor(
    private readonly library: Library,
    options: OrganiseOptions = {}
  ) {
    this.emit = options.emit ?? ignoreEvents
    this.undo = options.undo ?? new UndoStack((work) => library.transaction(work))
  }

  add(storyId: number, body: string): Note {
    const note = this.library.notes.add(storyId, nonBlank(body))
    emitStoriesChanged(this.emit, [storyId], ['notes'])
    return note
  }

  update(id: number, body: string): Note {
    const note = this.library.notes.update(id, nonBlank(body, ' To remove a note, delete it.'))
    if (!note) throw noSuchNote(id)
    emitStoriesChanged(this.emit, [note.storyId], ['notes'])
    return note
  }

  delete(id: number): { undo: UndoTicket } {
    const note = this.library.notes.delete(id)
    if (!note) throw noSuchNote(id)
    const undo = this.undo.push({
      label: `Delete a note on story ${note.storyId}`,
      action: 'deleteNote',
      params: { story: note.storyId },
      inverse: () => {
        if (!this.library.notes.restore(note)) {
          throw new MarsadError('not-found', `This cannot be undone: story ${note.storyId} is no longer in the library.`, {
            id: note.storyId
          })
        }
      }
    })
    emitStoriesChanged(this.emit, [note.storyId], ['notes'])
    return { undo }
  }

  /** Oldest first. */
  ofStory(storyId: number): Note[] {
    if (!this.library.stories.get(storyId)) throw noSuchStory(storyId)
    return this.library.notes.ofStory(storyId)
  }
}

function nonBlank(body: string, hint = ''): string {
  if (body.trim() === '') throw new MarsadError('bad-request', `A note cannot be empty.${hint}`)
  return body
}

function noSuchNote(id: number): MarsadError {
  return new MarsadError('not-found', `There is no note with id ${id}.`, { id })
}
