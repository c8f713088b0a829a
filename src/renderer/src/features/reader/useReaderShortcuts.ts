import { useEffect, useRef, type RefObject } from 'react'

export interface ReaderCommands {
  openTagPicker(): void
  openLinkDialog(): void
  nextMatch(): void
  previousMatch(): void
}

const isTyping = (target: Element) => target.closest('input, textarea, select, [contenteditable="true"]') !== null

/**
 * The reader's keys (docs/interface.md): T tag, L link, F3 / Shift+F3 and N / Shift+N next and previous match. F3 works
 * anywhere; the letters only while the reader has the focus (or nothing has), outside text fields and dialogs,
 * so that the list's own T (tag the selection) and typing stay theirs. Letters are read by their key position
 * (KeyT…), so they work on an Arabic keyboard too.
 */
export function useReaderShortcuts(root: RefObject<HTMLElement | null>, commands: ReaderCommands): void {
  const latest = useRef(commands)
  useEffect(() => {
    latest.current = commands
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target instanceof Element ? event.target : document.body
      if (event.key === 'F3') {
        event.preventDefault()
        if (event.shiftKey) latest.current.previousMatch()
        else latest.current.nextMatch()
        return
      }
      const inReader = target === document.body || (root.current?.contains(target) ?? false)
      if (!inReader || isTyping(target) || target.closest('dialog, [role="dialog"]')) return
      const command =
        event.code === 'KeyT' && !event.shiftKey
          ? latest.current.openTagPicker
          : event.code === 'KeyL' && !event.shiftKey
            ? latest.current.openLinkDialog
            : event.code === 'KeyN'
              ? event.shiftKey
                ? latest.current.previousMatch
                : latest.current.nextMatch
              : null
      if (!command) return
      // Keep the letter from being typed into the field the command opens.
      event.preventDefault()
      command()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [root])
}
