/**
 * Copies of a library, as Zotero keeps them: before every migration, at most once a day after changes, and on
 * request (`marsad backup`). A copy is
 * made with VACUUM INTO — one compact, consistent file, while other connections keep writing, with no log beside
 * it — into a folder beside the library; only the newest few automatic copies are kept.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3'

const KEPT_BACKUPS = 5
/** A library changed since its newest backup is copied again once that backup is this old. */
export const DAILY_BACKUP_MS = 24 * 3600_000

/** Where a library's backups go: `news.marsad.backups/` beside `news.marsad`. */
export function backupFolder(libraryPath: string): string {
  return join(dirname(libraryPath), `${basename(libraryPath)}.backups`)
}

/** Copies the library to `target`, which must not exist yet (VACUUM INTO refuses to overwrite). */
export function copyLibrary(db: Database, target: string): void {
  mkdirSync(dirname(target), { recursive: true })
  db.prepare('VACUUM INTO ?').run(target)
}

/** A copy into the backup folder, named by its time and `reason`; older automatic copies beyond the newest few go. */
export function backUp(db: Database, libraryPath: string, reason: string): string {
  const folder = backupFolder(libraryPath)
  const target = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${reason}.marsad`)
  // Two processes migrating one library at the same moment: the first one's copy serves both.
  if (!existsSync(target)) copyLibrary(db, target)
  const backups = readdirSync(folder)
    .filter((name) => name.endsWith('.marsad'))
    .sort()
  for (const name of backups.slice(0, -KEPT_BACKUPS)) rmSync(join(folder, name), { force: true })
  return target
}

/**
 * The daily copy, made as a connection that changed the library closes: when the newest backup is a day old (or
 * there is none) and older than the library's last change. Returns the copy's path, or null when none was due.
 */
export function backUpIfDue(db: Database, libraryPath: string, now = Date.now()): string | null {
  const folder = backupFolder(libraryPath)
  const newest = existsSync(folder)
    ? Math.max(
        0,
        ...readdirSync(folder)
          .filter((name) => name.endsWith('.marsad'))
          .map((name) => statSync(join(folder, name)).mtimeMs)
      )
    : 0
  const changed = Math.max(...[libraryPath, `${libraryPath}-wal`].filter(existsSync).map((path) => statSync(path).mtimeMs))
  if (now - newest < DAILY_BACKUP_MS || changed <= newest) return null
  return backUp(db, libraryPath, 'daily')
}
