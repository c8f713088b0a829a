/**
 * Keyboard hand-over between the search box (in the toolbar) and the result list (in the list pane), which live
 * in different parts of the window: ↓ in the box goes to the results, Esc in the results comes back to the box.
 * Each registers the element it wants focused while it is mounted.
 */
type FocusTarget = 'box' | 'results'

const targets = new Map<FocusTarget, () => void>()

export function registerFocusTarget(target: FocusTarget, focus: () => void): () => void {
  targets.set(target, focus)
  return () => {
    if (targets.get(target) === focus) targets.delete(target)
  }
}

/** Focuses the target; false when it is not on screen. */
export function focusTarget(target: FocusTarget): boolean {
  const focus = targets.get(target)
  focus?.()
  return focus !== undefined
}
