import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'

export function libraryHandlers(core: MarsadCore): Pick<ApiHandlers, 'ping' | 'libraryInfo' | 'listStories'> {
  return {
    ping: () => ({
      pong: true,
      sqliteVersion: core.library.sqliteVersion()
    }),
    libraryInfo: () => core.library.info(),
    listStories: ({ offset, limit }) => ({
      total: core.library.stories.count(),
      offset,
      stories: core.library.stories.listNewestFirst(offset, limit)
    })
  }
}
