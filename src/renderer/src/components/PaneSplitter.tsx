import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react'

const SHARE_KEY = 'marsad.listShare'
/** The results are the main pane: by default they take this share of the width the list and the reader split. */
const DEFAULT_SHARE = 0.58
const MIN_SHARE = 0.25
const MAX_SHARE = 0.8
/** One arrow key press; Page Up/Down move five times as far. */
const STEP = 0.02

const clamp = (share: number) => Math.min(MAX_SHARE, Math.max(MIN_SHARE, share))

function storedShare(): number {
  const stored = Number(localStorage.getItem(SHARE_KEY))
  return Number.isFinite(stored) && stored > 0 ? clamp(stored) : DEFAULT_SHARE
}

/** The share of the list-and-reader width the results take, kept across restarts. */
export function useListShare(): [number, (share: number) => void] {
  const [share, setShare] = useState(storedShare)
  const change = useCallback((next: number) => {
    const kept = clamp(next)
    localStorage.setItem(SHARE_KEY, String(kept))
    setShare(kept)
  }, [])
  return [share, change]
}

interface PaneSplitterProps {
  label: string
  /** The id of the pane it resizes (the results). */
  controls: string
  share: number
  onShareChange(share: number): void
}

/**
 * The bar between the results and the reader. Drag it, or focus it and use ←/→ (mirrored in Arabic, so an arrow
 * moves the bar the way it points), Page Up/Down for bigger steps, Home/End for the limits.
 */
export function PaneSplitter({ label, controls, share, onShareChange }: PaneSplitterProps) {
  const rightToLeft = () => document.documentElement.dir === 'rtl'

  /** The share at a pointer position: how far along the list's start edge to the reader's end edge it is. */
  const shareAt = (splitter: HTMLElement, clientX: number): number | null => {
    const list = document.getElementById(controls)
    const reader = splitter.nextElementSibling
    if (!list || !reader) return null
    const [from, to] = rightToLeft()
      ? [list.getBoundingClientRect().right, reader.getBoundingClientRect().left]
      : [list.getBoundingClientRect().left, reader.getBoundingClientRect().right]
    return (clientX - from) / (to - from)
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault()
    event.currentTarget.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId)) return
    const next = shareAt(event.currentTarget, event.clientX)
    if (next !== null) onShareChange(next)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // → moves the bar rightwards: the results grow when they are on the left (English), shrink on the right (Arabic).
    const towardsRight = rightToLeft() ? -1 : 1
    const steps: Record<string, number> = { ArrowRight: towardsRight, ArrowLeft: -towardsRight, PageUp: 5, PageDown: -5 }
    if (event.key in steps) onShareChange(share + steps[event.key]! * STEP)
    else if (event.key === 'Home') onShareChange(MIN_SHARE)
    else if (event.key === 'End') onShareChange(MAX_SHARE)
    else return
    event.preventDefault()
  }

  return (
    <div
      className="pane-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={Math.round(share * 100)}
      aria-valuemin={Math.round(MIN_SHARE * 100)}
      aria-valuemax={Math.round(MAX_SHARE * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onKeyDown={onKeyDown}
    />
  )
}
