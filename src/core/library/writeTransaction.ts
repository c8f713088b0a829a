import type { Database } from 'better-sqlite3'

/**
 * Runs `work` in a transaction that takes the write lock at its start (BEGIN IMMEDIATE), waiting up to the busy
 * timeout while another connection writes. A transaction begun deferred reads first and then fails at once with
 * "database is locked" when an import has committed meanwhile: SQLite cannot move its snapshot forward, so the
 * busy timeout never applies. Inside another transaction it is a savepoint, as any nested transaction.
 */
export function writeTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate()
}
