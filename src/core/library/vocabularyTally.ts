import type { StoryIndexText } from './indexDocument'
import type { SearchRepository } from './searchRepository'

/**
 * The words of the stories an import writes, added to the stored vocabulary (search_terms) in the same transaction:
 * the vocabulary then stays current as stories arrive, and the window's searches meanwhile have nothing to learn.
 * Otherwise each search that found the lock free between two of the import's commits read the new stories again
 * and wrote their words from the window's thread (up to a second, while the import waited for the lock). Only
 * when the vocabulary was current as the transaction began; if not, it is learnt or rebuilt later, as before.
 */
export class VocabularyTally {
  private readonly storiesByTerm = new Map<string, number>()
  /** The story the stored vocabulary stood at as the transaction began, or null when it was behind (or absent). */
  private from: number | null = null
  private through = 0

  constructor(private readonly search: SearchRepository) {}

  /** In the transaction, once its write lock is held: no other connection adds stories until it commits. */
  begin(): void {
    const stored = this.search.storesVocabulary ? this.search.vocabularyThrough() : null
    this.from = stored !== null && stored === this.search.lastStoryId() ? stored : null
    this.storiesByTerm.clear()
    this.through = this.from ?? 0
  }

  /** A story the transaction added (never one it found in the library already). */
  add(storyId: number, index: StoryIndexText): void {
    if (this.from === null) return
    const terms = new Set<string>()
    for (const field of [index.title, index.body, index.keywords]) {
      for (const term of field.terms.split(' ')) if (term) terms.add(term)
    }
    for (const term of terms) this.storiesByTerm.set(term, (this.storiesByTerm.get(term) ?? 0) + 1)
    this.through = storyId
  }

  /** Just before the transaction commits. */
  store(): void {
    if (this.from !== null && this.through > this.from) this.search.addToVocabularyHere(this.storiesByTerm, this.from, this.through)
    this.from = null
    this.storiesByTerm.clear()
  }

  /** The transaction was rolled back. */
  discard(): void {
    this.from = null
    this.storiesByTerm.clear()
  }
}
