import type { ApiHandlers } from '../../shared/api'
import { MarsadError } from '../../shared/errors'
import { webLink } from '../../shared/webLink'
import type { MarsadCore } from '../core'

export function libraryHandlers(core: MarsadCore): Pick<ApiHandlers, 'ping' | 'libraryInfo' | 'listStories' | 'getStory' | 'openStoryLink' | 'checkLibrary' | 'backupLibrary'> {
  const storyOrThrow = (id: number) => {
    const story = core.library.stories.get(id)
    if (!story) throw new MarsadError('not-found', `There is no story ${id} in this library.`, { id })
    return story
  }
  return {
    ping: () => ({ pong: true, sqliteVersion: core.library.sqliteVersion() }),
    libraryInfo: () => core.library.info(),
    listStories: ({ offset, limit }) => ({
      total: core.library.stories.count(),
      offset,
      stories: core.library.stories.listNewestFirst(offset, limit)
    }),
    getStory: ({ id }) => storyOrThrow(id),
    openStoryLink: async ({ id }) => {
      const url = webLink(storyOrThrow(id).url)
      if (!url) throw new MarsadError('not-found', `Story ${id} has no web address to open.`, { id })
      await core.openLink(url)
      return { url }
    },
    checkLibrary: () => ({ ...core.library.integrityCheck(), backupFolder: core.library.backupFolder }),
    backupLibrary: ({ target }) => ({ path: core.library.backup(target ?? null) })
  }
}
