import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3, { type Database } from 'better-sqlite3'
import { isDatabaseBusy, MarsadError } from '../../shared/errors'
import type { LibraryInfo } from '../../shared/domain'
import { libraryAccess, readOnlyRefusal, sqliteName, type LibraryAccess } from './access'
import { backUp, backUpIfDue, backupFolder, copyLibrary } from './backups'
import { checkIntegrity, HealthSession, recordCheck, type IntegrityReport } from './health'
import { quickCheckInBackground } from './backgroundCheck'
import { migrate } from './migrate'
import { migrations as allMigrations, type Migration } from './migrations'
import { ClusterRepository } from './clusterRepository'
import { FileBatchWriter } from './fileBatch'
import { ImportRepository } from './importRepository'
import { StoryRepository } from './storyRepository'
import { LinkRepository } from './linkRepository'
import { NoteRepository } from './noteRepository'
import { TagRepository } from './tagRepository'
import { writeTransaction } from './writeTransaction'
import { ColumnMappingRepository } from './columnMappingRepository'
import { WatchedFolderRepository } from './watchedFolderRepository'
import { SearchRepository } from './searchRepository'
import { SavedSearchRepository } from './savedSearchRepository'
import { BriefingRepository } from './briefingRepository'

/** 'MRSD': marks an SQLite file as a Marsad library, so that Marsad never migrates someone else's database. */
export const MARSAD_APPLICATION_ID = 0x4d525344
const SQLITE_HEADER = 'SQLite format 3\0'
/**
 * How long a write waits for another connection's (an import's batch commits about once a second; a big file's
 * transaction lasts as long as the file).
 */
const BUSY_TIMEOUT_MS = 10_000
/** Index pages one merge step writes: tens of milliseconds of work, so that a step never holds up an import. */
const MERGE_PAGES_PER_STEP = 500

export interface OpenLibraryOptions {
  /** Path of a better-sqlite3 addon built for the running runtime (Electron passes its own build). */
  nativeBinding?: string
  /** For tests of the migration machinery. */
  migrations?: readonly Migration[]
  /**
   * A library file up to this size is quick-checked at open, when a check is due (a fraction of a second); a
   * bigger one on a thread of its own, writes going on meanwhile until it reports damage.
   */
  checkInBackgroundAbove?: number
}

const CHECK_IN_BACKGROUND_ABOVE_BYTES = 64 * 1024 * 1024

export class Library {
  readonly stories: StoryRepository
  readonly tags: TagRepository
  readonly links: LinkRepository
  readonly notes: NoteRepository
  readonly imports: ImportRepository
  readonly clusters: ClusterRepository
  readonly watchedFolders: WatchedFolderRepository
  readonly columnMappings: ColumnMappingRepository
  // Prepared on first use: an import's connection never searches or composes briefings.
  private searchRepository: SearchRepository | null = null
  private savedSearchRepository: SavedSearchRepository | null = null
  private briefingRepository: BriefingRepository | null = null

  /** Why this library cannot be changed (a read-only file, folder or mount, or damage), or null when it can. */
  private writeRefusal: MarsadError | null
  /** This connection's marker in the health folder (a writable library only). */
  private health: HealthSession | null = null
  /** The daily copy as this connection closes (see backUpIfDue); an import's leaves it to the upkeep after it. */
  private backUpOnClose = true
  /** A quick check running on another thread, if one was due on a big file. */
  backgroundCheck: Promise<IntegrityReport | null> | null = null

  constructor(
    readonly db: Database,
    readonly path: string,
    access: LibraryAccess = { writable: true }
  ) {
    this.writeRefusal = access.writable ? null : readOnlyRefusal(path, access.because)
    this.stories = new StoryRepository(db)
    this.tags = new TagRepository(db)
    this.links = new LinkRepository(db)
    this.notes = new NoteRepository(db, this.stories)
    this.imports = new ImportRepository(db)
    this.clusters = new ClusterRepository(db)
    this.watchedFolders = new WatchedFolderRepository(db)
    this.columnMappings = new ColumnMappingRepository(db)
  }

  get search(): SearchRepository {
    return (this.searchRepository ??= new SearchRepository(this.db))
  }

  get savedSearches(): SavedSearchRepository {
    return (this.savedSearchRepository ??= new SavedSearchRepository(this.db))
  }

  get briefings(): BriefingRepository {
    return (this.briefingRepository ??= new BriefingRepository(this.db))
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number
  }

