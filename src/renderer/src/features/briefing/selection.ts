/** The passage selected inside `container` (the reader's or the editor's story text), trimmed; null when there is none. */
export function selectedPassage(container: HTMLElement | null): string | null {
  const selection = window.getSelection()
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  if (!container.contains(selection.getRangeAt(0).commonAncestorContainer)) return null
  const text = selection.toString().trim()
  return text === '' ? null : text
}
