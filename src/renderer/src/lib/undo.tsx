import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react'
import type { UndoTicket } from '../../../shared/contract/organise'
import { useI18n } from '../i18n/I18nProvider'
import { api } from './api'

/** How long the toast stays after an action, unless the pointer or the focus is on it. */
export const UNDO_TOAST_MS = 8000
/** Actions each screen remembers for Ctrl+Z once their toast has gone (the core keeps the last 50 of all). */
const HISTORY_PER_SCREEN = 20

export interface UndoEntry {
  ticket: UndoTicket
  /** What was done, in the interface language: "Tagged 36 stories “Asia”". */
  message: string
  /** The screen the action was made on; only that screen's Ctrl+Z reaches it. */
  screen: string
}

type Toast =
  /** `offered` right after the action; `recalled` by Ctrl+Z once the toast had gone, saying what the next Ctrl+Z undoes. */
  { kind: 'offered' | 'recalled'; entry: UndoEntry } | { kind: 'undone' | 'failed' | 'empty'; text: string }

interface UndoState {
  /** Offers to undo an operation the core can reverse (delete tag, bulk tag, remove link, delete note…). */
  offer(ticket: UndoTicket, message: string): void
}

interface UndoRegistry {
  /** The screen on show (the window as a whole until the app names one). */
  screen: string
  offer(ticket: UndoTicket, message: string, screen: string): void
  setScreen(screen: string): void
}

const RegistryContext = createContext<UndoRegistry | null>(null)

/** The screen on show's history, newest first, and the undo of one of its actions. */
export interface UndoHistory {
  entries: readonly UndoEntry[]
  undo(entry: UndoEntry): void
}

const HistoryContext = createContext<UndoHistory>({ entries: [], undo: () => undefined })

/**
 * Undo, one history per screen. After a reversible operation a toast names it with an Undo button and leaves after
 * a few seconds; Ctrl/⌘+Z (outside a text field) undoes what the toast shows, or, once it has gone, brings back the
 * newest action of the screen on show and names it, so that a second Ctrl+Z undoes it. An action made on another
 * screen is never reached. The core keeps the inverse operations; the interface only holds the tickets.
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  const [screen, setScreen] = useState('window')
  const [toast, setToast] = useState<Toast | null>(null)
  const [held, setHeld] = useState({ pointer: false, focus: false })
  const history = useRef<UndoEntry[]>([])
  // The history lives in a ref (the shortcut reads it as it is); this counts its changes, for what lists it.
  const [historyVersion, historyChanged] = useReducer((version: number) => version + 1, 0)
  const screenRef = useRef(screen)
  screenRef.current = screen

  const registry = useMemo<UndoRegistry>(
    () => ({
      screen,
      offer: (ticket, message, where) => {
        const entry = { ticket, message, screen: where }
        const others = history.current.filter((older) => older.screen !== where)
        const mine = history.current.filter((older) => older.screen === where)
        history.current = [...others, ...mine.slice(-(HISTORY_PER_SCREEN - 1)), entry]
        historyChanged()
        if (where === screenRef.current) setToast({ kind: 'offered', entry })
      },
      setScreen
    }),
    [screen]
  )

  // A toast speaks for the screen it was raised on.
  useEffect(() => setToast(null), [screen])

  const holding = held.pointer || held.focus
  useEffect(() => {
    if (!toast || holding) return
    const timer = window.setTimeout(() => setToast(null), UNDO_TOAST_MS)
    return () => window.clearTimeout(timer)
  }, [toast, holding])

  const undo = useCallback(
    async (entry: UndoEntry) => {
      history.current = history.current.filter((other) => other !== entry)
      historyChanged()
      try {
        await api.undo({ id: entry.ticket.id })
        setToast({ kind: 'undone', text: t.undoneAction(entry.message) })
      } catch (failure) {
        setToast({ kind: 'failed', text: (failure as Error).message })
      }
    },
    [t]
  )

  useEffect(() => {
    const shortcut = (event: KeyboardEvent) => {
      const inText = event.target instanceof HTMLElement && event.target.closest('input, textarea, [contenteditable="true"]')
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey || inText) return
      event.preventDefault()
      const newest = history.current.findLast((entry) => entry.screen === screen)
      if (!newest) setToast({ kind: 'empty', text: t.nothingToUndo })
      else if (toast && 'entry' in toast && toast.entry === newest) void undo(newest)
      else setToast({ kind: 'recalled', entry: newest })
    }
    window.addEventListener('keydown', shortcut)
    return () => window.removeEventListener('keydown', shortcut)
  }, [screen, toast, undo, t])

  const screenHistory = useMemo<UndoHistory>(
    () => ({
      entries: history.current.filter((entry) => entry.screen === screen).reverse(),
      undo: (entry) => void undo(entry)
    }),
    // historyVersion stands for the ref's contents, which the list is made of.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [historyVersion, screen, undo]
  )

  const entry = toast && 'entry' in toast ? toast.entry : null
  return (
    <RegistryContext.Provider value={registry}>
      <HistoryContext.Provider value={screenHistory}>{children}</HistoryContext.Provider>
      {toast && (
        <div
          className={`undo-toast${toast.kind === 'failed' ? ' undo-toast--failed' : ''}`}
          role="status"
          data-testid="undo-toast"
          onPointerEnter={() => setHeld((now) => ({ ...now, pointer: true }))}
          onPointerLeave={() => setHeld((now) => ({ ...now, pointer: false }))}
          onFocus={() => setHeld((now) => ({ ...now, focus: true }))}
          onBlur={(event) =>
            !event.currentTarget.contains(event.relatedTarget as Node | null) && setHeld((now) => ({ ...now, focus: false }))
          }
        >
          <span>{entry ? (toast.kind === 'recalled' ? t.undoRecalled(entry.message) : entry.message) : 'text' in toast && toast.text}</span>
          {entry && (
            <button
              type="button"
              className="toolbar__button"
              aria-label={t.undoNamed(entry.message)}
              title={t.undoHint}
              onClick={() => void undo(entry)}
            >
              {t.undo}
            </button>
          )}
          <button type="button" className="toolbar__button" aria-label={t.close} onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
    </RegistryContext.Provider>
  )
}

/** The screen on show's actions that can still be undone, newest first (the "Recent actions" list). */
export function useUndoHistory(): UndoHistory {
  return useContext(HistoryContext)
}

/** Names the screen on show: its Ctrl+Z is the live one, and actions started from now on belong to it. */
export function useUndoScreen(screen: string): void {
  const setScreen = useContext(RegistryContext)?.setScreen
  useEffect(() => setScreen?.(screen), [setScreen, screen])
}

/**
 * Offers undo for the screen the component was drawn on: an action that completes after the analyst has moved on
 * still belongs to the screen it was made on.
 */
export function useUndo(): UndoState {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useUndo must be used inside <UndoProvider>')
  const { offer, screen } = registry
  return useMemo(() => ({ offer: (ticket, message) => offer(ticket, message, screen) }), [offer, screen])
}
