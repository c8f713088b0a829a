import type { StorySummary } from '../../../../shared/domain'

export interface SearchResultsProps {
  query: string
  selectedId: number | null
  onOpen(story: Pick<StorySummary, 'id' | 'title'>): void
  /** Facets, sort and date controls change the query; the list reports it up. */
  onQueryChange(query: string): void
}

/** Search results in the list pane. (Placeholder: the search interface replaces it.) */
export function SearchResults(_props: SearchResultsProps) {
  return null
}
