import { useCallback, useEffect, useState } from 'react'
import type { SearchHit } from '../../../../shared/contract/search'

/** The stories a bulk action applies to: some rows, or every story the query finds (however many). */
export type ResultSelection = { kind: 'rows'; ids: ReadonlySet<number> } | { kind: 'all' }

const nothing: ResultSelection = { kind: 'rows', ids: new Set() }

export interface ResultSelectionState {
  selection: ResultSelection
  /** The row the keyboard is on (the listbox's active option), or null before the first move. */
  cursor: number | null
  isSelected(id: number): boolean
  count(total: number): number
  /** Moves the cursor; `extend` selects the rows from the anchor to it (Shift+arrows, Shift+click). */
  moveTo(index: number, extend: boolean): void
  /** Adds the row to the selection or takes it away (Space, Ctrl+click). */
  toggle(index: number): void
  selectAll(): void
  clear(): void
}

/**
 * Multi-selection in the result list, following the WAI-ARIA listbox model: arrows move the cursor, Space toggles,
 * Shift extends from the anchor, Ctrl+A selects all. A range covers the rows whose page has loaded (the rows on
 * screen); "all" is the whole result, however much of it is loaded. Starts empty for every new search.
 */
export function useResultSelection(hitAt: (index: number) => SearchHit | undefined, listKey: string): ResultSelectionState {
  const [selection, setSelection] = useState<ResultSelection>(nothing)
  const [cursor, setCursor] = useState<number | null>(null)
  const [anchor, setAnchor] = useState<number | null>(null)

  useEffect(() => {
    setSelection(nothing)
    setCursor(null)
    setAnchor(null)
  }, [listKey])

  const idsBetween = useCallback(
    (from: number, to: number) => {
      const ids = new Set<number>()
      for (let index = Math.min(from, to); index <= Math.max(from, to); index++) {
        const hit = hitAt(index)
        if (hit) ids.add(hit.id)
      }
      return ids
    },
    [hitAt]
  )

  const moveTo = useCallback(
    (index: number, extend: boolean) => {
      setCursor(index)
      if (extend) {
        const from = anchor ?? cursor ?? index
        setAnchor(from)
        setSelection({ kind: 'rows', ids: idsBetween(from, index) })
      } else {
        setAnchor(index)
      }
    },
    [anchor, cursor, idsBetween]
  )

  const toggle = useCallback(
    (index: number) => {
      const hit = hitAt(index)
      setCursor(index)
      setAnchor(index)
      if (!hit) return
      setSelection((previous) => {
        const ids = new Set(previous.kind === 'rows' ? previous.ids : [])
        if (ids.has(hit.id)) ids.delete(hit.id)
        else ids.add(hit.id)
        return { kind: 'rows', ids }
      })
    },
    [hitAt]
  )

  return {
    selection,
    cursor,
    isSelected: (id) => selection.kind === 'all' || selection.ids.has(id),
    count: (total) => (selection.kind === 'all' ? total : selection.ids.size),
    moveTo,
    toggle,
    selectAll: useCallback(() => setSelection({ kind: 'all' }), []),
    clear: useCallback(() => setSelection(nothing), [])
  }
}
