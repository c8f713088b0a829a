import type { Database, Statement } from 'better-sqlite3'
import type { StorySummary } from '../../shared/domain'

const EXCERPT_CHARS = 240

interface StorySummaryRow {
  id: number
  title: string | null
  source: string | null
  date: string | null
  dateText: string | null
  language: string | null
  excerpt: string
}

/** A story as a test or a simple caller adds it; the import pipeline has its own, richer insert. */
export interface NewStory {
  title: string | null
  body: string
  source?: string | null
  date?: string | null
  dateText?: string | null
  language?: string | null
  contentHash: Buffer
}

export class StoryRepository {
  private readonly countStatement: Statement<[], { n: number }>
  private readonly newestFirstStatement: Statement<[number, number], StorySummaryRow>
  private readonly insertStatement: Statement

  constructor(db: Database) {
    this.countStatement = db.prepare('SELECT count(*) AS n FROM stories')
    this.newestFirstStatement = db.prepare(`
      SELECT id, title, source, date, date_text AS dateText, language, substr(body, 1, ${EXCERPT_CHARS}) AS excerpt
      FROM stories
      ORDER BY date DESC, id DESC
      LIMIT ? OFFSET ?`)
    this.insertStatement = db.prepare(`
      INSERT INTO stories (title, body, source, date, date_text, language, content_hash, added_at)
      VALUES (@title, @body, @source, @date, @dateText, @language, @contentHash, @addedAt)`)
  }

  count(): number {
    return this.countStatement.get()!.n
  }

  /** Newest news first (by the day the dump gave), stories without a date last. */
  listNewestFirst(offset: number, limit: number): StorySummary[] {
    return this.newestFirstStatement.all(limit, offset)
  }

  insert(story: NewStory): number {
    const result = this.insertStatement.run({
      title: story.title,
      body: story.body,
      source: story.source ?? null,
      date: story.date ?? null,
      dateText: story.dateText ?? null,
      language: story.language ?? null,
      contentHash: story.contentHash,
      addedAt: new Date().toISOString()
    })
    return Number(result.lastInsertRowid)
  }
}
