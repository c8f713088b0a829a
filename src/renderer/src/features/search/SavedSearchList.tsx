import { useState } from 'react'
import type { AlertMode } from '../../../../shared/contract/alerts'
import type { SavedSearch } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { ConfirmAction, ItemMenu, RenameForm, useItemMenu } from './ItemMenu'

interface SavedSearchListProps {
  /** The query the list pane shows, to mark the saved search it comes from. */
  currentQuery: string | null
  currentId: number | null
  onOpen(search: SavedSearch): void
}

/**
 * Saved searches with the number of stories that arrived since each was last opened (kept current by the
 * `savedSearchesChanged` event after every import). Opening one runs it and marks its stories seen; each can be
 * renamed, or deleted after one confirmation.
 */
export function SavedSearchList({ currentQuery, currentId, onOpen }: SavedSearchListProps) {
  const { t } = useI18n()
  const saved = useApi(() => api.listSavedSearches(), [], ['savedSearchesChanged', 'libraryChanged'])
  const [problem, setProblem] = useState<string | null>(null)

  const open = async (search: SavedSearch) => {
    onOpen(search)
    try {
      await api.openSavedSearch({ id: search.id })
    } catch (error) {
      setProblem((error as Error).message)
    }
  }

  return (
    <section className="navigation-section" aria-labelledby="saved-searches-heading">
      <h2 id="saved-searches-heading" className="navigation-section__heading">
        {t.savedSearchesHeading}
      </h2>
      {saved.data?.length === 0 && <p className="navigation-section__empty">{t.noSavedSearches}</p>}
      <ul className="navigation">
        {saved.data?.map((search) => {
          const current = currentId === search.id || (currentId === null && currentQuery === search.query)
          return (
            <li key={search.id} className="saved-search">
              <button
                type="button"
                className={`navigation__item saved-search__open${current ? ' navigation__item--active' : ''}`}
                aria-current={current ? 'page' : undefined}
                title={search.query}
                onClick={() => void open(search)}
              >
                <span className="saved-search__name">
                  <bdi>{search.name}</bdi>
                </span>
                {search.alert !== 'off' && (
                  <span className="saved-search__alert" role="img" aria-label={search.alert === 'on' ? t.alertOnBadge : t.alertMutedBadge}>
                    {search.alert === 'on' ? '🔔' : '🔕'}
                  </span>
                )}
                {search.newCount > 0 && <span className="search-badge">{t.newCount(search.newCount)}</span>}
              </button>
              <SavedSearchMenu search={search} onProblem={setProblem} />
            </li>
          )
        })}
      </ul>
      {problem && (
        <p className="navigation-section__problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}

/** ⋯ beside a saved search: rename it (inline field), make it an alert or mute it, or delete it (asks once). */
function SavedSearchMenu({ search, onProblem }: { search: SavedSearch; onProblem(message: string | null): void }) {
  const { t } = useI18n()
  const { mode, setMode, close, run, menu } = useItemMenu<'rename' | 'delete'>(onProblem)
  return (
    <ItemMenu label={t.savedSearchActions(search.name)} className="saved-search__menu" {...menu}>
      {mode === 'menu' && (
        <div className="search-popover__menu">
          <button type="button" autoFocus onClick={() => setMode('rename')}>
            {t.rename}
          </button>
          <AlertChoices search={search} onChoose={(alert) => void run(() => api.setSavedSearchAlert({ id: search.id, alert }))} />
          <button type="button" onClick={() => setMode('delete')}>
            {t.deleteSavedSearch}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <RenameForm
          label={t.renameLabel}
          defaultValue={search.name}
          maxLength={200}
          onRename={(name) => void run(() => api.renameSavedSearch({ id: search.id, name }))}
          onCancel={close}
        />
      )}
      {mode === 'delete' && (
        <ConfirmAction
          message={t.confirmDeleteSavedSearch(search.name)}
          action={t.deleteSavedSearch}
          onConfirm={() => void run(() => api.deleteSavedSearch({ id: search.id }))}
          onCancel={close}
        />
      )}
    </ItemMenu>
  )
}

/** The alert entries of a saved search's menu: the ways out of the state it is in. */
function AlertChoices({ search, onChoose }: { search: SavedSearch; onChoose(alert: AlertMode): void }) {
  const { t } = useI18n()
  const choice = (alert: AlertMode, label: string) => (
    <button key={alert} type="button" onClick={() => onChoose(alert)}>
      {label}
    </button>
  )
  if (search.alert === 'off') return choice('on', t.alertOn)
  return (
    <>
      {search.alert === 'on' ? choice('muted', t.alertMute) : choice('on', t.alertUnmute)}
      {choice('off', t.alertOff)}
    </>
  )
}