  sqliteVersion(): string {
    return this.db.prepare('SELECT sqlite_version()').pluck().get() as string
  }

  info(): LibraryInfo {
    return {
      path: this.path,
      schemaVersion: this.schemaVersion,
      storyCount: this.stories.count(),
      sizeBytes: fileSize(this.path) + fileSize(`${this.path}-wal`),
      readOnly: this.writeRefusal
        ? { code: this.writeRefusal.code as 'library-read-only' | 'library-damaged', message: this.writeRefusal.message }
        : null
    }
  }

  get writable(): boolean {
    return this.writeRefusal === null
  }

  /** Throws what a write to this library answers when it cannot be changed. */
  assertWritable(): void {
    if (this.writeRefusal) throw this.writeRefusal
  }

  /**
   * SQLite's own refusal of a write (SQLITE_READONLY, on a connection opened read-only) as the library's reason;
   * anything else as it is.
   */
  explainWriteError(error: unknown): unknown {
    const readOnly = String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_READONLY')
    return readOnly && this.writeRefusal ? this.writeRefusal : error
  }

  /** `PRAGMA integrity_check`: walks the whole file. Remembered, so that a damaged library refuses writes everywhere. */
  integrityCheck(): IntegrityReport {
    const report = checkIntegrity(this.db, true)
    recordCheck(this.path, report)
    if (report.ok) this.markSound()
    else this.markDamaged(report)
    return report
  }

  /**
   * Starts this connection's stay in the health folder: a library found damaged before refuses writes; one due for
   * a check (see HealthSession) is quick-checked, here or, when big, in the background.
   */
  watchHealth(session: HealthSession, checkInBackgroundAbove: number, nativeBinding?: string): void {
    this.health = session
    if (session.knownDamage) return this.markDamaged(session.knownDamage)
    if (!session.checkDue) return
    const checked = (report: IntegrityReport) => {
      session.record(report)
      if (!report.ok && this.db.open) this.markDamaged(report)
      return report
    }
    if (fileSize(this.path) <= checkInBackgroundAbove) checked(checkIntegrity(this.db, false))
    else this.backgroundCheck = quickCheckInBackground(this.path, nativeBinding).then((report) => report && checked(report))
  }

  /**
   * Rebuilds in place what can be derived from what the library stores: SQLite's indexes from their tables, and
   * with `rebuildDerived` the search index and vocabulary from the stories. Then checks the whole file again.
   */
  repairInPlace(rebuildDerived: (library: Library) => void): IntegrityReport {
    this.db.pragma('query_only = OFF')
    try {
      this.transaction(() => this.db.exec('REINDEX'))
      rebuildDerived(this)
    } catch {
      // Damage in the stories themselves stops the rebuild; the check below says what is left.
    }
    return this.integrityCheck()
  }

  /** Damage found: writes stop (SQLite refuses them on this connection), and say why and what to do. */
  private markDamaged(report: IntegrityReport): void {
    this.writeRefusal = damagedRefusal(this.path, report, this.backupFolder)
    this.db.pragma('query_only = ON')
  }

  /** A check that found the library sound (after a repair) lets writes in again. */
  private markSound(): void {
    if (this.writeRefusal?.code !== 'library-damaged') return
    this.writeRefusal = null
    this.db.pragma('query_only = OFF')
  }

  /** A consistent copy of the library: to `target`, or into its backup folder (where only the newest few stay). */
  backup(target: string | null): string {
    if (target === null) return backUp(this.db, this.path, 'by-hand')
    if (existsSync(target))
      throw new MarsadError('bad-request', `${target} exists already; name a new file for the copy.`, { path: target })
    copyLibrary(this.db, target)
    return target
  }

  get backupFolder(): string {
    return backupFolder(this.path)
  }

  /**
   * One step of merging the search index's segments, on a level that holds 16 or more (migration 0130). Returns
   * false when there was nothing to merge: FTS5 then changes at most one row (its documented tell).
   */
  mergeSearchIndexStep(): boolean {
    const changesBefore = this.totalChanges()
    this.db.prepare(`INSERT INTO story_index (story_index, rank) VALUES ('merge', ${MERGE_PAGES_PER_STEP})`).run()
    return this.totalChanges() - changesBefore >= 2
  }

