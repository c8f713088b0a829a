import type { Database } from 'better-sqlite3'

/** One schema step. Migrations are append-only: once shipped, never edit one; add the next. */
export interface Migration {
  version: number
  name: string
  /** What a migration that reads every story again does, said before it runs: it takes minutes on a large library. */
  slow?: string
  up(db: Database): void
}
