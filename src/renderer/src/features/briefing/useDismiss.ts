import { useEffect, type RefObject } from 'react'

/** Closes a popup on Escape or on a pointer press outside `container` (which holds the popup and its button). */
export function useDismiss(container: RefObject<HTMLElement | null>, open: boolean, onClose: () => void): void {
  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) onClose()
    }
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      container.current?.querySelector<HTMLElement>('button')?.focus()
      onClose()
    }
    document.addEventListener('pointerdown', outside)
    container.current?.addEventListener('keydown', escape)
    const element = container.current
    return () => {
      document.removeEventListener('pointerdown', outside)
      element?.removeEventListener('keydown', escape)
    }
  }, [container, open, onClose])
}
