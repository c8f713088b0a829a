import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ImportSummary } from '../../shared/contract/imports'
import type { WatchedFolder, WatchedFolderState } from '../../shared/contract/watch'
import { MarsadError } from '../../shared/errors'
import type { Library, WatchedFolderRow } from '../library'
import { FolderWatcher, type CompleteFile } from './folderWatcher'

/** How the service imports: the same queue a drop goes through (`core.imports`), and word of each import's end. */
export interface WatchImporter {
  start(paths: string[]): string
  onFinished(listener: (summary: ImportSummary) => void): () => void
}

export interface WatchServiceOptions {
  /** The folders and their states, after any change (at most every CHANGE_INTERVAL_MS). */
  onChange?(folders: WatchedFolder[]): void
}

/** The contract's cap on paths per import (importPaths); a larger burst is imported in several. */
const MAX_FILES_PER_IMPORT = 10_000
const CHANGE_INTERVAL_MS = 200
const DEFAULT_STABILITY_MS = 2000
/** Files that become complete within this long of each other are imported together. */
const GATHER_MS = 1000

interface FolderEntry {
  row: WatchedFolderRow
  watcher: FolderWatcher
  state: 'starting' | 'watching' | 'missing'
  problem: string | null
}

interface QueuedFile extends CompleteFile {
  folderId: number
}

/**
 * Watches the library's watched folders and imports what arrives in them, in the background: files that become
 * complete are gathered for a moment and imported together (a burst of thousands is one import with progress,
 * not thousands), one watcher import at a time, through the same queue a drop uses. A file is remembered by its
 * size and modification time once its import has finished, so a restart does not read it again.
 */
export class WatchService {
  private readonly folders = new Map<number, FolderEntry>()
  private readonly queue = new Map<string, QueuedFile>()
  private readonly inFlight = new Map<string, QueuedFile[]>()
  private gatherTimer: NodeJS.Timeout | null = null
  private changeTimer: NodeJS.Timeout | null = null
  private running = false
  private readonly stopListening: () => void
  private stabilityMs = DEFAULT_STABILITY_MS

  constructor(
    private readonly library: () => Library,
    private readonly importer: WatchImporter,
    private readonly options: WatchServiceOptions = {}
  ) {
    this.stopListening = importer.onFinished((summary) => this.importFinished(summary))
  }

  /**
   * Starts watching every folder the library lists (the app at start, `marsad watch run`). `stabilityMs`: how long
   * a file's size must hold still before it is imported (longer for a slow network share).
   */
  start({ stabilityMs = DEFAULT_STABILITY_MS }: { stabilityMs?: number } = {}): void {
    if (this.running) return
    this.running = true
    this.stabilityMs = stabilityMs
    for (const row of this.library().watchedFolders.list()) this.watchFolder(row)
    this.changed()
  }

  /** Stops every watcher; files queued but not yet imported are picked up again at the next start. */
  async stop(): Promise<void> {
    this.running = false
    if (this.gatherTimer) clearTimeout(this.gatherTimer)
    this.gatherTimer = null
    if (this.changeTimer) clearTimeout(this.changeTimer)
    this.changeTimer = null
    this.queue.clear()
    const closing = [...this.folders.values()].map((entry) => entry.watcher.close())
    this.folders.clear()
    await Promise.all(closing)
  }

  /** Another library opened: its own folders are watched instead. */
  async libraryChanged(): Promise<void> {
    if (!this.running) return
    await this.stop()
    this.inFlight.clear()
    this.start({ stabilityMs: this.stabilityMs })
  }

  async close(): Promise<void> {
    this.stopListening()
    await this.stop()
  }

  list(): WatchedFolder[] {
    const queued = this.queuedByFolder()
    return this.library()
      .watchedFolders.list()
      .map((row) => this.describe(row, queued.get(row.id) ?? 0))
  }

  /** Adds a folder that exists now (a typo must not be watched for ever); one already watched is returned as is. */
  add(path: string): WatchedFolder {
    const folder = resolve(path)
    assertFolder(folder)
    const row = this.library().watchedFolders.add(folder, new Date().toISOString())
    if (this.running && !this.folders.has(row.id)) this.watchFolder(row)
    this.changed()
    return this.describe(row, 0)
  }

  /** Stops watching a folder; false when it was not watched. */
  async remove(id: number): Promise<boolean> {
    const removed = this.library().watchedFolders.remove(id)
    const entry = this.folders.get(id)
    this.folders.delete(id)
    for (const [path, file] of this.queue) if (file.folderId === id) this.queue.delete(path)
    await entry?.watcher.close()
    if (removed) this.changed()
    return removed
  }

