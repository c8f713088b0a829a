import { useEffect, useRef } from 'react'
import type { ImportFileResult } from '../../../../shared/contract/imports'
import { useI18n } from '../../i18n/I18nProvider'
import { useImport } from './ImportProvider'

function fileName(path: string): string {
  const [outer, ...members] = path.split(' › ')
  return [outer!.split(/[\\/]/).pop() ?? outer, ...members].join(' › ')
}

/** When an import ends: what came in, what was skipped, what failed and why; a way to see the new stories. */
export function ImportSummaryPanel({ onShowStories }: { onShowStories(runId: number): void }) {
  const { t } = useI18n()
  const { summary, startError, dismissSummary } = useImport()
  const closeButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!summary && !startError) return
    closeButton.current?.focus()
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && dismissSummary()
    window.addEventListener('keydown', escape)
    return () => window.removeEventListener('keydown', escape)
  }, [summary, startError, dismissSummary])

  if (!summary && !startError) return null
  const describe = (file: ImportFileResult) => {
    if (file.error) return t.problem(file.error.code, fileName(file.path), file.error.message)
    if (file.alreadyImported) return `${fileName(file.path)}: ${t.fileAlreadyImported(file.duplicates)}`
    return `${fileName(file.path)}: ${t.fileAdded(file.stories, file.duplicates)}`
  }
  return (
    <section className="import-summary" role="dialog" aria-labelledby="import-summary-title" data-testid="import-summary">
      <header className="import-summary__header">
        <h2 id="import-summary-title">
          {startError || summary?.error ? t.errorTitle : summary?.cancelled ? t.importCancelled : t.importDone}
        </h2>
        <button ref={closeButton} type="button" className="toolbar__button" onClick={dismissSummary}>
          {t.close}
        </button>
      </header>
      {startError && <p role="alert">{startError}</p>}
      {summary?.error && <p role="alert">{t.importFailedWhole(summary.error.message)}</p>}
      {summary && !summary.error && (
        <>
          <p className="import-summary__totals" data-testid="import-summary-totals">
            {t.summaryLine({ stories: summary.stories, duplicates: summary.duplicates, failed: summary.failed, seconds: summary.seconds })}
          </p>
          <ul className="import-summary__files">
            {summary.files.map((file, index) => (
              <li key={index} className={file.error ? 'import-summary__file import-summary__file--failed' : 'import-summary__file'}>
                <bdi>{describe(file)}</bdi>
              </li>
            ))}
          </ul>
          {summary.stories > 0 && (
            <button
              type="button"
              className="toolbar__button toolbar__button--primary"
              onClick={() => {
                onShowStories(summary.runId)
                dismissSummary()
              }}
            >
              {t.showNewStories}
            </button>
          )}
        </>
      )}
    </section>
  )
}
