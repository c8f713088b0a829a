import { useState } from 'react'
import { Popover } from '../features/search/Popover'
import { useI18n } from '../i18n/I18nProvider'
import { useUndoHistory } from '../lib/undo'

/**
 * The screen's recent actions that can still be undone, newest first, each with its Undo: where an action stays
 * reachable once its toast has gone, for the analyst who does not know Ctrl+Z. Only this screen's actions are
 * listed, as only they are Ctrl+Z's.
 */
export function RecentActions() {
  const { t } = useI18n()
  const { entries, undo } = useUndoHistory()
  const [open, setOpen] = useState(false)
  const shown = open && entries.length > 0
  return (
    <div className="search-popover-anchor recent-actions">
      <button
        type="button"
        className="status-bar__button"
        aria-expanded={shown}
        disabled={entries.length === 0}
        title={t.undoHint}
        onClick={() => setOpen(!open)}
      >
        {t.recentActions(entries.length)}
      </button>
      {shown && (
        <Popover label={t.recentActionsHeading} onClose={() => setOpen(false)}>
          <ol className="recent-actions__list" aria-label={t.recentActionsHeading}>
            {entries.map((entry, index) => (
              <li key={entry.ticket.id}>
                <span>{entry.message}</span>
                <button
                  type="button"
                  autoFocus={index === 0}
                  aria-label={t.undoNamed(entry.message)}
                  onClick={() => {
                    setOpen(false)
                    undo(entry)
                  }}
                >
                  {t.undo}
                </button>
              </li>
            ))}
          </ol>
        </Popover>
      )}
    </div>
  )
}
