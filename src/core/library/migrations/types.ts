import type { Database } from 'better-sqlite3'

/** One schema step. Migrations are append-only: once shipped, never edit one; add the next. */
export interface Migration {
  version: number
  name: string
  up(db: Database): void
}
