import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from '../library'
import { UndoStack } from '../undo'
import { NoteService } from './index'

/** Stories whose notes column holds the normalised term (the search layer builds the real queries). */
function storiesWithNoteTerm(library: Library, term: string): number[] {
  return library.db
    .prepare('SELECT rowid FROM story_index WHERE story_index MATCH ? ORDER BY rowid')
    .pluck()
    .all(`notes : "${term}"`) as number[]
}

describe('NoteService', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  /** The undo stack the services share, as the library session's. */
  let undoStack: UndoStack
  let notes: NoteService
  let story: number

  beforeEach(() => {
    temp = makeTempDir('marsad-notes-')
    library = openLibrary(temp.file('notes.marsad'))
    undoStack = new UndoStack((work) => library.transaction(work))
    notes = new NoteService(library, { undo: undoStack })
    story = addStory(library, { title: 'خبر', body: 'نص الخبر' })
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('keeps a note exactly as written, with its times, oldest first', () => {
    const first = notes.add(story, 'مصدر مشكوك فيه.\nراجع الرواية الرسمية.')
    const second = notes.add(story, 'Second thought, in English.')
    expect(first).toMatchObject({ storyId: story, body: 'مصدر مشكوك فيه.\nراجع الرواية الرسمية.' })
    expect(first.createdAt).toBe(first.updatedAt)
    expect(notes.ofStory(story)).toEqual([first, second])
  })

  it('makes notes searchable, and follows edits and deletions in the index', () => {
    const note = notes.add(story, 'مصدرٌ مشكوكٌ فيه')
    expect(storiesWithNoteTerm(library, 'مشكوك')).toEqual([story])
    notes.update(note.id, 'رواية رسمية')
    expect(storiesWithNoteTerm(library, 'مشكوك')).toEqual([])
    expect(storiesWithNoteTerm(library, 'رسميه')).toEqual([story])
    notes.delete(note.id)
    expect(storiesWithNoteTerm(library, 'رسميه')).toEqual([])
  })

  it('updates the body and the edited time', () => {
    const note = notes.add(story, 'أول')
    const edited = notes.update(note.id, 'ثان')
    expect(edited).toMatchObject({ id: note.id, body: 'ثان', createdAt: note.createdAt })
    expect(edited.updatedAt >= note.updatedAt).toBe(true)
  })

  it('refuses empty notes, missing notes and missing stories with clear messages', () => {
    expect(() => notes.add(story, '  \n ')).toThrow('A note cannot be empty.')
    expect(() => notes.update(notes.add(story, 'x').id, ' ')).toThrow('A note cannot be empty. To remove a note, delete it.')
    expect(() => notes.add(999, 'x')).toThrow('There is no story 999 in this library.')
    expect(() => notes.ofStory(999)).toThrow('There is no story 999 in this library.')
    expect(() => notes.update(999, 'x')).toThrow('There is no note with id 999.')
    expect(() => notes.delete(999)).toThrow('There is no note with id 999.')
  })

  it('undoes a deletion: the note returns in its place and to the index', () => {
    const first = notes.add(story, 'مشكوك')
    const second = notes.add(story, 'ثانية')
    const { undo } = notes.delete(first.id)
    expect(undo.label).toBe(`Delete a note on story ${story}`)
    undoStack.undo(undo.id)
    expect(notes.ofStory(story)).toEqual([first, second])
    expect(storiesWithNoteTerm(library, 'مشكوك')).toEqual([story])
  })

  it('deleting a story removes its notes', () => {
    notes.add(story, 'ملاحظة')
    library.stories.delete(story)
    expect(library.db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0)
  })
})
