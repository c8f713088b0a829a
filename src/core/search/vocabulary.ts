import SearchableMap from 'minisearch/SearchableMap'
import type { SearchRepository } from '../library'
import { forEachToken } from '../text'

/** New stories are read this many at a time when learning their words, letting other work run in between. */
const STORIES_PER_SLICE = 1_000
/** Up to this many new stories (or a fifth of the library) are learnt one by one; beyond, rebuilding is cheaper. */
const ALWAYS_LEARN_UP_TO = 5_000
const LEARN_UP_TO_SHARE = 0.2

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/** What bringing the stored vocabulary up to date did. */
export type VocabularyUpdate =
  | { kind: 'current' }
  /** Built again from the index (the first time, or after many new or deleted stories). */
  | { kind: 'rebuilt' }
  /** The words of the stories after `fromStoryId` through `throughStoryId`, counted and added. */
  | { kind: 'learnt'; storiesByTerm: ReadonlyMap<string, number>; fromStoryId: number; throughStoryId: number }

/**
 * Brings the library's stored vocabulary (table search_terms: its words as written, i.e. normalised terms of
 * titles, bodies, keywords and notes, not stems, each with the number of stories that use it) up to date: built
 * the first time, then taught the words of new stories; rebuilt when so many arrived (or stories went away) that
 * learning them one by one costs more. Deleting a story does not lower counts (a word it alone had stays, and
 * simply matches nothing). Search reads it by prefix in SQL (clitic forms), so nothing is loaded to search.
 */
export async function updateStoredVocabulary(repository: SearchRepository, signal?: AbortSignal): Promise<VocabularyUpdate> {
  const through = repository.vocabularyThrough()
  const last = repository.lastStoryId()
  if (through === last) return { kind: 'current' }
  // A library that cannot be written searches with the vocabulary it was stored with, and while another connection
  // (an import) writes, the stored vocabulary stays as it stands until the writer is done: a search never waits for
  // an import's lock. Rebuilding takes the lock only if it is free.
  if (!repository.storesVocabulary) return { kind: 'current' }
  if (through === null || !worthLearning(through, last)) {
    return repository.rebuildVocabularyIfFree() ? { kind: 'rebuilt' } : { kind: 'current' }
  }
  // Learning reads the new stories before storing their words; words learnt while an import writes could not be
  // stored, and every search would learn them again.
  if (!repository.noOtherWriter()) return { kind: 'current' }
  const { stored, ...learnt } = await learnStories(repository, through, signal)
  return stored ? { kind: 'learnt', fromStoryId: through, ...learnt } : { kind: 'current' }
}

/**
 * The stored vocabulary in memory, in MiniSearch's radix tree, for what needs more than a prefix: the fuzzy
 * operator (`word~`), "did you mean" and the search box's word suggestions. It holds the vocabulary, not the
 * stories, so it stays small as the library grows; reading it takes a moment on a large library, so it is read
 * only when one of those first needs it.
 */
export class Vocabulary {
  private catchingUp: Promise<void> | null = null

  private constructor(
    private readonly terms: SearchableMap<number>,
    private throughStoryId: number | null
  ) {}

  /** Reads the stored vocabulary as it stands. */
  static read(repository: SearchRepository): Vocabulary {
    const terms = new SearchableMap<number>()
    for (const [term, stories] of repository.vocabularyEntries()) terms.set(term, stories)
    return new Vocabulary(terms, repository.vocabularyThrough())
  }

  /** Follows an update of the stored vocabulary made here; false when it must be read again instead. */
  follow(update: VocabularyUpdate): boolean {
    if (update.kind === 'current') return true
    if (update.kind === 'rebuilt' || update.fromStoryId !== this.throughStoryId) return false
    this.add(update.storiesByTerm, update.throughStoryId)
    return true
  }

  /**
   * Catches up with what another connection (an import) added to the stored vocabulary, by counting the words of
   * the stories it added: a few milliseconds per hundred stories, where reading it all again takes a second on a
   * large library. False when it must be read again instead (the stored vocabulary was rebuilt).
   */
  async catchUp(repository: SearchRepository): Promise<boolean> {
    // One at a time: two searches catching up at once would count the same stories twice.
    while (this.catchingUp) await this.catchingUp
    const stored = repository.vocabularyThrough()
    if (stored === this.throughStoryId) return true
    if (stored === null || this.throughStoryId === null || stored < this.throughStoryId) return false
    this.catchingUp = countWords(repository, this.throughStoryId, stored)
      .then((counted) => this.add(counted.storiesByTerm, stored))
      .finally(() => (this.catchingUp = null))
    await this.catchingUp
    return true
  }

  private add(storiesByTerm: ReadonlyMap<string, number>, throughStoryId: number): void {
    for (const [term, stories] of storiesByTerm) this.terms.set(term, (this.terms.get(term) ?? 0) + stories)
    this.throughStoryId = throughStoryId
  }

  /** Stories that use `term` (0 when the library has no such word). */
  storiesWith(term: string): number {
    return this.terms.get(term) ?? 0
  }

  /** Other terms within `maxEdits` edits of `term`: the closest first, then the most used. */
  nearest(term: string, maxEdits: number, limit: number): string[] {
    return [...this.terms.fuzzyGet(term, maxEdits)]
      .filter(([candidate]) => candidate !== term)
      .sort(([, [storiesA, editsA]], [, [storiesB, editsB]]) => editsA - editsB || storiesB - storiesA)
      .slice(0, limit)
      .map(([candidate]) => candidate)
  }

  /** Terms that start with `prefix`, the most used first. */
  startingWith(prefix: string, limit: number): string[] {
    return [...this.terms.atPrefix(prefix)]
      .sort(([, storiesA], [, storiesB]) => storiesB - storiesA)
      .slice(0, limit)
      .map(([term]) => term)
  }
}

function worthLearning(through: number, last: number): boolean {
  return last >= through && last - through <= Math.max(ALWAYS_LEARN_UP_TO, through * LEARN_UP_TO_SHARE)
}

/** Counts, for each term, the stories after `through` that use it, and adds them to the stored vocabulary. */
async function learnStories(
  repository: SearchRepository,
  through: number,
  signal?: AbortSignal
): Promise<{ storiesByTerm: Map<string, number>; throughStoryId: number; stored: boolean }> {
  const counted = await countWords(repository, through, Infinity, signal)
  // Stopped half-way (an import waiting for the upkeep that learns): what was counted is not stored, nor followed.
  if (signal?.aborted) return { ...counted, stored: false }
  return { ...counted, stored: repository.addToVocabulary(counted.storiesByTerm, through, counted.throughStoryId) }
}

/** For each term, the stories after `after` up to `upTo` that use it, read a slice at a time. */
async function countWords(
  repository: SearchRepository,
  after: number,
  upTo: number,
  signal?: AbortSignal
): Promise<{ storiesByTerm: Map<string, number>; throughStoryId: number }> {
  const storiesByTerm = new Map<string, number>()
  let through = after
  while (!signal?.aborted) {
    const stories = repository.textsAfter(through, STORIES_PER_SLICE).filter((story) => story.id <= upTo)
    if (stories.length === 0) break
    for (const story of stories) {
      const seen = new Set<string>()
      const learn = (term: string) => seen.add(term)
      for (const text of [story.title ?? '', story.body, ...(JSON.parse(story.keywords) as string[])]) forEachToken(text, learn)
      for (const term of seen) storiesByTerm.set(term, (storiesByTerm.get(term) ?? 0) + 1)
      through = story.id
    }
    await nextTurn()
  }
  return { storiesByTerm, throughStoryId: through }
}
