import type { ApiHandlers } from '../../shared/api'
import type { LibraryCheck, libraryContract } from '../../shared/contract/library'
import { MarsadError } from '../../shared/errors'
import { webLink } from '../../shared/webLink'
import { newestSoundBackup, restoreBackup } from '../library'
import { reindexLibrary } from '../search'
import type { HandlerContext } from './context'

type LibraryContext = Pick<HandlerContext, 'session' | 'emit' | 'openLink' | 'openLibrary' | 'nativeBinding'>

export function libraryHandlers(context: LibraryContext): Pick<ApiHandlers, keyof typeof libraryContract> {
  const library = () => context.session().library
  return {
    ping: () => ({ pong: true, sqliteVersion: library().sqliteVersion() }),
    libraryInfo: () => library().info(),
    listStories: ({ offset, limit }) => ({
      total: library().stories.count(),
      offset,
      stories: library().stories.listNewestFirst(offset, limit)
    }),
    getStory: ({ id }) => library().stories.require(id),
    openStoryLink: async ({ id }) => ({ url: await openStoryLink(library().stories.require(id), context.openLink) }),
    checkLibrary: ({ repair }) => checkLibrary(context, repair === true),
    backupLibrary: ({ target }) => ({ path: library().backup(target ?? null) }),
    setInterfaceLanguage: ({ language }) => (context.emit('interfaceLanguageChanged', { language }), { language })
  }
}

/** Opens a story's web address where the transport can; a story without an http(s) address has none to open. */
async function openStoryLink(story: { id: number; url: string | null }, openLink: HandlerContext['openLink']): Promise<string> {
  const url = webLink(story.url)
  if (!url) throw new MarsadError('not-found', `Story ${story.id} has no web address to open.`, { id: story.id })
  await openLink(url)
  return url
}

/**
 * `marsad check [--repair]`, File → Check Library…: the whole file checked; when damaged and asked to, rebuilt in
 * place (indexes, search index, vocabulary), and if still damaged replaced by the newest sound backup.
 */
function checkLibrary(context: LibraryContext, repair: boolean): LibraryCheck {
  const { library, search } = context.session()
  const found = library.integrityCheck()
  const backupFolder = library.backupFolder
  if (found.ok || !repair) return { ...found, backupFolder, repair: null }
  const rebuilt = library.repairInPlace(() => void reindexLibrary(search))
  if (rebuilt.ok) return { ...rebuilt, backupFolder, repair: { problemsBefore: found.problems, restoredFrom: null, damagedCopy: null } }
  const path = library.path
  const backup = newestSoundBackup(path, context.nativeBinding)
  if (!backup) return { ...rebuilt, backupFolder, repair: null }
  library.close()
  const damagedCopy = restoreBackup(path, backup)
  context.openLibrary(path)
  const restored = context.session().library.integrityCheck()
  return { ...restored, backupFolder, repair: { problemsBefore: found.problems, restoredFrom: backup, damagedCopy } }
}
