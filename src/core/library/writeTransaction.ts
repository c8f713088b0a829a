import type { Database } from 'better-sqlite3'
import { isDatabaseBusy } from '../../shared/errors'

/**
 * Runs `work` in a transaction that takes the write lock at its start (BEGIN IMMEDIATE), waiting up to the busy
 * timeout while another connection writes. A transaction begun deferred reads first and then fails at once with
 * "database is locked" when an import has committed meanwhile: SQLite cannot move its snapshot forward, so the
 * busy timeout never applies. Inside another transaction it is a savepoint, as any nested transaction.
 */
export function writeTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work).immediate()
}

/**
 * Runs `work` in a write transaction only if no other connection is writing now; returns false, without waiting
 * and without running it, when one is. For upkeep that can be left to later (the stored vocabulary), so that a
 * search never waits for an import's lock.
 */
export function writeTransactionIfFree(db: Database, work: () => void): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number
  db.pragma('busy_timeout = 0')
  try {
    db.exec('BEGIN IMMEDIATE')
  } catch (error) {
    if (isDatabaseBusy(error)) return false
    throw error
  } finally {
    db.pragma(`busy_timeout = ${timeout}`)
  }
  try {
    work()
    db.exec('COMMIT')
    return true
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK')
    throw error
  }
}
