import { useState } from 'react'
import type { WatchedFolder } from '../../../../shared/contract/watch'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'

/**
 * The watched folders of the library, each with its state (watching, missing, importing) and its last import. A
 * folder is added through main's own folder dialog (`watchFolder`): the window never names a path. Stopping asks
 * once, inline.
 */
export function WatchedFolders() {
  const { t } = useI18n()
  const folders = useApi(() => api.listWatchedFolders(), [], ['watchedFoldersChanged', 'libraryChanged'])
  const [problem, setProblem] = useState<string | null>(null)

  const act = async (action: () => Promise<unknown>) => {
    setProblem(null)
    try {
      await action()
      folders.reload()
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <section className="watched-folders" aria-labelledby="watched-folders-heading">
      <header className="watched-folders__header">
        <h2 id="watched-folders-heading" className="pane__heading">
          {t.watchedFoldersHeading}
        </h2>
        <button type="button" className="toolbar__button" title={t.watchFolderHint} onClick={() => void act(() => api.watchFolder())}>
          {t.watchFolderButton}
        </button>
      </header>
      {problem && (
        <p className="pane__message story-list__meta--error" role="alert">
          {problem}
        </p>
      )}
      {folders.data?.length === 0 && <p className="pane__message">{t.watchedFoldersEmpty}</p>}
      <ul className="story-list" aria-label={t.watchedFoldersHeading}>
        {folders.data?.map((folder) => (
          <WatchedFolderRow key={folder.id} folder={folder} onStop={() => act(() => api.removeWatchedFolder({ id: folder.id }))} />
        ))}
      </ul>
    </section>
  )
}

function WatchedFolderRow({ folder, onStop }: { folder: WatchedFolder; onStop(): Promise<void> }) {
  const { t, format } = useI18n()
  const [confirming, setConfirming] = useState(false)
  return (
    <li className="story-list__item watched-folder" data-state={folder.state}>
      <span className="story-list__title">
        <bdi dir="ltr">{folder.path}</bdi>
      </span>
      <span className={`story-list__meta${folder.state === 'missing' ? ' story-list__meta--error' : ''}`} data-testid="watch-state">
        {t.watchState(folder.state, folder.queued)}
      </span>
      <span className="story-list__meta">
        {folder.lastImportAt ? t.lastImport(format.date(folder.lastImportAt, 'short'), folder.lastImportFiles) : t.neverImported}
      </span>
      {folder.problem && folder.state !== 'missing' && <span className="story-list__meta story-list__meta--error">{folder.problem}</span>}
      {confirming ? (
        <div className="search-confirm">
          <p>
            {t.confirmStopWatching(folder.path)} {t.stopWatchingNote}
          </p>
          <div className="save-search__buttons">
            <button type="button" autoFocus className="search-button--danger" onClick={() => void onStop()}>
              {t.stopWatching}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="toolbar__button watched-folder__stop" onClick={() => setConfirming(true)}>
          {t.stopWatching}
        </button>
      )}
    </li>
  )
}
