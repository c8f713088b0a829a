/** What the list pane shows. Tags and saved searches are searches (`tag:"…"`, the saved query). */
export type ListView =
  | { kind: 'all' }
  | { kind: 'search'; query: string; savedSearchId?: number }
  | { kind: 'batch' }
  | { kind: 'compare' }
  | { kind: 'imports' }
  | { kind: 'watched' }
  | { kind: 'import'; runId: number }
  | { kind: 'briefings' }
  | { kind: 'briefing'; id: number }

/** The screen a view shows, for undo: Ctrl+Z on one screen never reaches an action made on another. */
export function screenOf(view: ListView): string {
  if (view.kind === 'briefing') return `briefing:${view.id}`
  if (view.kind === 'import') return `import:${view.runId}`
  return view.kind
}