  byPath(path: string): WatchedFolder {
    const folder = resolve(path)
    const row = this.library()
      .watchedFolders.list()
      .find((candidate) => candidate.path === folder)
    if (!row) throw new MarsadError('not-found', `${folder} is not a watched folder.`, { path: folder })
    return this.describe(row, this.queuedByFolder().get(row.id) ?? 0)
  }

  private watchFolder(row: WatchedFolderRow): void {
    const entry: FolderEntry = {
      row,
      state: 'starting',
      problem: null,
      watcher: new FolderWatcher(row.path, this.stabilityMs, {
        fileComplete: (file) => this.fileComplete(row.id, file),
        watching: () => this.setState(entry, 'watching', null),
        missing: () => this.setState(entry, 'missing', `${row.path} is missing; it will be watched again when it returns.`),
        problem: (message) => this.setState(entry, entry.state, message)
      })
    }
    this.folders.set(row.id, entry)
  }

  private setState(entry: FolderEntry, state: FolderEntry['state'], problem: string | null): void {
    if (this.folders.get(entry.row.id) !== entry) return
    entry.state = state
    entry.problem = problem
    this.changed()
  }

  private fileComplete(folderId: number, file: CompleteFile): void {
    if (!this.folders.has(folderId)) return
    const known = this.library().watchedFolders.fileStamp(file.path)
    if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) return
    this.queue.set(file.path, { ...file, folderId })
    this.changed()
    this.gatherTimer ??= setTimeout(() => {
      this.gatherTimer = null
      this.importQueued()
    }, GATHER_MS)
  }

  /** One watcher import at a time: files that become complete meanwhile wait for the next. */
  private importQueued(): void {
    if (!this.running || this.inFlight.size > 0 || this.queue.size === 0) return
    const batch = [...this.queue.values()].slice(0, MAX_FILES_PER_IMPORT)
    for (const file of batch) this.queue.delete(file.path)
    const jobId = this.importer.start(batch.map((file) => file.path))
    this.inFlight.set(jobId, batch)
  }

  private importFinished(summary: ImportSummary): void {
    const batch = this.inFlight.get(summary.jobId)
    if (!batch) return
    this.inFlight.delete(summary.jobId)
    if (!summary.cancelled && !summary.error) this.remember(batch)
    this.changed()
    this.importQueued()
  }

  private remember(batch: QueuedFile[]): void {
    const library = this.library()
    library.watchedFolders.stampFiles(batch)
    const now = new Date().toISOString()
    const filesByFolder = new Map<number, number>()
    for (const file of batch) filesByFolder.set(file.folderId, (filesByFolder.get(file.folderId) ?? 0) + 1)
    for (const [folderId, files] of filesByFolder) {
      library.watchedFolders.recordImport(folderId, files, now)
      const entry = this.folders.get(folderId)
      if (entry) entry.row = library.watchedFolders.get(folderId) ?? entry.row
    }
  }

  private queuedByFolder(): Map<number, number> {
    const counts = new Map<number, number>()
    const count = (file: QueuedFile) => counts.set(file.folderId, (counts.get(file.folderId) ?? 0) + 1)
    for (const file of this.queue.values()) count(file)
    for (const batch of this.inFlight.values()) batch.forEach(count)
    return counts
  }

  private describe(row: WatchedFolderRow, queued: number): WatchedFolder {
    const entry = this.folders.get(row.id)
    const current = entry?.row ?? row
    return {
      id: current.id,
      path: current.path,
      state: queued > 0 && entry?.state !== 'missing' ? 'importing' : (entry?.state ?? unwatchedState(current.path)),
      queued,
      addedAt: current.addedAt,
      lastImportAt: current.lastImportAt,
      lastImportFiles: current.lastImportFiles,
      problem: entry?.problem ?? null
    }
  }

  /** Tells the listener, at most every CHANGE_INTERVAL_MS: a burst of thousands of files is a few updates. */
  private changed(): void {
    if (!this.options.onChange || this.changeTimer) return
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null
      this.options.onChange?.(this.list())
    }, CHANGE_INTERVAL_MS)
  }
}

function assertFolder(path: string): void {
  let stats
  try {
    stats = statSync(path)
  } catch {
    throw new MarsadError('not-found', `${path} does not exist, so it cannot be watched.`, { path })
  }
  if (!stats.isDirectory()) throw new MarsadError('bad-request', `${path} is a file, not a folder: watch the folder it is in.`, { path })
}

/** A folder this process does not watch (`marsad watch list` while nothing runs): whether it is there at all. */
function unwatchedState(path: string): WatchedFolderState {
  return existsSync(path) ? 'idle' : 'missing'
}
