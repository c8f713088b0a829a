import type { Database, Statement } from 'better-sqlite3'
import type { AlertMode } from '../../shared/contract/alerts'
import { MarsadError } from '../../shared/errors'

/** A saved search as stored: its query, and the last story id the analyst had seen when last opening it. */
export interface SavedSearchRow {
  id: number
  name: string
  query: string
  createdAt: string
  lastOpenedAt: string | null
  /** Stories with a larger id arrived after the search was last opened (or saved). */
  seenThroughStoryId: number
  alert: AlertMode
}

const COLUMNS = `id, name, query, created_at AS createdAt, last_opened_at AS lastOpenedAt,
  seen_through_story_id AS seenThroughStoryId, alert`

/** The analyst's standing questions (table saved_searches). Names are unique. */
export class SavedSearchRepository {
  private readonly statements: ReturnType<typeof prepareStatements>

  constructor(db: Database) {
    this.statements = prepareStatements(db)
  }

  /** Every saved search, by name. */
  list(): SavedSearchRow[] {
    return this.statements.list.all()
  }

  get(id: number): SavedSearchRow | null {
    return this.statements.get.get(id) ?? null
  }

  /** Saves a query under a new name; `bad-request` when the name is taken. */
  add(name: string, query: string, seenThroughStoryId: number, now: string): SavedSearchRow {
    this.assertNameFree(name, null)
    const id = Number(this.statements.insert.run(name, query, now, seenThroughStoryId).lastInsertRowid)
    return this.get(id)!
  }

  /** Null when there is no such search; `bad-request` when another search has the name. */
  rename(id: number, name: string): SavedSearchRow | null {
    this.assertNameFree(name, id)
    this.statements.rename.run(name, id)
    return this.get(id)
  }

  delete(id: number): boolean {
    return this.statements.delete.run(id).changes > 0
  }

  /** Records that the analyst opened the search and has now seen every story up to `seenThroughStoryId`. */
  markOpened(id: number, seenThroughStoryId: number, now: string): SavedSearchRow | null {
    this.statements.markOpened.run(now, seenThroughStoryId, id)
    return this.get(id)
  }

  setAlert(id: number, alert: AlertMode): SavedSearchRow | null {
    this.statements.setAlert.run(alert, id)
    return this.get(id)
  }

  /** The saved searches that are alerts, on or muted, by name. */
  alerts(): SavedSearchRow[] {
    return this.statements.alerts.all()
  }

  private assertNameFree(name: string, exceptId: number | null): void {
    const holder = this.statements.byName.get(name)
    if (holder && holder.id !== exceptId) {
      throw new MarsadError('bad-request', `There is already a saved search called "${name}". Choose another name.`, { name })
    }
  }
}

function prepareStatements(db: Database) {
  return {
    list: db.prepare(`SELECT ${COLUMNS} FROM saved_searches ORDER BY name, id`) as Statement<[], SavedSearchRow>,
    get: db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`) as Statement<[number], SavedSearchRow>,
    byName: db.prepare('SELECT id FROM saved_searches WHERE name = ?') as Statement<[string], { id: number }>,
    insert: db.prepare('INSERT INTO saved_searches (name, query, created_at, seen_through_story_id) VALUES (?, ?, ?, ?)'),
    rename: db.prepare('UPDATE saved_searches SET name = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM saved_searches WHERE id = ?'),
    markOpened: db.prepare('UPDATE saved_searches SET last_opened_at = ?, seen_through_story_id = ? WHERE id = ?'),
    setAlert: db.prepare('UPDATE saved_searches SET alert = ? WHERE id = ?'),
    alerts: db.prepare(`SELECT ${COLUMNS} FROM saved_searches WHERE alert != 'off' ORDER BY name, id`) as Statement<[], SavedSearchRow>
  }
}
