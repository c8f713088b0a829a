import SearchableMap from 'minisearch/SearchableMap'
import type { SearchRepository } from '../library'
import { forEachToken } from '../text'

/** New stories are read this many at a time when learning their words, letting other work run in between. */
const STORIES_PER_SLICE = 1_000
/** Up to this many new stories (or a fifth of the library) are learnt one by one; beyond, rebuilding is cheaper. */
const ALWAYS_LEARN_UP_TO = 5_000
const LEARN_UP_TO_SHARE = 0.2

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * The library's words as written (normalised terms of titles, bodies, keywords and notes; not stems), each with
 * the number of stories that use it, in MiniSearch's radix tree: the fuzzy operator (`word~`), "did you mean" and
 * the search box's word suggestions look here. It holds the vocabulary, not the stories, so it stays small as
 * the library grows. Stored in the library (table search_terms) and brought up to date with new stories;
 * deleting a story does not lower counts (a word it alone had stays, and simply matches nothing).
 */
export class Vocabulary {
  private constructor(
    private readonly terms: SearchableMap<number>,
    private throughStoryId: number
  ) {}

  /** Reads the stored vocabulary, first building it (the first time) or bringing it up to date. */
  static async load(repository: SearchRepository): Promise<Vocabulary> {
    const through = repository.vocabularyThrough()
    const last = repository.lastStoryId()
    const stale = through === null || !worthLearning(through, last)
    const terms = new SearchableMap<number>()
    // A library that cannot be written, or one an import is writing: the vocabulary is read from the index, not stored.
    const unstored = () => {
      for (const [term, stories] of repository.indexVocabulary()) terms.set(term, stories)
      return new Vocabulary(terms, last)
    }
    if (through !== last && !repository.storesVocabulary) return unstored()
    if (stale && !repository.rebuildVocabularyIfFree()) return unstored()
    if (!stale && through < last) await learnStories(repository, through)
    for (const [term, stories] of repository.vocabularyEntries()) terms.set(term, stories)
    return new Vocabulary(terms, repository.vocabularyThrough() ?? last)
  }

  /**
   * Learns the words of stories newer than it knows (storing them too), or returns false when so many arrived
   * (or stories went away) that it should be loaded again.
   */
  async catchUp(repository: SearchRepository): Promise<boolean> {
    const last = repository.lastStoryId()
    if (last === this.throughStoryId) return true
    if (!worthLearning(this.throughStoryId, last)) return false
    const learnt = await learnStories(repository, this.throughStoryId)
    for (const [term, stories] of learnt.storiesByTerm) this.terms.set(term, (this.terms.get(term) ?? 0) + stories)
    this.throughStoryId = learnt.throughStoryId
    return true
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

  /** Every term that starts with `prefix`, with its number of stories, in no particular order. */
  entriesStartingWith(prefix: string): Iterable<[term: string, stories: number]> {
    return this.terms.atPrefix(prefix)
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
async function learnStories(repository: SearchRepository, through: number): Promise<{ storiesByTerm: Map<string, number>; throughStoryId: number }> {
  const storiesByTerm = new Map<string, number>()
  let after = through
  for (;;) {
    const stories = repository.textsAfter(after, STORIES_PER_SLICE)
    if (stories.length === 0) break
    for (const story of stories) {
      const seen = new Set<string>()
      const learn = (term: string) => seen.add(term)
      for (const text of [story.title ?? '', story.body, ...(JSON.parse(story.keywords) as string[])]) forEachToken(text, learn)
      for (const term of seen) storiesByTerm.set(term, (storiesByTerm.get(term) ?? 0) + 1)
      after = story.id
    }
    await nextTurn()
  }
  repository.addToVocabulary(storiesByTerm, through, after)
  return { storiesByTerm, throughStoryId: after }
}
