import { useI18n } from '../../i18n/I18nProvider'

interface MatchNavigatorProps {
  /** 0-based. */
  current: number
  total: number
  onNext(): void
  onPrevious(): void
}

/** "3 of 12" with previous and next: moves between the search's matches in the story (also F3 / Shift+F3, N / Shift+N). */
export function MatchNavigator({ current, total, onNext, onPrevious }: MatchNavigatorProps) {
  const { t, dir } = useI18n()
  // Previous points back against the reading direction, next along it.
  const [back, forward] = dir === 'rtl' ? ['›', '‹'] : ['‹', '›']
  return (
    <div className="match-navigator" role="group" aria-label={t.matchesLabel}>
      <span className="match-navigator__position" role="status" data-testid="match-position">
        {t.matchPosition(current + 1, total)}
      </span>
      <button
        type="button"
        className="reader-button reader-button--small"
        aria-label={t.previousMatch}
        title={t.previousMatch}
        aria-keyshortcuts="Shift+F3"
        onClick={onPrevious}
      >
        {back}
      </button>
      <button
        type="button"
        className="reader-button reader-button--small"
        aria-label={t.nextMatch}
        title={t.nextMatch}
        aria-keyshortcuts="F3"
        onClick={onNext}
      >
        {forward}
      </button>
    </div>
  )
}
