import { useEffect, useRef, useState } from 'react'
import type { ImportFileResult } from '../../../../shared/contract/imports'
import { useI18n } from '../../i18n/I18nProvider'
import { ColumnMappingForm } from './ColumnMappingForm'
import { fileName } from './fileName'
import { useImport } from './ImportProvider'

/** The summary's groups, failures first: an analyst must not have to find one red line after 120 successes. */
interface FileGroups {
  failed: ImportFileResult[]
  added: ImportFileResult[]
  /** Nothing new: the file was imported before, or every story of it was in the library already. */
  known: ImportFileResult[]
}

function groupFiles(files: ImportFileResult[]): FileGroups {
  const groups: FileGroups = { failed: [], added: [], known: [] }
  for (const file of files) {
    if (file.error) groups.failed.push(file)
    else if (file.stories === 0 && (file.alreadyImported || file.duplicates > 0)) groups.known.push(file)
    else groups.added.push(file)
  }
  return groups
}

/** A failed file's way to say which column is which: a button that opens the mapping form under it. */
function ColumnMappingToggle({ path, columns }: { path: string; columns: string[] }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <div className="import-summary__columns">
      <button type="button" className="toolbar__button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.chooseColumns}
      </button>
      {open && <ColumnMappingForm path={path} columns={columns} />}
    </div>
  )
}

/** When an import ends: what failed and why (first, counted at the top), what came in, what was there already; a way to see the new stories. */
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
    if (file.error?.columns) return t.unknownColumns(fileName(file.path), file.error.columns, file.error.message)
    if (file.error) return t.problem(file.error.code, fileName(file.path), file.error.message)
    if (file.alreadyImported) return `${fileName(file.path)}: ${t.fileAlreadyImported(file.duplicates)}`
    if (file.stories === 0 && file.duplicates > 0) return `${fileName(file.path)}: ${t.fileAllKnown(file.duplicates)}`
    return `${fileName(file.path)}: ${t.fileAdded(file.stories, file.duplicates)}`
  }
  const groups = summary ? groupFiles(summary.files) : null
  const group = (files: ImportFileResult[], title: string, testId: string, failed = false) =>
    files.length > 0 && (
      <section className="import-summary__group" data-testid={testId} aria-labelledby={`${testId}-title`}>
        <h3 id={`${testId}-title`} className="import-summary__group-title">
          {title}
        </h3>
        <ul className="import-summary__files">
          {files.map((file, index) => (
            <li key={index} className={failed ? 'import-summary__file import-summary__file--failed' : 'import-summary__file'}>
              <bdi>{describe(file)}</bdi>
              {file.passedOver && <p className="import-summary__passed-over">{t.passedOver(file.passedOver)}</p>}
              {file.error?.columns && <ColumnMappingToggle path={file.path} columns={file.error.columns} />}
            </li>
          ))}
        </ul>
      </section>
    )
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
      {summary && groups && !summary.error && (
        <>
          {groups.failed.length > 0 && (
            <p className="import-summary__failed-count" role="alert" data-testid="import-summary-failed">
              {t.filesNotImported(groups.failed.length)}
            </p>
          )}
          <p className="import-summary__totals" data-testid="import-summary-totals">
            {t.summaryLine({ stories: summary.stories, duplicates: summary.duplicates, failed: summary.failed, seconds: summary.seconds })}
          </p>
          {group(groups.failed, t.summaryFailedGroup(groups.failed.length), 'import-summary-failed-files', true)}
          {group(groups.added, t.summaryAddedGroup(groups.added.length), 'import-summary-added-files')}
          {group(groups.known, t.summaryKnownGroup(groups.known.length), 'import-summary-known-files')}
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
