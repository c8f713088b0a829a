import type { Database, Statement } from 'better-sqlite3'

/** A story as a tag, a link or a graph shows it: enough to name it and open it. */
export interface StoryHeading {
  id: number
  title: string | null
  source: string | null
  date: string | null
}

/** Small reads of `stories` that the organising repositories share: which ids exist, and their headings. */
export class StoryLookup {
  private readonly missingStatement: Statement<[string], number>
  private readonly headingsStatement: Statement<[string], StoryHeading>

  constructor(db: Database) {
    this.missingStatement = db
      // NOT EXISTS looks each id up; `NOT IN (SELECT id FROM stories)` would list every story at every call.
      .prepare('SELECT DISTINCT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM stories WHERE id = value) ORDER BY value')
      .pluck() as Statement<[string], number>
    this.headingsStatement = db.prepare(
      'SELECT id, title, source, date FROM stories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id'
    ) as Statement<[string], StoryHeading>
  }

  /** The ids among `ids` that name no story, ascending. */
  missing(ids: readonly number[]): number[] {
    return ids.length === 0 ? [] : this.missingStatement.all(JSON.stringify(ids))
  }

  headings(ids: readonly number[]): StoryHeading[] {
    return ids.length === 0 ? [] : this.headingsStatement.all(JSON.stringify(ids))
  }
}
