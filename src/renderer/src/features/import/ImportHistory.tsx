import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { fileName } from './fileName'

/** Past imports, newest first, each with its totals and failed files; opening one lists its new stories. */
export function ImportHistory({ onOpen }: { onOpen(runId: number): void }) {
  const { t, format } = useI18n()
  const runs = useApi(() => api.listImports({ limit: 100 }), [], ['importFinished'])
  if (!runs.data) return <p className="pane__message">{t.loading}</p>
  if (runs.data.length === 0) return <p className="pane__message">{t.importsEmpty}</p>
  return (
    <ul className="story-list" aria-label={t.importsHeading}>
      {runs.data.map((run) => (
        <li
          key={run.runId}
          className="story-list__item"
          tabIndex={0}
          onClick={() => onOpen(run.runId)}
          onKeyDown={(e) => e.key === 'Enter' && onOpen(run.runId)}
        >
          <span className="story-list__title">{format.date(run.startedAt, 'short')}</span>
          {run.summary && (
            <span className="story-list__meta">
              {t.summaryLine({
                stories: run.summary.stories,
                duplicates: run.summary.duplicates,
                failed: run.summary.failed,
                seconds: run.summary.seconds
              })}
            </span>
          )}
          {run.summary?.files
            .filter((file) => file.error)
            .map((file, index) => (
              <span key={index} className="story-list__meta story-list__meta--error">
                <bdi>{t.problem(file.error!.code, fileName(file.path), file.error!.message)}</bdi>
              </span>
            ))}
        </li>
      ))}
    </ul>
  )
}
