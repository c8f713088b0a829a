/**
 * Is the library file sound? SQLite's quick check walks every page, so it runs only when there is a reason: a
 * Marsad that was writing the library did not close it (killed, crashed, the power went), the file changed since
 * Marsad last closed it (something else wrote it), or the last check is a week old. What it finds is remembered
 * beside the library, so that every process refuses writes to a damaged library until it is repaired.
 *
 * Beside `news.marsad`, the hidden folder `.news.marsad.health/` (watched folders leave hidden names alone) holds one marker per open connection
 * (`open-<pid>-<random>`, removed on a clean close) and `last-check.json`.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Database } from 'better-sqlite3'

/** A library whose last check is older than this is checked again at open. */
export const CHECK_EVERY_MS = 7 * 24 * 3600_000
/** SQLite names this many problems at most: enough to say what is damaged. */
const MAX_PROBLEMS = 20

export interface IntegrityReport {
  ok: boolean
  problems: string[]
}

interface HealthRecord {
  checkedAt: number
  ok: boolean
  problems: string[]
  /** Size and modification time of the file when Marsad last closed it, the last connection to do so. */
  closedAs?: FileStamp
}

interface FileStamp {
  size: number
  mtimeMs: number
}

export function healthFolder(libraryPath: string): string {
  return join(dirname(libraryPath), `.${basename(libraryPath)}.health`)
}

/** `PRAGMA quick_check` (or the slower, fuller `integrity_check`): damage bad enough to stop SQLite is a report too. */
export function checkIntegrity(db: Database, thorough: boolean): IntegrityReport {
  const pragma = thorough ? 'integrity_check' : 'quick_check'
  try {
    const rows = db.pragma(`${pragma}(${MAX_PROBLEMS})`) as Record<string, string>[]
    const problems = rows.map((row) => row[pragma]!).filter((line) => line !== 'ok')
    return { ok: problems.length === 0, problems }
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] }
  }
}

/** One connection's stay in a writable library: what the health folder said at open, and its own marker there. */
export class HealthSession {
  private readonly folder: string
  private readonly marker: string

  private constructor(
    private readonly libraryPath: string,
    /** Why a quick check is due now, or null. */
    readonly checkDue: string | null,
    /** Damage a check found and no repair has cleared since. */
    readonly knownDamage: IntegrityReport | null
  ) {
    this.folder = healthFolder(libraryPath)
    this.marker = join(this.folder, `open-${process.pid}-${randomBytes(4).toString('hex')}`)
    writeFileSync(this.marker, '')
  }

  /** Reads the health folder (markers of processes gone are an unclean shutdown) and leaves this connection's marker. */
  static begin(libraryPath: string, now = Date.now()): HealthSession {
    const folder = healthFolder(libraryPath)
    mkdirSync(folder, { recursive: true })
    const record = readRecord(folder)
    const markers = openMarkers(folder)
    const abandoned = markers.filter((marker) => !processAlive(marker.pid))
    for (const marker of abandoned) rmSync(join(folder, marker.name), { force: true })
    const othersOpen = markers.length > abandoned.length
    const stamp = fileStamp(libraryPath)
    const checkDue =
      abandoned.length > 0
        ? 'Marsad did not close the library the last time it wrote to it'
        : !othersOpen && record?.closedAs && stamp && !sameStamp(record.closedAs, stamp)
          ? 'the library file changed since Marsad last closed it'
          : !record
            ? 'the library has not been checked yet'
            : now - record.checkedAt > CHECK_EVERY_MS
              ? 'the library was last checked more than a week ago'
              : null
    const knownDamage = record && !record.ok ? { ok: false, problems: record.problems } : null
    return new HealthSession(libraryPath, knownDamage ? null : checkDue, knownDamage)
  }

  /** Removes this connection's marker; the last one out notes the file as it leaves it. */
  end(): void {
    rmSync(this.marker, { force: true })
    // The library's folder deleted or moved while it was open: there is nothing left to note.
    if (!existsSync(this.folder) || openMarkers(this.folder).length > 0) return
    const record = readRecord(this.folder)
    const stamp = fileStamp(this.libraryPath)
    if (record && stamp) writeRecord(this.folder, { ...record, closedAs: stamp })
  }

  record(report: IntegrityReport, now = Date.now()): void {
    recordCheck(this.libraryPath, report, now)
  }
}

/** Remembers a check's outcome, for every process that opens the library next. */
export function recordCheck(libraryPath: string, report: IntegrityReport, now = Date.now()): void {
  const folder = healthFolder(libraryPath)
  mkdirSync(folder, { recursive: true })
  const earlier = readRecord(folder)
  writeRecord(folder, {
    ...(earlier?.closedAs ? { closedAs: earlier.closedAs } : {}),
    checkedAt: now,
    ok: report.ok,
    problems: report.problems
  })
}

function openMarkers(folder: string): { name: string; pid: number }[] {
  return readdirSync(folder)
    .map((name) => ({ name, match: /^open-(\d+)-[0-9a-f]+$/.exec(name) }))
    .filter((entry) => entry.match)
    .map((entry) => ({ name: entry.name, pid: Number(entry.match![1]) }))
}

/** A process that exists (a pid reused since counts as alive: a check put off, never a false alarm). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readRecord(folder: string): HealthRecord | null {
  try {
    return JSON.parse(readFileSync(join(folder, 'last-check.json'), 'utf8')) as HealthRecord
  } catch {
    return null
  }
}

/** Written whole or not at all (renamed into place): a reader never sees half a record. */
function writeRecord(folder: string, record: HealthRecord): void {
  const target = join(folder, 'last-check.json')
  const draft = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`
  writeFileSync(draft, JSON.stringify(record))
  renameSync(draft, target)
}

function fileStamp(path: string): FileStamp | null {
  if (!existsSync(path)) return null
  const stats = statSync(path)
  return { size: stats.size, mtimeMs: stats.mtimeMs }
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs
}
