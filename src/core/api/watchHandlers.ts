import type { ApiHandlers } from '../../shared/api'
import type { watchContract } from '../../shared/contract/watch'
import type { HandlerContext } from './context'

export function watchHandlers({
  watch,
  chooseFolder
}: Pick<HandlerContext, 'watch' | 'chooseFolder'>): Pick<ApiHandlers, keyof typeof watchContract> {
  return {
    listWatchedFolders: () => watch.list(),
    watchFolder: async () => {
      const path = await chooseFolder()
      return path === null ? null : watch.add(path)
    },
    addWatchedFolder: ({ path }) => watch.add(path),
    removeWatchedFolder: async ({ id }) => ({ removed: await watch.remove(id) })
  }
}
