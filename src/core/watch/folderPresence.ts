import { existsSync } from 'node:fs'
import { dirname, relative, sep } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'

/**
 * Waits for a folder that is gone (an unplugged drive, a share that dropped) to come back, by watching its nearest
 * ancestor that still exists for new folders, one level deep. When the ancestor itself goes, or a folder on the
 * way back appears, it watches again from the nearest ancestor then. Returns a function that stops waiting.
 */
export function whenFolderReturns(folder: string, onBack: () => void): () => Promise<void> {
  let watcher: FSWatcher | null = null
  let stopped = false

  const watchFromNearestAncestor = async () => {
    await watcher?.close()
    watcher = null
    if (stopped) return
    if (existsSync(folder)) return onBack()
    const ancestor = nearestExistingAncestor(folder)
    const next = watch(ancestor, { depth: 0, ignoreInitial: true })
    watcher = next
    next.on('addDir', (added) => {
      if (added === folder || isInside(added, folder)) void watchFromNearestAncestor()
    })
    next.on('unlinkDir', (removed) => {
      if (removed === ancestor) void watchFromNearestAncestor()
    })
    // The folder may have returned while the watcher was starting.
    next.on('ready', () => {
      if (watcher === next && existsSync(folder)) void watchFromNearestAncestor()
    })
  }
  void watchFromNearestAncestor()

  return async () => {
    stopped = true
    await watcher?.close()
  }
}

function nearestExistingAncestor(path: string): string {
  let candidate = dirname(path)
  while (!existsSync(candidate) && dirname(candidate) !== candidate) candidate = dirname(candidate)
  return candidate
}

/** Whether `folder` lies inside `ancestor` (an ancestor that appeared brings the watched folder one step closer). */
function isInside(ancestor: string, folder: string): boolean {
  const path = relative(ancestor, folder)
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..'
}
