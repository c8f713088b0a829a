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
