import { useI18n } from '../../i18n/I18nProvider'
import { formatBytes } from '../../lib/format'
import { fileName } from './fileName'
import { useImport } from './ImportProvider'

/**
 * The running import in the status bar: files done of files found, stories, bytes, rate, time left (once it has a
 * basis), the file being read with its stories so far (one big file can be most of an import), a bar, and Cancel.
 */
export function ImportStatus() {
  const { t, language } = useI18n()
  const { progress, cancelling, cancel } = useImport()
  if (!progress) return null
  const share = progress.bytesTotal ? Math.min(1, progress.bytesRead / progress.bytesTotal) : null
  return (
    <div className="import-status" data-testid="import-status">
      <span className="import-status__label">{t.importing}</span>
      <progress className="import-status__bar" max={1} {...(share === null ? {} : { value: share })} aria-label={t.importing} />
      <span>
        {t.importProgress({
          filesDone: progress.filesDone,
          filesTotal: progress.filesTotal,
          stories: progress.storiesAdded + progress.duplicates,
          bytes: formatBytes(progress.bytesRead, language),
          rate: progress.storiesPerSecond
        })}
        {progress.secondsLeft !== null && ` · ${t.timeLeft(progress.secondsLeft)}`}
      </span>
      {progress.currentFile && progress.currentFileStories > 0 && (
        <bdi className="import-status__file" data-testid="import-current-file">
          {t.importCurrentFile({ file: fileName(progress.currentFile), stories: progress.currentFileStories })}
        </bdi>
      )}
      <button type="button" className="toolbar__button" onClick={() => void cancel()} disabled={cancelling}>
        {cancelling ? t.cancelling : t.cancelImport}
      </button>
    </div>
  )
}
