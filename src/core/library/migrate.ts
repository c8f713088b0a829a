import type { Database } from 'better-sqlite3'
import type { Migration } from './migrations'

/**
 * Runs every pending migration in one transaction and records the result in `PRAGMA user_version`, so a
 * library is always at a version some Marsad knows: either all pending steps applied, or none.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  assertOrdered(migrations)
  const from = db.pragma('user_version', { simple: true }) as number
  const pending = migrations.filter((migration) => migration.version > from)
  if (pending.length === 0) return { from, to: from }
  const to = pending[pending.length - 1]!.version
  db.transaction(() => {
    for (const migration of pending) migration.up(db)
    db.pragma(`user_version = ${to}`)
  })()
  return { from, to }
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version <= migrations[i - 1]!.version) {
      throw new Error(`Migrations out of order: ${migrations[i - 1]!.name} then ${migrations[i]!.name}`)
    }
  }
}
