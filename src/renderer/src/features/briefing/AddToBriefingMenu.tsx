import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { BriefingSummary } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { useBriefingProblem } from './problems'
import { selectedPassage } from './selection'
import { useDismiss } from './useDismiss'

const LAST_BRIEFING_KEY = 'marsad.lastBriefing'

/** The briefings, the one last added to first: how every "add to a briefing" offers them. */
export function lastUsedFirst(list: BriefingSummary[]): BriefingSummary[] {
  const last = Number(localStorage.getItem(LAST_BRIEFING_KEY))
  return [...list.filter((briefing) => briefing.id === last), ...list.filter((briefing) => briefing.id !== last)]
}

/** Remembers the briefing added to, to offer it first next time. */
export const rememberBriefing = (id: number): void => localStorage.setItem(LAST_BRIEFING_KEY, String(id))

export interface AddToBriefingMenuProps {
  storyIds: readonly number[]
  /** Where a selected passage counts as the excerpt (the reader's body); without it, no excerpt is taken. */
  excerptFrom?: () => HTMLElement | null
  /** B opens the menu while the focus is inside this element (or nowhere). */
  shortcutScope?: RefObject<HTMLElement | null>
}

const isTyping = (target: Element) => target.closest('input, textarea, select, [contenteditable="true"]') !== null

/**
 * "Add to briefing ▾": the briefings (the last one used first) and a field for a new one. Adds the stories, with the
 * passage selected in the reader as their excerpt; the toast that follows offers Undo. B opens it from the keyboard.
 */
export function AddToBriefingMenu({ storyIds, excerptFrom, shortcutScope }: AddToBriefingMenuProps) {
  const { t } = useI18n()
  const undo = useUndo()
  const problemText = useBriefingProblem()
  const container = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [briefings, setBriefings] = useState<BriefingSummary[] | null>(null)
  const [excerpt, setExcerpt] = useState<string | null>(null)
  const [newTitle, setNewTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(container, open, close)

  const openMenu = useCallback(() => {
    setExcerpt(excerptFrom ? selectedPassage(excerptFrom()) : null)
    setProblem(null)
    setNewTitle('')
    setOpen(true)
    api.listBriefings().then(
      (list) => setBriefings(lastUsedFirst(list)),
      (error: unknown) => setProblem(problemText('list', error))
    )
  }, [excerptFrom, problemText])

  useEffect(() => {
    if (!shortcutScope) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.code !== 'KeyB') return
      const target = event.target instanceof Element ? event.target : document.body
      const inScope = target === document.body || (shortcutScope.current?.contains(target) ?? false)
      if (!inScope || isTyping(target) || target.closest('dialog, [role="dialog"]')) return
      event.preventDefault()
      openMenu()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [shortcutScope, openMenu])

  const addTo = async (briefing: { id: number; title: string } | null) => {
    setBusy(true)
    setProblem(null)
    try {
      const target = briefing ?? (await api.createBriefing({ title: newTitle }))
      const added = await api.addToBriefing({ briefingId: target.id, storyIds: [...storyIds], ...(excerpt ? { excerpt } : {}) })
      rememberBriefing(target.id)
      undo.offer(added.undo, t.briefingAdded(added.itemIds.length, added.briefing.title, added.skippedStoryIds.length))
      setOpen(false)
      container.current?.querySelector<HTMLElement>('button')?.focus()
    } catch (error) {
      setProblem(problemText(briefing ? 'add' : 'create', error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div ref={container} className="add-to-briefing">
      <button
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        title={t.briefingAddToHint}
        onClick={() => (open ? close() : openMenu())}
        disabled={storyIds.length === 0}
      >
        {t.briefingAddTo} ▾
      </button>
      {open && (
        <div className="add-to-briefing__panel" role="dialog" aria-label={t.briefingAddToLabel}>
          <p className="add-to-briefing__heading">{t.briefingAddToLabel}</p>
          {excerpt && <p className="add-to-briefing__note">{t.briefingAddWithExcerpt}</p>}
          {briefings === null ? (
            !problem && <p className="add-to-briefing__note">{t.loading}</p>
          ) : briefings.length === 0 ? (
            <p className="add-to-briefing__note">{t.briefingAddEmptyList}</p>
          ) : (
            <ul className="add-to-briefing__list">
              {briefings.map((briefing, index) => (
                <li key={briefing.id}>
                  <button type="button" dir="auto" autoFocus={index === 0} disabled={busy} onClick={() => void addTo(briefing)}>
                    {briefing.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="add-to-briefing__new"
            onSubmit={(event) => {
              event.preventDefault()
              if (newTitle.trim()) void addTo(null)
            }}
          >
            <label>
              <span>{t.briefingAddToNewLabel}</span>
              <input
                dir="auto"
                value={newTitle}
                autoFocus={briefings?.length === 0}
                onChange={(event) => setNewTitle(event.target.value)}
              />
            </label>
            <button type="submit" disabled={busy || newTitle.trim() === ''}>
              {t.briefingCreate}
            </button>
          </form>
          {problem && (
            <p className="add-to-briefing__problem" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
