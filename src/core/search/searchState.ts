import { SavedSearchRepository, SearchRepository, type FacetRow, type Library } from '../library'
import { FacetTable } from './facetTable'
import { Vocabulary } from './vocabulary'

/**
 * What search keeps per open library: its repositories and the vocabulary, loaded on first need and kept in
 * step with arriving stories. Held in a WeakMap, so that it goes away with the Library object when the app
 * switches libraries.
 */
export class SearchState {
  readonly repository: SearchRepository
  readonly savedSearches: SavedSearchRepository
  private vocabularyLoad: Promise<Vocabulary> | null = null
  private loadedVocabulary: Vocabulary | null = null
  /** One catch-up at a time, so that two searches never learn the same stories twice. */
  private catchingUp: Promise<boolean> | null = null
  private facetLoad: Promise<void> | null = null
  private facetTable: FacetTable | null = null
  private sourceCounts: { throughStoryId: number; counts: FacetRow[] } | null = null

  constructor(library: Library) {
    this.repository = new SearchRepository(library.db)
    this.savedSearches = new SavedSearchRepository(library.db)
  }

  /** The vocabulary, up to date with the library (loaded on first call). */
  async vocabulary(): Promise<Vocabulary> {
    if (this.vocabularyLoad) {
      const vocabulary = await this.vocabularyLoad
      this.catchingUp ??= vocabulary.catchUp(this.repository).finally(() => (this.catchingUp = null))
      if (await this.catchingUp) return vocabulary
      this.vocabularyLoad = null
    }
    this.vocabularyLoad ??= Vocabulary.load(this.repository)
    try {
      this.loadedVocabulary = await this.vocabularyLoad
      return this.loadedVocabulary
    } catch (error) {
      this.vocabularyLoad = null
      throw error
    }
  }

  /** The vocabulary if it is already loaded (then brought up to date), else null after starting to load it. */
  async vocabularyIfReady(): Promise<Vocabulary | null> {
    if (this.loadedVocabulary === null) {
      // Loading may take seconds on a large library: the caller goes on without it this time.
      this.vocabulary().catch(() => undefined)
      return null
    }
    return this.vocabulary()
  }

  /**
   * The facet table, up to date, once loaded; until then null, and loading starts in the background (a second
   * or so on a large library), so that the first searches count facets in SQL instead of waiting for it.
   */
  facetTableIfReady(): FacetTable | null {
    if (this.facetTable) {
      this.facetTable.catchUp(this.repository)
      return this.facetTable
    }
    this.facetLoad ??= FacetTable.load(this.repository).then(
      (table) => void (this.facetTable = table),
      () => void (this.facetLoad = null) // tried again on the next search
    )
    return null
  }

  /** Every source with its number of stories, most first; counted again only when stories arrived. */
  sources(): FacetRow[] {
    const last = this.repository.lastStoryId()
    if (this.sourceCounts?.throughStoryId !== last) this.sourceCounts = { throughStoryId: last, counts: this.repository.sourceCounts() }
    return this.sourceCounts.counts
  }

  /** After re-indexing: the index's words may have changed, so the vocabulary is read again when next needed. */
  forgetVocabulary(): void {
    this.vocabularyLoad = null
    this.loadedVocabulary = null
  }
}

const states = new WeakMap<Library, SearchState>()

export function searchState(library: Library): SearchState {
  let state = states.get(library)
  if (!state) {
    state = new SearchState(library)
    states.set(library, state)
  }
  return state
}
