import { useCallback, useEffect, useRef, useState } from 'react'

/** How long after the last keystroke an edit is saved. */
export const AUTOSAVE_DELAY_MS = 600

export interface Autosave {
  value: string
  onChange(value: string): void
  /** Saves now what is waiting (on blur, before the field goes away). */
  flush(): void
}

/**
 * A text field that saves as the analyst types: the field shows a local draft, sent `AUTOSAVE_DELAY_MS` after the
 * last change, on blur and when the field goes away. While nothing is waiting, the field follows `saved` (another
 * window's edit, an undo).
 */
export function useAutosave(saved: string, save: (value: string) => void): Autosave {
  const [draft, setDraft] = useState(saved)
  const waiting = useRef<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latestSave = useRef(save)
  useEffect(() => {
    latestSave.current = save
  })

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (waiting.current === null) return
    const value = waiting.current
    waiting.current = null
    latestSave.current(value)
  }, [])

  useEffect(() => {
    if (waiting.current === null) setDraft(saved)
  }, [saved])

  useEffect(() => flush, [flush])

  const onChange = useCallback(
    (value: string) => {
      setDraft(value)
      waiting.current = value
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS)
    },
    [flush]
  )

  return { value: draft, onChange, flush }
}
