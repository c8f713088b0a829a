import type { Database } from 'better-sqlite3'

/** A batch is committed once it holds this many stories or is this old. */
const BATCH_STORIES = 5000
export const BATCH_MILLISECONDS = 1000

/**
 * The import's transactions. Small files are written whole (their stories already read) into a shared batch
 * that is committed about once a second: a commit per two-story dump would cost a full-text segment and a
 * write-ahead-log flush each. A big file gets a transaction of its own, opened before its first story. A
 * killed process loses only the finished files of a batch not yet committed, which importing again brings in.
 */
export class FileBatchWriter {
  private openedAt = 0
  private storiesInBatch = 0

  constructor(private readonly db: Database) {}

  get open(): boolean {
    return this.db.inTransaction
  }

  begin(): void {
    if (this.db.inTransaction) return
    this.db.exec('BEGIN IMMEDIATE')
    this.openedAt = performance.now()
    this.storiesInBatch = 0
  }

  /** Counts stories towards the batch and commits it when it has grown or aged enough (always with `force`). */
  wrote(stories: number, force = false): boolean {
    this.storiesInBatch += stories
    if (!this.db.inTransaction) return false
    if (!force && this.storiesInBatch < BATCH_STORIES && performance.now() - this.openedAt < BATCH_MILLISECONDS) return false
    this.db.exec('COMMIT')
    return true
  }

  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT')
  }

  /** Commits the batch if it is old enough, whether or not a file finished since (the reader is slow on the next). */
  commitIfOld(): boolean {
    if (!this.db.inTransaction || performance.now() - this.openedAt < BATCH_MILLISECONDS) return false
    this.db.exec('COMMIT')
    return true
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK')
  }
}