  /**
   * Copies what the write-ahead log holds into the library file, without waiting for readers or blocking them.
   * An import's connection leaves that to the upkeep between imports (tuneForImport); left in the log, it would
   * be copied by the next write of the window's connection, on the app's main thread.
   */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(PASSIVE)')
  }

  /** Whether this connection wrote anything since it opened (rows inserted, changed or deleted). */
  private changedHere(): boolean {
    return this.totalChanges() > 0
  }

  /** Rows this connection has inserted, changed or deleted since it opened: a write that changed none left nothing. */
  totalChanges(): number {
    return this.db.prepare('SELECT total_changes()').pluck().get() as number
  }

  /**
   * How long a write of this connection waits, blocking its thread, for another connection's write lock before
   * SQLite refuses it ("database is locked"); openLibrary sets BUSY_TIMEOUT_MS.
   */
  waitForOtherWritersAtMost(milliseconds: number): void {
    this.db.pragma(`busy_timeout = ${Math.round(milliseconds)}`)
  }

  /**
   * For an import's own connection: a page cache of 64 MB plus a tenth of the library, up to 256 MB, instead of
   * SQLite's 2 MB, so that the pages every story reads or writes at random places (the band keys, the indexes of
   * stories by hash and by date: a few percent of a library) stay in memory while an import streams new rows
   * through it. A 20,000-story import into a 200,000-story library (1.3 GB) made 106,000 reads and 138,000 writes
   * with 128 MB, 50,000 and 108,000 with the 194 MB this gives; into an empty library the cache stays at 64 MB.
   */
  tuneForImport(): void {
    const libraryMb =
      ((this.db.pragma('page_count', { simple: true }) as number) * (this.db.pragma('page_size', { simple: true }) as number)) / 2 ** 20
    const cacheMb = Math.round(Math.min(256, 64 + libraryMb / 10))
    this.db.pragma(`cache_size = -${cacheMb * 1024}`)
    // Sorting and any statement journal stay in memory rather than in temporary files.
    this.db.pragma('temp_store = MEMORY')
    // The log is copied into the library between imports (mergeIndexes), not by the import: in a big library the
    // copy costs more than the import's own writes (a 20,000-story import into a 200,000-story library spent 1.8 s
    // in its commit with the copy, 0.6 s without), and it delays the summary. 1 GB of log is only a bound.
    this.db.pragma('wal_autocheckpoint = 262144')
    // The daily copy too waits for that upkeep, whose connection changes the library as well: a summary never waits
    // for a copy of the whole library.
    this.backUpOnClose = false
  }

  /**
   * The daily copy, if due (the library changed since the newest backup, a day old): from the upkeep between
   * imports, whose connection may have changed nothing itself.
   */
  backUpIfDue(): string | null {
    return this.writable ? backUpIfDue(this.db, this.path) : null
  }

  /** Writes an import's files, each whole or not at all, committed in batches (see FileBatchWriter). */
  fileBatches(): FileBatchWriter {
    return new FileBatchWriter(this.db)
  }

  /** Runs `work` in one transaction: all of it lands, or none (waiting its turn while another connection writes). */
  transaction<T>(work: () => T): T {
    return writeTransaction(this.db, work)
  }

  close(): void {
    try {
      if (this.db.open && this.writable && this.backUpOnClose && this.changedHere()) backUpIfDue(this.db, this.path)
    } catch {
      // A copy that cannot be made (a full disk) must not stop the library closing; it is due again next time.
    }
    if (this.db.open) this.db.close()
    // After SQLite's last writes (its checkpoint at close), so that the file is noted as Marsad left it.
    this.health?.end()
    this.health = null
  }
}

function damagedRefusal(path: string, report: IntegrityReport, backups: string): MarsadError {
  return new MarsadError(
    'library-damaged',
    `The library ${path} is damaged (${report.problems[0] ?? 'SQLite found it malformed'}). Marsad stopped writing to it so as not to ` +
      `spread the damage; what is intact can still be read. Run "marsad check --repair --library ${path}" (File → Check Library… in the app): ` +
      `it rebuilds what can be derived (indexes, search index, vocabulary), and if that is not enough restores the newest sound backup from ${backups}.`,
    { path, backupFolder: backups }
  )
}

/**
 * Opens a library file, creating it when absent, and brings its schema up to date. A file that is not a
 * Marsad library, or one written by a newer Marsad, is refused before anything is written to it.
 */
/**
 * What the slow migrations a library still needs will do (each says it), or nothing when it is up to date, new, or
 * not a library: read from its schema version without opening it for writing, so that a command can say why it
 * waits before openLibrary runs them.
 */
