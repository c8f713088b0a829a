import { useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { Popover } from './Popover'

/** A default name: the query itself, shortened (the analyst can change it before saving). */
const MAX_DEFAULT_NAME = 60

/**
 * ⭐ Save: names the current query and saves it; its new stories are then counted after every import. A query
 * already saved says under which name instead.
 */
export function SaveSearchButton({ query }: { query: string }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const saved = useApi(() => api.listSavedSearches(), [], ['savedSearchesChanged'])
  const existing = saved.data?.find((search) => search.query === query.trim())

  if (existing) {
    return (
      <span className="search-header__saved" role="status">
        ★ {t.alreadySaved(existing.name)}
      </span>
    )
  }

  const save = async (name: string) => {
    try {
      await api.saveSearch({ name, query: query.trim() })
      setOpen(false)
    } catch (error) {
      setProblem(t.saveFailed((error as Error).message))
    }
  }

  return (
    <div className="search-popover-anchor">
      <button
        type="button"
        className="search-header__control"
        aria-label={t.saveSearch}
        title={t.saveSearchHint}
        aria-expanded={open}
        onClick={() => (setOpen(!open), setProblem(null))}
      >
        ⭐ {t.saveSearchShort}
      </button>
      {open && (
        <Popover label={t.saveSearch} onClose={() => setOpen(false)}>
          <form
            className="save-search"
            onSubmit={(event) => {
              event.preventDefault()
              void save(String(new FormData(event.currentTarget).get('name') ?? ''))
            }}
          >
            <label>
              {t.savedSearchName}
              <input autoFocus name="name" dir="auto" required maxLength={200} defaultValue={query.trim().slice(0, MAX_DEFAULT_NAME)} />
            </label>
            {problem && (
              <p className="save-search__problem" role="alert">
                {problem}
              </p>
            )}
            <div className="save-search__buttons">
              <button type="submit" className="toolbar__button--primary">
                {t.save}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t.cancel}
              </button>
            </div>
          </form>
        </Popover>
      )}
    </div>
  )
}
