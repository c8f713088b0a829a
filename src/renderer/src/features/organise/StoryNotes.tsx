import { useState } from 'react'
import type { Note } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { useProblemText } from './problems'
import { useStoryDates } from './storyDates'
import { TextEditor } from './TextEditor'

/** The analyst's notes on the story, oldest first, as written (line breaks, own direction); add, edit, delete with undo. */
export function StoryNotes({ storyId, notes }: { storyId: number; notes: Note[] }) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const [problem, setProblem] = useState<string | null>(null)

  const add = (body: string) =>
    api.addNote({ storyId, body }).then(
      () => setProblem(null),
      (error: unknown) => {
        setProblem(problemText('addNote', error))
        throw error
      }
    )

  return (
    <section className="reader-section" id="reader-notes" aria-labelledby="reader-notes-heading">
      <header className="reader-section__header">
        <h3 id="reader-notes-heading" className="reader-section__heading">
          {t.notesHeading}
        </h3>
      </header>
      {notes.length === 0 && <p className="reader-section__empty">{t.noNotes}</p>}
      <ul className="note-list">
        {notes.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </ul>
      <TextEditor label={t.newNoteLabel} placeholder={t.newNotePlaceholder} saveLabel={t.saveNote} onSave={add} />
      {problem && (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}

function NoteItem({ note }: { note: Note }) {
  const { t } = useI18n()
  const { offer } = useUndo()
  const dates = useStoryDates()
  const problemText = useProblemText()
  const [editing, setEditing] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const save = (body: string) =>
    api.updateNote({ id: note.id, body }).then(
      () => (setEditing(false), setProblem(null)),
      (error: unknown) => {
        setProblem(problemText('editNote', error))
        throw error
      }
    )
  const remove = () =>
    api.deleteNote({ id: note.id }).then(
      (result) => offer(result.undo, t.noteDeleted),
      (error: unknown) => setProblem(problemText('deleteNote', error))
    )

  return (
    <li className="note">
      {editing ? (
        <TextEditor
          label={t.editNoteLabel}
          initial={note.body}
          saveLabel={t.readerSave}
          autoFocus
          onSave={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="note__body" dir="auto">
          {note.body}
        </p>
      )}
      <div className="note__footer">
        <span className="note__time">
          <time dateTime={note.createdAt}>{t.noteWritten(dates.moment(note.createdAt))}</time>
          {note.updatedAt !== note.createdAt && (
            <>
              {' · '}
              <time dateTime={note.updatedAt}>{t.noteEdited(dates.moment(note.updatedAt))}</time>
            </>
          )}
        </span>
        {!editing && (
          <span className="note__actions">
            <button type="button" className="reader-button reader-button--small" onClick={() => setEditing(true)}>
              {t.editNote}
            </button>
            <button type="button" className="reader-button reader-button--small" onClick={() => void remove()}>
              {t.deleteNote}
            </button>
          </span>
        )}
      </div>
      {problem && (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  )
}
