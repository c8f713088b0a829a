import { ImportStatus } from '../features/import/ImportStatus'
import { useI18n } from '../i18n/I18nProvider'
import { api } from '../lib/api'
import { useApi } from '../lib/useApi'
import { RecentActions } from './RecentActions'

/** The library at a glance: where it lives and how many stories it holds. */
export function StatusBar() {
  const { t } = useI18n()
  const info = useApi(() => api.libraryInfo(), [], ['libraryChanged'])
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      {info.data && (
        <>
          <span className="status-bar__count" data-testid="story-count">
            {t.storyCount(info.data.storyCount)}
          </span>
          <span className="status-bar__path" title={info.data.path}>
            {t.libraryLabel}: <bdi dir="ltr">{info.data.path}</bdi>
          </span>
          {info.data.readOnly && (
            <span
              className="status-bar__read-only"
              data-testid="read-only-badge"
              role="note"
              tabIndex={0}
              title={t.readOnlyExplanation(info.data.readOnly.code, info.data.readOnly.message)}
              aria-description={t.readOnlyExplanation(info.data.readOnly.code, info.data.readOnly.message)}
            >
              {t.readOnlyBadge(info.data.readOnly.code)}
            </span>
          )}
        </>
      )}
      {info.error && <span className="status-bar__error">{info.error.message}</span>}
      <ImportStatus />
      <RecentActions />
    </footer>
  )
}
