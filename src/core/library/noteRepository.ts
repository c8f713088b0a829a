import type { Database, Statement } from 'better-sqlite3'
import type { Note } from '../../shared/contract/organise'
import type { StoryRepository } from './storyRepository'
import { writeTransaction } from './writeTransaction'
import { noSuchStory } from './storyRepository'

export type NoteRecord = Note

const NOTE_COLUMNS = 'id, story_id AS storyId, body, created_at AS createdAt, updated_at AS updatedAt'

/**
 * Analysts' notes on stories (table `notes`). Notes are searchable, so every write rebuilds the story's index row
 * in the same transaction: the index can never disagree with the notes.
 */
export class NoteRepository {
  private readonly statements: ReturnType<typeof prepareStatements>

  constructor(
    private readonly db: Database,
    private readonly stories: StoryRepository
  ) {
    this.statements = prepareStatements(db)
  }

  /** A story's notes, oldest first (a restored note returns to its place). */
  ofStory(storyId: number): NoteRecord[] {
    return this.statements.ofStory.all(storyId)
  }

  get(id: number): NoteRecord | null {
    return this.statements.get.get(id) ?? null
  }

  /** Refuses a missing story with a message naming it. */
  add(storyId: number, body: string): NoteRecord {
    if (!this.statements.storyExists.get(storyId)) {
      throw noSuchStory(storyId)
    }
    const now = new Date().toISOString()
    return this.writeThenReindex(() => this.statements.insert.get({ id: null, storyId, body, createdAt: now, updatedAt: now })!)
  }

  /** Null when there is no such note. */
  update(id: number, body: string): NoteRecord | null {
    return this.writeThenReindex(() => this.statements.update.get(body, new Date().toISOString(), id) ?? null)
  }

  /** Removes a note; returns it as it was, for undo. */
  delete(id: number): NoteRecord | null {
    return this.writeThenReindex(() => this.statements.delete.get(id) ?? null)
  }

  /** Puts a deleted note back (under its old id when still free); null when its story has gone since. */
  restore(note: NoteRecord): NoteRecord | null {
    return this.writeThenReindex(() => {
      if (!this.statements.storyExists.get(note.storyId)) return null
      const idTaken = this.statements.get.get(note.id) !== undefined
      return this.statements.insert.get({ ...note, id: idTaken ? null : note.id })!
    })
  }

  private writeThenReindex(write: () => NoteRecord): NoteRecord
  private writeThenReindex(write: () => NoteRecord | null): NoteRecord | null
  private writeThenReindex(write: () => NoteRecord | null): NoteRecord | null {
    return writeTransaction(this.db, () => {
      const note = write()
      if (note) this.stories.reindex(note.storyId)
      return note
    })
  }
}

function prepareStatements(db: Database) {
  return {
    ofStory: db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE story_id = ? ORDER BY created_at, id`) as Statement<[number], NoteRecord>,
    get: db.prepare(`SELECT ${NOTE_COLUMNS} FROM notes WHERE id = ?`) as Statement<[number], NoteRecord>,
    insert: db.prepare(`
      INSERT INTO notes (id, story_id, body, created_at, updated_at) VALUES (@id, @storyId, @body, @createdAt, @updatedAt)
      RETURNING ${NOTE_COLUMNS}`) as Statement<[Omit<NoteRecord, 'id'> & { id: number | null }], NoteRecord>,
    update: db.prepare(`UPDATE notes SET body = ?, updated_at = ? WHERE id = ? RETURNING ${NOTE_COLUMNS}`) as Statement<
      [string, string, number],
      NoteRecord
    >,
    delete: db.prepare(`DELETE FROM notes WHERE id = ? RETURNING ${NOTE_COLUMNS}`) as Statement<[number], NoteRecord>,
    storyExists: db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck() as Statement<[number], number>
  }
}
