import type { Database } from 'better-sqlite3'
import type { Migration } from './migrations'
import { writeTransaction } from './writeTransaction'

/**
 * Runs every pending migration in one transaction and records the result in `PRAGMA user_version`, so a
 * library is always at a version some Marsad knows: either all pending steps applied, or none. The version is
 * read inside the transaction, which holds the write lock from its start: a second process opening the same new
 * library at the same moment waits, then finds it migrated (reading it first, both created the same tables).
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  assertOrdered(migrations)
  const versionNow = () => db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0
  // Most opens find the library up to date: they need no write lock.
  const seen = versionNow()
  if (seen >= latest) return { from: seen, to: seen }
  return writeTransaction(db, () => {
    const from = versionNow()
    const pending = migrations.filter((migration) => migration.version > from)
    if (pending.length === 0) return { from, to: from }
    const to = pending[pending.length - 1]!.version
    for (const migration of pending) migration.up(db)
    db.pragma(`user_version = ${to}`)
    return { from, to }
  })
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version <= migrations[i - 1]!.version) {
      throw new Error(`Migrations out of order: ${migrations[i - 1]!.name} then ${migrations[i]!.name}`)
    }
  }
}
