import { z } from 'zod'
import { method, noArguments } from './method'

/**
 * watching: new files are imported as they arrive; missing: the folder is gone (an unplugged drive), and is
 * watched again when it returns; importing: files from it are queued or being imported; starting: the first look;
 * idle: not watched by this process (`marsad watch list` while no `watch run` or app is open in it).
 */
export type WatchedFolderState = 'starting' | 'watching' | 'missing' | 'importing' | 'idle'

export interface WatchedFolder {
  id: number
  path: string
  state: WatchedFolderState
  /** Files waiting for, or in, an import. */
  queued: number
  addedAt: string
  lastImportAt: string | null
  /** Files the last import from this folder took in. */
  lastImportFiles: number
  /** What the watcher could not do (a subfolder it may not read), or null. */
  problem: string | null
}

const watchedFolderId = z.number().int().positive()

export const watchContract = {
  /** The watched folders of the open library, with their state. */
  listWatchedFolders: method(noArguments).returns<WatchedFolder[]>(),
  /**
   * The window's way to add one: main asks the user for the folder in its own dialog (the window never names a
   * path). Null when the user cancelled; `unsupported` where there is no dialog (the CLI, a test page).
   */
  watchFolder: method(noArguments).returns<WatchedFolder | null>(),
  /** Adds a folder by path (the CLI, tests); the window uses `watchFolder`. */
  addWatchedFolder: method(z.object({ path: z.string().min(1).max(4096) }).strict()).returns<WatchedFolder>(),
  /** Stops watching a folder; its files stay in the library. */
  removeWatchedFolder: method(z.object({ id: watchedFolderId }).strict()).returns<{ removed: boolean }>()
}

export interface WatchEvents {
  watchedFoldersChanged: { folders: WatchedFolder[] }
}
