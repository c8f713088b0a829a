import type { FacetRow, Library, SavedSearchRepository, SearchRepository } from '../library'
import { FacetTable } from './facetTable'
import { WordForms } from './wordForms'
import { updateStoredVocabulary, Vocabulary } from './vocabulary'

/** Stories count as arriving until none has come for this long (an import commits about once a second). */
const ARRIVAL_QUIET_MS = 5_000
/** A search learns up to this many new stories' words itself, even while stories arrive: tens of milliseconds. */
const LEARN_AT_ONCE_UP_TO = 200

/**
 * What search keeps per open library: its repositories, the vocabulary kept in step with arriving stories (in
 * memory once fuzzy search, "did you mean" or suggestions need it), the facet table and the sources' counts. The
 * library session owns one, and a new library gets a new one.
 */
export class SearchState {
  readonly repository: SearchRepository
  readonly savedSearches: SavedSearchRepository
  /** One update of the stored vocabulary at a time, so that two searches never learn the same stories twice. */
  private vocabularyUpdate: Promise<void> | null = null
  private vocabularyInMemory: Vocabulary | null = null
  private readonly wordFormsSeen: WordForms
  /** The stored vocabulary's story as wordFormsSeen began remembering: an import's upkeep may move it on, as may a search. */
  private wordFormsThrough: number | null = null
  /** The newest story seen, and when it was first seen: stories still arriving mean an import is writing. */
  private newestStory: { id: number; seenAt: number }
  private facetLoad: Promise<void> | null = null
  private facetTable: FacetTable | null = null
  private sourceCounts: { throughStoryId: number; counts: FacetRow[] } | null = null

  constructor(readonly library: Library) {
    this.repository = library.search
    this.savedSearches = library.savedSearches
    this.wordFormsSeen = new WordForms((prefix) => this.repository.vocabularyStartingWith(prefix))
    this.newestStory = { id: this.repository.lastStoryId(), seenAt: -Infinity }
  }

  /**
   * How the library holds plain words with and without clitics, up to date: judged from its words read by prefix
   * (nothing is loaded first), and remembered until the vocabulary changes, since the app runs the same words again
   * and again (as the analyst types, pages, sorts, opens facets and the chart).
   */
  async wordForms(): Promise<WordForms> {
    await this.updateVocabulary()
    return this.wordFormsSeen
  }

  /** The vocabulary in memory (fuzzy words, "did you mean", suggestions), up to date; read on the first call. */
  async vocabulary(): Promise<Vocabulary> {
    await this.updateVocabulary()
    if (this.vocabularyInMemory && !(await this.vocabularyInMemory.catchUp(this.repository))) this.vocabularyInMemory = null
    this.vocabularyInMemory ??= Vocabulary.read(this.repository)
    return this.vocabularyInMemory
  }

  /** The vocabulary in memory if it is already read (then brought up to date), else null after starting to read it. */
  async vocabularyIfReady(): Promise<Vocabulary | null> {
    if (this.vocabularyInMemory === null) {
      // Reading it takes a moment on a large library: the caller goes on without it this time.
      this.vocabulary().catch(() => undefined)
      return null
    }
    return this.vocabulary()
  }

  /**
   * Brings the stored vocabulary up to date with arriving stories (unless an import is writing them: see
   * leaveVocabularyToUpkeep), and the copy in memory (if any) with it; the word forms are judged again whenever the
   * stored vocabulary moved, whoever moved it.
   */
  private async updateVocabulary(): Promise<void> {
    this.vocabularyUpdate ??= (
      this.leaveVocabularyToUpkeep() ? Promise.resolve({ kind: 'current' } as const) : updateStoredVocabulary(this.repository)
    )
      .then((update) => {
        const through = this.repository.vocabularyThrough()
        if (update.kind !== 'current' || through !== this.wordFormsThrough) this.wordFormsSeen.forget()
        this.wordFormsThrough = through
        if (this.vocabularyInMemory?.follow(update) === false) this.vocabularyInMemory = null
      })
      .finally(() => (this.vocabularyUpdate = null))
    await this.vocabularyUpdate
  }

  /**
   * Whether to leave the stored vocabulary as it stands: many stories behind it arrived in the last few seconds.
   * An import is then writing, committing about once a second, and the upkeep after it teaches the vocabulary their
   * words (mergeIndexes); learning them here would read every new story on the window's thread, up to seconds a
   * search. A few stories are learnt at once. If no upkeep follows (a killed import), searches learn the words once
   * the stories have stopped arriving.
   */
  private leaveVocabularyToUpkeep(): boolean {
    const newest = this.repository.lastStoryId()
    const now = performance.now()
    if (newest !== this.newestStory.id) this.newestStory = { id: newest, seenAt: now }
    if (now - this.newestStory.seenAt >= ARRIVAL_QUIET_MS) return false
    return newest - (this.repository.vocabularyThrough() ?? 0) > LEARN_AT_ONCE_UP_TO
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
    this.wordFormsSeen.forget()
    this.vocabularyInMemory = null
  }
}