export function slowMigrationsPending(path: string, options: Pick<OpenLibraryOptions, 'nativeBinding' | 'migrations'> = {}): string[] {
  if (!existsSync(path)) return []
  let version: number
  try {
    const db = new BetterSqlite3(path, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
    try {
      version = db.pragma('user_version', { simple: true }) as number
    } finally {
      db.close()
    }
  } catch {
    return [] // openLibrary says what is wrong with the file
  }
  if (version === 0) return [] // a new library (or not one): no stories to read again
  return (options.migrations ?? allMigrations)
    .filter((migration) => migration.version > version && migration.slow)
    .map((migration) => migration.slow!)
}

export function openLibrary(path: string, options: OpenLibraryOptions = {}): Library {
  const migrations = options.migrations ?? allMigrations
  assertSqliteFile(path)
  const access = libraryAccess(path)
  let db: Database
  try {
    db = new BetterSqlite3(sqliteName(path, access), {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(access.writable ? {} : { readonly: true, fileMustExist: true })
    })
  } catch (error) {
    throw new MarsadError('library-unreadable', `Marsad cannot open ${path}: ${(error as Error).message}`, { path })
  }
  try {
    // First: another process may be creating or writing this library; every step below waits its turn.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    if (!access.writable) {
      assertReadable(db, path, migrations, access.because)
      return new Library(db, path, access)
    }
    retryWhileBusy(() => {
      assertMarsadLibrary(db, path, migrations)
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = NORMAL')
      db.pragma('foreign_keys = ON')
      if ((db.pragma('application_id', { simple: true }) as number) === 0) {
        db.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
      }
      const version = db.pragma('user_version', { simple: true }) as number
      const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0
      // What a migration rewrites cannot be undone: a library made by an older Marsad is copied first.
      if (version > 0 && version < latest) backUp(db, path, `before-schema-${latest}`)
      migrate(db, migrations)
    })
    const library = new Library(db, path)
    library.watchHealth(HealthSession.begin(path), options.checkInBackgroundAbove ?? CHECK_IN_BACKGROUND_ABOVE_BYTES, options.nativeBinding)
    return library
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Two processes creating one library at the same moment: where waiting could deadlock (both connections reading
 * the new file, both then wanting to write it, before it is in WAL mode), SQLite answers "database is locked" at
 * once instead of waiting out the busy timeout. Opening is then tried again, each step being safe to repeat (the
 * migrations run in one transaction), until the busy timeout has passed.
 */
function retryWhileBusy(open: () => void): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS
  for (;;) {
    try {
      return open()
    } catch (error) {
      if (!isDatabaseBusy(error) || Date.now() > deadline) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 + Math.random() * 30)
    }
  }
}

/** A read-only library is read as it is: one that needs a migration (which writes) cannot be read. */
function assertReadable(db: Database, path: string, migrations: readonly Migration[], because: string): void {
  assertMarsadLibrary(db, path, migrations)
  const version = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0
  if (version < latest) {
    throw new MarsadError(
      'library-read-only',
      `The library ${path} was made by an older Marsad (schema ${version}) and must be updated to schema ${latest} before this Marsad can read it, ` +
        `but it is read-only: ${because}. Copy it to a folder you can write to and open the copy.`,
      { path, because }
    )
  }
}

function assertSqliteFile(path: string): void {
  if (!existsSync(path)) return
  if (statSync(path).isDirectory()) {
    throw new MarsadError(
      'not-a-library',
      `${path} is a folder, not a library file; name a file in it (such as ${join(path, 'news.marsad')}).`,
      { path }
    )
  }
  if (statSync(path).size === 0) return
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(path, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new MarsadError('not-a-library', `${path} is not a Marsad library (it is not an SQLite database).`, { path })
  }
}

function assertMarsadLibrary(db: Database, path: string, migrations: readonly Migration[]): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const version = db.pragma('user_version', { simple: true }) as number
  const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n
  const madeByMarsad = applicationId === MARSAD_APPLICATION_ID || (applicationId === 0 && tableCount === 0)
  if (!madeByMarsad) {
    throw new MarsadError('not-a-library', `${path} is an SQLite database, but not a Marsad library.`, { path })
  }
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0
  if (version > latest) {
    throw new MarsadError(
      'library-too-new',
      `${path} was made by a newer Marsad (schema ${version}; this Marsad knows up to ${latest}). Update Marsad to open it; the file was left untouched.`,
      { path, version, latest }
    )
  }
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0
}
