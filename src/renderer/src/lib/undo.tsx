import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { UndoTicket } from '../../../shared/contract/organise'
import { useI18n } from '../i18n/I18nProvider'
import { api } from './api'

interface UndoState {
  /** Offers to undo an operation the core can reverse (delete tag, bulk tag, remove link, delete note…). */
  offer(ticket: UndoTicket, message: string): void
}

const UndoContext = createContext<UndoState | null>(null)

/**
 * The undo toast: the last reversible operation, with an Undo button and Ctrl/⌘+Z, until it is replaced or
 * dismissed. The core keeps the inverse operation; the interface only holds the ticket.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const [current, setCurrent] = useState<{ ticket: UndoTicket; message: string } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const undo = useCallback(async () => {
    if (!current) return
    setCurrent(null)
    try {
      await api.undo({ id: current.ticket.id })
    } catch (failure) {
      setError((failure as Error).message)
    }
  }, [current])

  useEffect(() => {
    const shortcut = (event: KeyboardEvent) => {
      const inText = event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]')
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey && !inText && current) {
        event.preventDefault()
        void undo()
      }
    }
    window.addEventListener('keydown', shortcut)
    return () => window.removeEventListener('keydown', shortcut)
  }, [current, undo])

  const value = useMemo<UndoState>(() => ({ offer: (ticket, message) => (setError(null), setCurrent({ ticket, message })) }), [])
  return (
    <UndoContext.Provider value={value}>
      {children}
      {(current || error) && (
        <div className="undo-toast" role="status" data-testid="undo-toast">
          <span>{error ?? current!.message}</span>
          {current && (
            <button type="button" className="toolbar__button" onClick={() => void undo()} title={t.undoHint}>
              {t.undo}
            </button>
          )}
          <button type="button" className="toolbar__button" aria-label={t.close} onClick={() => (setCurrent(null), setError(null))}>
            ×
          </button>
        </div>
      )}
    </UndoContext.Provider>
  )
}

export function useUndo(): UndoState {
  const context = useContext(UndoContext)
  if (!context) throw new Error('useUndo must be used inside <UndoProvider>')
  return context
}
