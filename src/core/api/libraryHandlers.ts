import type { ApiHandlers } from '../../shared/api'
import type { libraryContract } from '../../shared/contract/library'
import { MarsadError } from '../../shared/errors'
import { webLink } from '../../shared/webLink'
import type { HandlerContext } from './context'

export function libraryHandlers({ session, openLink }: Pick<HandlerContext, 'session' | 'openLink'>): Pick<ApiHandlers, keyof typeof libraryContract> {
  const library = () => session().library
  return {
    ping: () => ({ pong: true, sqliteVersion: library().sqliteVersion() }),
    libraryInfo: () => library().info(),
    listStories: ({ offset, limit }) => ({ total: library().stories.count(), offset, stories: library().stories.listNewestFirst(offset, limit) }),
    getStory: ({ id }) => library().stories.require(id),
    openStoryLink: async ({ id }) => ({ url: await openStoryLink(library().stories.require(id), openLink) }),
    checkLibrary: () => ({ ...library().integrityCheck(), backupFolder: library().backupFolder }),
    backupLibrary: ({ target }) => ({ path: library().backup(target ?? null) })
  }
}

/** Opens a story's web address where the transport can; a story without an http(s) address has none to open. */
async function openStoryLink(story: { id: number; url: string | null }, openLink: HandlerContext['openLink']): Promise<string> {
  const url = webLink(story.url)
  if (!url) throw new MarsadError('not-found', `Story ${story.id} has no web address to open.`, { id: story.id })
  await openLink(url)
  return url
}
