/**
 * The last resort of `marsad check --repair`, when rebuilding in place did not make the library sound: the damaged
 * file is kept aside, and the newest backup that checks sound takes its place.
 */
import { copyFileSync, existsSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { backupFolder } from './backups'
import { checkIntegrity, recordCheck } from './health'

/** The newest backup in the library's backup folder that SQLite finds sound, or null. */
export function newestSoundBackup(libraryPath: string, nativeBinding?: string): string | null {
  const folder = backupFolder(libraryPath)
  if (!existsSync(folder)) return null
  const newestFirst = readdirSync(folder)
    .filter((name) => name.endsWith('.marsad'))
    .sort()
    .reverse()
  for (const name of newestFirst) {
    const path = join(folder, name)
    try {
      const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
      try {
        if (checkIntegrity(db, false).ok) return path
      } finally {
        db.close()
      }
    } catch {
      // Not even an SQLite file any more: the next one.
    }
  }
  return null
}

/**
 * Puts `backup` in the (closed) library's place; the damaged file, with its log, is renamed beside it and its new
 * name returned. The copy is recorded as checked sound.
 */
export function restoreBackup(libraryPath: string, backup: string): string {
  const damagedCopy = `${libraryPath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(libraryPath + suffix)) renameSync(libraryPath + suffix, damagedCopy + suffix)
  }
  copyFileSync(backup, libraryPath)
  recordCheck(libraryPath, { ok: true, problems: [] })
  return damagedCopy
}
