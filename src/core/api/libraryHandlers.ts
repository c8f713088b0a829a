import type { ApiHandlers } from '../../shared/api'
import type { LibraryCheck } from '../../shared/contract/library'
import { MarsadError } from '../../shared/errors'
import { webLink } from '../../shared/webLink'
import type { MarsadCore } from '../core'
import { newestSoundBackup, restoreBackup } from '../library'
import { reindexLibrary } from '../search'

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
    checkLibrary: ({ repair }) => checkLibrary(core, repair === true),
    backupLibrary: ({ target }) => ({ path: core.library.backup(target ?? null) })
  }
}

/**
 * `marsad check [--repair]`, File → Check Library…: the whole file checked; when damaged and asked to, rebuilt in
 * place (indexes, search index, vocabulary), and if still damaged replaced by the newest sound backup.
 */
function checkLibrary(core: MarsadCore, repair: boolean): LibraryCheck {
  const found = core.library.integrityCheck()
  const backupFolder = core.library.backupFolder
  if (found.ok || !repair) return { ...found, backupFolder, repair: null }
  const rebuilt = core.library.repairInPlace((library) => void reindexLibrary(library))
  if (rebuilt.ok) return { ...rebuilt, backupFolder, repair: { problemsBefore: found.problems, restoredFrom: null, damagedCopy: null } }
  const path = core.library.path
  const backup = newestSoundBackup(path, core.nativeBinding)
  if (!backup) return { ...rebuilt, backupFolder, repair: null }
  core.library.close()
  const damagedCopy = restoreBackup(path, backup)
  core.switchLibrary(path)
  return { ...core.library.integrityCheck(), backupFolder, repair: { problemsBefore: found.problems, restoredFrom: backup, damagedCopy } }
}
