import type { Library } from '../library'
import { bandKeys, signatureFromBytes, signatureToBytes, similarity } from './minhash'

/**
 * Estimated Jaccard similarity of body shingles from which two stories count as copies of one story. Tuned on
 * the syndication evaluation (bench/clusters.ts): copies with a new headline, a dateline, a paragraph dropped or
 * moved and some respelled words score 0.6–1; separately written reports of the same event score below 0.2.
 */
export const SAME_STORY_SIMILARITY = 0.5

export interface NewlyStoredStory {
  id: number
  signature: Uint32Array
  identityHash: Buffer
}

interface Placed extends NewlyStoredStory {
  keys: number[]
}

/**
 * Places newly stored stories among their copies, incrementally: each signature finds candidates through the
 * band index, the similar ones decide its cluster (clusters a story bridges are merged), and the signatures are
 * stored for later arrivals. A story split out by hand before (the same story arriving again) stays alone.
 *
 * Works a batch at a time (the stories of one batch of an import): every lookup first, then the joins, then the
 * band keys are indexed, so that copies within the batch find each other in memory and never query a half-written
 * index.
 */
export function placeStories(library: Library, stories: readonly NewlyStoredStory[]): void {
  const batch: Placed[] = stories
    .filter((story) => !library.clusters.isSplit(story.identityHash))
    .map((story) => ({ ...story, keys: bandKeys(story.signature) }))
  const stored = batch.map((story) =>
    library.clusters
      .candidates(story.keys)
      .filter((candidate) => similarity(story.signature, signatureFromBytes(candidate.signature)) >= SAME_STORY_SIMILARITY)
      .map((candidate) => candidate.storyId)
  )
  for (const story of batch) library.clusters.storeSignature(story.id, signatureToBytes(story.signature))
  const earlierByKey = new Map<number, number[]>()
  batch.forEach((story, index) => {
    const sameBatch = new Set<number>()
    for (const key of story.keys) {
      for (const earlier of earlierByKey.get(key) ?? []) {
        if (similarity(story.signature, batch[earlier]!.signature) >= SAME_STORY_SIMILARITY) sameBatch.add(batch[earlier]!.id)
      }
      earlierByKey.set(key, [...(earlierByKey.get(key) ?? []), index])
    }
    const copies = [...stored[index]!, ...sameBatch]
    if (copies.length === 0) return
    const existing = copies.map((id) => library.clusters.clusterOf(id)).find((cluster) => cluster !== null) ?? null
    library.clusters.join([story.id, ...copies], existing)
  })
  library.clusters.indexBands(batch.map((story) => ({ storyId: story.id, bandKeys: story.keys })))
}
