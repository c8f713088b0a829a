import type { Database, Statement } from 'better-sqlite3'

/** A watched folder as stored: where it is, and what its last import brought. */
export interface WatchedFolderRow {
  id: number
  path: string
  addedAt: string
  lastImportAt: string | null
  lastImportFiles: number
}

/** A file as the watcher last handed it to an import. */
export interface WatchedFileStamp {
  size: number
  mtimeMs: number
}

const COLUMNS = 'id, path, added_at AS addedAt, last_import_at AS lastImportAt, last_import_files AS lastImportFiles'

/** Watched folders (table watched_folders) and the files already handed to an import (watched_files). */
export class WatchedFolderRepository {
  private readonly statements: ReturnType<typeof prepareStatements>

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
  }

  list(): WatchedFolderRow[] {
    return this.statements.list.all()
  }

  get(id: number): WatchedFolderRow | null {
    return this.statements.get.get(id) ?? null
  }

  /** Adds a folder; a folder already watched is returned as it is. */
  add(path: string, now: string): WatchedFolderRow {
    this.statements.insert.run(path, now)
    return this.statements.byPath.get(path)!
  }

  remove(id: number): boolean {
    return this.statements.remove.run(id).changes > 0
  }

  recordImport(id: number, files: number, now: string): void {
    this.statements.recordImport.run(now, files, id)
  }

  /** Null when the watcher never handed this file to an import. */
  fileStamp(path: string): WatchedFileStamp | null {
    return this.statements.fileStamp.get(path) ?? null
  }

  /** Remembers the files an import finished with, in one transaction. */
  stampFiles(files: readonly ({ path: string } & WatchedFileStamp)[]): void {
    this.db.transaction(() => {
      for (const file of files) this.statements.stampFile.run(file.path, file.size, file.mtimeMs)
    })()
  }
}

function prepareStatements(db: Database) {
  return {
    list: db.prepare(`SELECT ${COLUMNS} FROM watched_folders ORDER BY path`) as Statement<[], WatchedFolderRow>,
    get: db.prepare(`SELECT ${COLUMNS} FROM watched_folders WHERE id = ?`) as Statement<[number], WatchedFolderRow>,
    byPath: db.prepare(`SELECT ${COLUMNS} FROM watched_folders WHERE path = ?`) as Statement<[string], WatchedFolderRow>,
    insert: db.prepare('INSERT INTO watched_folders (path, added_at) VALUES (?, ?) ON CONFLICT (path) DO NOTHING'),
    remove: db.prepare('DELETE FROM watched_folders WHERE id = ?'),
    recordImport: db.prepare('UPDATE watched_folders SET last_import_at = ?, last_import_files = ? WHERE id = ?'),
    fileStamp: db.prepare('SELECT size, mtime_ms AS mtimeMs FROM watched_files WHERE path = ?') as Statement<[string], WatchedFileStamp>,
    stampFile: db.prepare(`
      INSERT INTO watched_files (path, size, mtime_ms) VALUES (?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms`)
  }
}
