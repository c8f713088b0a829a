export interface BatchSearchProps {
  onOpen(storyId: number, query: string): void
}

/** A watch-list of queries run at once, exportable to CSV. (Placeholder.) */
export function BatchSearch(_props: BatchSearchProps) {
  return null
}
