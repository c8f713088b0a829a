import { existsSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import type { WatchedFileStamp } from '../library'
import { whenFolderReturns } from './folderPresence'

/** A file that has stopped changing: ready to import. */
export interface CompleteFile extends WatchedFileStamp {
  path: string
}

export interface FolderWatcherEvents {
  /** A file appeared or changed, and its size has held still for the stability time. */
  fileComplete(file: CompleteFile): void
  /** The folder is being watched (at first, and each time it returns). */
  watching(): void
  /** The folder is gone; it is watched again when it returns. */
  missing(): void
  /** Something the watcher cannot do (no permission to read a subfolder, say); watching goes on. */
  problem(message: string): void
}

/**
 * Names writers give a file while they are still writing it, to rename it into place once whole: partial downloads
 * (.part, .crdownload, .download), temporary files (.tmp, name~) and hidden files (.name, as rsync and scrapers
 * write). Such a file is never imported; the rename brings the complete file under its own name.
 */
const IN_PROGRESS_NAME = /^\.|~$|\.(part|partial|crdownload|download|tmp|temp)$/i

export function isInProgressName(path: string): boolean {
  return IN_PROGRESS_NAME.test(basename(path))
}

/**
 * Watches one folder and its subfolders with chokidar. A file is reported once its size has not changed for
 * `stabilityMs` (chokidar's awaitWriteFinish), so that a file still being written is never imported half done.
 * Files present when watching starts are reported too: the caller skips those it has already imported.
 */
export class FolderWatcher {
  private watcher: FSWatcher | null = null
  private stopWaiting: (() => Promise<void>) | null = null
  private stopped = false

  constructor(
    readonly folder: string,
    private readonly stabilityMs: number,
    private readonly events: FolderWatcherEvents
  ) {
    this.start()
  }

  async close(): Promise<void> {
    this.stopped = true
    await Promise.all([this.watcher?.close(), this.stopWaiting?.()])
  }

  private start(): void {
    if (this.stopped) return
    if (!existsSync(this.folder)) return this.waitForReturn()
    const watcher = watch(this.folder, {
      ignored: (path) => path !== this.folder && isInProgressName(path),
      awaitWriteFinish: { stabilityThreshold: this.stabilityMs, pollInterval: Math.min(100, this.stabilityMs) }
    })
    this.watcher = watcher
    const complete = (path: string) => {
      const stamp = stampOf(path)
      if (stamp) this.events.fileComplete({ path, ...stamp })
    }
    watcher.on('add', complete)
    watcher.on('change', complete)
    // chokidar reports the folder's own removal as unlinkDir only when it held something; removed empty, or with
    // its parent (a drive unplugged), only the raw event tells. Either way, a stat settles it.
    const goneCheck = () => {
      if (this.watcher !== watcher || existsSync(this.folder)) return
      this.watcher = null
      void watcher.close().then(() => this.waitForReturn())
    }
    watcher.on('unlinkDir', goneCheck)
    watcher.on('raw', goneCheck)
    watcher.on('error', (error) => this.events.problem(`${this.folder}: ${(error as Error).message}`))
    watcher.on('ready', () => this.events.watching())
  }

  private waitForReturn(): void {
    if (this.stopped) return
    this.events.missing()
    this.stopWaiting = whenFolderReturns(this.folder, () => {
      this.stopWaiting = null
      this.start()
    })
  }
}

function stampOf(path: string): WatchedFileStamp | null {
  try {
    const stats = statSync(path)
    return stats.isFile() ? { size: stats.size, mtimeMs: Math.trunc(stats.mtimeMs) } : null
  } catch {
    // Gone again before we looked (a writer's scratch file): nothing to import.
    return null
  }
}
