import type { Migration } from './types'

/** Every file that was imported whole, by its content hash, so that re-importing it adds nothing. */
export const importFiles: Migration = {
  version: 10,
  name: 'import-files',
  up(db) {
    db.exec(`
      CREATE TABLE import_files (
        id            INTEGER PRIMARY KEY,
        path          TEXT    NOT NULL,
        sha256        TEXT    NOT NULL UNIQUE,
        size          INTEGER NOT NULL,
        kind          TEXT    NOT NULL,
        encoding      TEXT    NOT NULL,
        story_count   INTEGER NOT NULL DEFAULT 0,
        duplicate_count INTEGER NOT NULL DEFAULT 0,
        imported_at   TEXT    NOT NULL
      );
      CREATE TABLE import_runs (
        id          INTEGER PRIMARY KEY,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        cancelled   INTEGER NOT NULL DEFAULT 0,
        summary     TEXT NOT NULL DEFAULT '{}'
      );
    `)
  }
}
