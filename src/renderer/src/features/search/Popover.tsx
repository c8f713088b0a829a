import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'

interface PopoverProps {
  /** The dialog's accessible name. */
  label: string
  onClose(): void
  children: ReactNode
  className?: string
}

/** Space kept between the panel and the window's edges, and between the panel and its control. */
const MARGIN = 8
const GAP = 4

/**
 * Places the panel under its control, its start edge on the control's (the right edge in Arabic), moved back
 * inside the window when it would overflow. Fixed positioning lets it escape the scrolling pane it belongs to.
 */
function place(panel: HTMLElement, anchor: HTMLElement): void {
  const control = anchor.getBoundingClientRect()
  const { offsetWidth: width, offsetHeight: height } = panel
  const fromStart = getComputedStyle(anchor).direction === 'rtl' ? window.innerWidth - control.right : control.left
  const inline = Math.max(MARGIN, Math.min(fromStart, window.innerWidth - width - MARGIN))
  const below = control.bottom + GAP
  const block = below + height > window.innerHeight - MARGIN && control.top - GAP - height > MARGIN ? control.top - GAP - height : below
  panel.style.insetInlineStart = `${inline}px`
  panel.style.insetBlockStart = `${block}px`
}

/**
 * A small non-modal panel under the control that opened it (place both in an element with class
 * `search-popover-anchor`). Esc closes it and gives focus back to the anchor's first button; so does a click
 * outside the anchor. The content decides where focus starts (autoFocus on its first field).
 */
export function Popover({ label, onClose, children, className }: PopoverProps) {
  const panel = useRef<HTMLDivElement>(null)
  const anchorOf = () => panel.current?.closest<HTMLElement>('.search-popover-anchor') ?? null

  useLayoutEffect(() => {
    const reposition = () => {
      const anchor = anchorOf()
      if (panel.current && anchor) place(panel.current, anchor)
    }
    reposition()
    window.addEventListener('resize', reposition)
    window.addEventListener('scroll', reposition, true)
    return () => {
      window.removeEventListener('resize', reposition)
      window.removeEventListener('scroll', reposition, true)
    }
  })

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const anchor = anchorOf()
      if (anchor && !anchor.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [onClose])

  return (
    <div
      ref={panel}
      role="dialog"
      aria-label={label}
      className={`search-popover${className ? ` ${className}` : ''}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        anchorOf()?.querySelector<HTMLElement>('button')?.focus()
        onClose()
      }}
    >
      {children}
    </div>
  )
}
