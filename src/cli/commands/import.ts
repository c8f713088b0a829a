import type { ImportAlert } from '../../shared/contract/alerts'
import {
  MAPPABLE_FIELDS,
  type ColumnMapping,
  type ImportFileResult,
  type ImportProgress,
  type ImportSummary,
  type MappableField
} from '../../shared/contract/imports'
import { UsageError, type CliCommand, type CliContext } from '../command'
import { formatBytes } from '../format'
import { plural } from './organiseArgs'

/** One file's result as scripts read it (`marsad import --json`, and each line of `marsad watch run --json`). */
export function fileJson(file: ImportFileResult) {
  return {
    path: file.path,
    kind: file.kind,
    encoding: file.encoding,
    stories: file.stories,
    duplicates: file.duplicates,
    alreadyImported: file.alreadyImported,
    error: file.error?.message ?? null,
    errorCode: file.error?.code ?? null,
    // A web archive's records that are not pages, by why ({"request": 2, "not-page": 14…}); {} for other files.
    passedOver: file.passedOver ?? {}
  }
}

/** An alert as scripts read it, to mail it on: the saved search's name, how many new stories, which. */
export function alertJson(alert: ImportAlert) {
  return { savedSearch: alert.savedSearch, new: alert.new, storyIds: alert.storyIds }
}

/** The JSON scripts rely on: one object for the whole import. */
function toJson(summary: ImportSummary, alerts: ImportAlert[]) {
  return {
    alerts: alerts.map(alertJson),
    files: summary.files.map(fileJson),
    stories: summary.stories,
    duplicates: summary.duplicates,
    failed: summary.failed,
    seconds: summary.seconds
  }
}

/** One file's result as a line of plain output. */
export function describeFile(file: ImportFileResult): string {
  if (file.error) return `  ✗ ${file.error.message}`
  if (file.alreadyImported) return `  = ${file.path}: imported before; nothing added (${file.duplicates} stories already in the library).`
  const duplicates = file.duplicates ? `, ${file.duplicates} already in the library` : ''
  const passedOver = file.passedOver
    ? `; passed over: ${Object.entries(file.passedOver)
        .map(([why, count]) => `${why} ${count}`)
        .join(', ')}`
    : ''
  return `  ✓ ${file.path} (${file.kind}, ${file.encoding}): ${file.stories} new ${file.stories === 1 ? 'story' : 'stories'}${duplicates}${passedOver}`
}

/** An alert as a line of plain output. */
export function describeAlert(alert: ImportAlert): string {
  return `  ! ${alert.savedSearch}: ${alert.new} new ${alert.new === 1 ? 'story' : 'stories'} (first: ${alert.firstTitle})`
}

function describe(summary: ImportSummary, alerts: ImportAlert[]): string {
  return [
    ...summary.files.map(describeFile),
    ...alerts.map(describeAlert),
    `${plural(summary.stories, 'story', 'stories')} added, ${plural(summary.duplicates, 'duplicate', 'duplicates')} skipped, ${plural(summary.failed, 'file', 'files')} failed, in ${summary.seconds.toFixed(1)} s.`
  ].join('\n')
}

const FIELD_ASSIGNMENT = new RegExp(`^\\s*(${MAPPABLE_FIELDS.join('|')})\\s*=(.*)$`)

/** `title=Headline,body=Story text`: split before each `field=`, so a column's name may hold a comma. */
export function parseColumns(text: string): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const part of text.split(new RegExp(`,(?=\\s*(?:${MAPPABLE_FIELDS.join('|')})\\s*=)`))) {
    const match = FIELD_ASSIGNMENT.exec(part)
    const column = match?.[2]!.trim()
    if (!match || !column)
      throw new UsageError(
        `--columns takes field=column pairs separated by commas (fields: ${MAPPABLE_FIELDS.join(', ')}); "${part}" is not one.`
      )
    mapping[match[1] as MappableField] = column
  }
  if (!mapping.title && !mapping.body) throw new UsageError('--columns must name the title column or the text column (title=… or body=…).')
  return mapping
}

/** Waits for the job started through the contract and returns its summary. */
function awaitSummary(context: CliContext, jobId: string, showProgress: boolean): Promise<ImportSummary> {
  return new Promise((resolve) => {
    const stop = context.core().onEvent((event, payload) => {
      if (event === 'importProgress' && showProgress) {
        const p = payload as ImportProgress
        const share = p.bytesTotal ? ` ${Math.round((100 * p.bytesRead) / p.bytesTotal)}%` : ''
        const files = p.filesTotal === null ? `${p.filesDone} files` : `${p.filesDone} of ${p.filesTotal} files`
        process.stderr.write(
          `\r${files}, ${p.storiesAdded} stories, ${formatBytes(p.bytesRead)}${share}, ${Math.round(p.storiesPerSecond)}/s   `
        )
      }
      if (event === 'importFinished' && (payload as ImportSummary).jobId === jobId) {
        stop()
        if (showProgress) process.stderr.write('\r\x1b[K')
        resolve(payload as ImportSummary)
      }
    })
  })
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import dump files, folders and zips into the library',
  usage: 'marsad import <path>… [--columns title=COLUMN,body=COLUMN,…] [--library FILE] [--json]',
  options: { columns: { type: 'string' } },
  details: [
    'Each file is imported whole or not at all. A file imported before (same content) adds nothing;',
    'a story the library already holds (same URL, or same source, title and body) is recorded as',
    "another sighting; another outlet's copy is a story of its own. Exit code 0 when every file",
    'imported, 1 when any failed (the others are still imported). Saved searches that are alerts and match',
    'stories the import added are listed after it; with --json as "alerts": [{"savedSearch", "new", "storyIds"}].',
    '--columns says which column of a CSV export is which when Marsad does not recognise its header, e.g.',
    '--columns "title=Headline,body=Story text,date=Day,source=Outlet,url=Address" (fields: title, body, date,',
    'source, url; title or body at least). It applies to each CSV of the import whose header has those columns.'
  ].join('\n'),
  async run(context, paths, values) {
    if (paths.length === 0) throw new UsageError('name at least one file, folder or zip to import.')
    const columns = typeof values['columns'] === 'string' ? parseColumns(values['columns']) : undefined
    const showProgress = !context.json && process.stderr.isTTY === true
    const { jobId } = await context.call('importPaths', { paths, ...(columns ? { columns } : {}) })
    const summary = await awaitSummary(context, jobId, showProgress)
    if (summary.error) throw new Error(summary.error.message)
    // Alerts that are on; a muted one is only counted, in the app.
    const alerts =
      summary.runId > 0 ? (await context.call('importAlerts', { runId: summary.runId })).filter((alert) => alert.alert === 'on') : []
    if (context.json) context.io.stdout(JSON.stringify(toJson(summary, alerts)))
    else context.io.stdout(describe(summary, alerts))
    // What the import left for later (mergeIndexes) is done before the command ends, as the app does once idle.
    if (showProgress) process.stderr.write('Merging the indexes…')
    await context.core().imports.idle()
    if (showProgress) process.stderr.write('\r\x1b[K')
    return summary.failed > 0 ? 1 : 0
  }
}
