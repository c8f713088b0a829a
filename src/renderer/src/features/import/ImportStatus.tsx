import { useI18n } from '../../i18n/I18nProvider'
import { formatBytes } from '../../lib/format'
import { useImport } from './ImportProvider'

/** The running import in the status bar: counts, bytes, rate, time left, a bar, and Cancel. */
export function ImportStatus() {
  const { t, language } = useI18n()
  const { progress, cancelling, cancel } = useImport()
  if (!progress) return null
  const share = progress.bytesTotal ? Math.min(1, progress.bytesRead / progress.bytesTotal) : null
  return (
    <div className="import-status" data-testid="import-status">
      <span className="import-status__label">{t.importing}</span>
      <progress
        className="import-status__bar"
        max={1}
        {...(share === null ? {} : { value: share })}
        aria-label={t.importing}
      />
      <span>
        {t.importProgress({
          files: progress.filesDone,
          stories: progress.storiesAdded + progress.duplicates,
          bytes: formatBytes(progress.bytesRead, language),
          rate: progress.storiesPerSecond
        })}
        {progress.secondsLeft !== null && ` · ${t.timeLeft(progress.secondsLeft)}`}
      </span>
      <button type="button" className="toolbar__button" onClick={() => void cancel()} disabled={cancelling}>
        {cancelling ? t.cancelling : t.cancelImport}
      </button>
    </div>
  )
}
