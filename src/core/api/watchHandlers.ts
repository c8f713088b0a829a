import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'

type WatchMethods = 'listWatchedFolders' | 'watchFolder' | 'addWatchedFolder' | 'removeWatchedFolder'

export function watchHandlers(core: MarsadCore): Pick<ApiHandlers, WatchMethods> {
  return {
    listWatchedFolders: () => core.watch.list(),
    watchFolder: async () => {
      const path = await core.chooseFolder()
      return path === null ? null : core.watch.add(path)
    },
    addWatchedFolder: ({ path }) => core.watch.add(path),
    removeWatchedFolder: async ({ id }) => ({ removed: await core.watch.remove(id) })
  }
}
