import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'

/**
 * Waits for a folder that is gone (an unplugged drive, a share that dropped) to come back, by watching its nearest
 * ancestor that still exists, one level deep. Whenever something appears or goes there, it looks again: the folder
 * is back (onBack, once), or the nearest existing ancestor has changed (a folder on the way back appeared, or the
 * ancestor itself went) and is watched instead. Returns a function that stops waiting.
 */
export function whenFolderReturns(folder: string, onBack: () => void): () => Promise<void> {
  let watcher: FSWatcher | null = null
  let watchedAncestor: string | null = null
  let done = false

  const finish = async () => {
    done = true
    await watcher?.close()
    watcher = null
  }
  const look = () => {
    if (done) return
    if (existsSync(folder)) {
      void finish().then(onBack)
      return
    }
    const ancestor = nearestExistingAncestor(folder)
    if (ancestor === watchedAncestor) return
    void watcher?.close()
    watchedAncestor = ancestor
    watcher = watch(ancestor, { depth: 0, ignoreInitial: true })
    watcher.on('addDir', look)
    watcher.on('unlinkDir', look)
    watcher.on('raw', look)
    // The folder may have returned while the watcher was starting.
    watcher.on('ready', look)
  }
  look()

  return finish
}

function nearestExistingAncestor(path: string): string {
  let candidate = dirname(path)
  while (!existsSync(candidate) && dirname(candidate) !== candidate) candidate = dirname(candidate)
  return candidate
}
