import type { Migration } from './types'

/**
 * Folders the analyst watches (issue 19), kept in the library so that the app and `marsad watch` share them, and
 * what the watcher has already handed to an import: a file whose size and modification time are unchanged is not
 * read again after a restart (the import's SHA-256 check would skip it too, but only after reading it whole).
 */
export const watchedFolders: Migration = {
  version: 170,
  name: 'watched-folders',
  up(db) {
    db.exec(`
      CREATE TABLE watched_folders (
        id              INTEGER PRIMARY KEY,
        path            TEXT NOT NULL UNIQUE,
        added_at        TEXT NOT NULL,
        last_import_at  TEXT,
        last_import_files INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE watched_files (
        path     TEXT PRIMARY KEY,
        size     INTEGER NOT NULL,
        mtime_ms INTEGER NOT NULL
      ) WITHOUT ROWID;
    `)
  }
}
