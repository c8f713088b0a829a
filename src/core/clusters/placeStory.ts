import type { Library } from '../library'
import { bandKeys, signatureFromBytes, signatureToBytes, similarity } from './minhash'

/**
 * Estimated Jaccard similarity of body shingles from which two stories count as copies of one story. Tuned on
 * the syndication evaluation (bench/clusters.ts): copies with a new headline, a dateline, a paragraph dropped or
 * moved and some respelled words score 0.6–1; separately written reports of the same event score below 0.2.
 */
export const SAME_STORY_SIMILARITY = 0.5

/**
 * Places a newly stored story among its copies, incrementally: its signature finds candidates through the band
 * index, the similar ones decide its cluster (clusters it bridges are merged), and its signature is stored for
 * later arrivals. A story split out by hand before (same content) stays alone. Returns its cluster, or null.
 */
export function placeStory(library: Library, storyId: number, signature: Uint32Array, contentHash: Buffer): number | null {
  if (library.clusters.isSplit(contentHash)) return null
  const keys = bandKeys(signature)
  const copies = library.clusters
    .candidates(keys, storyId)
    .filter((candidate) => similarity(signature, signatureFromBytes(candidate.signature)) >= SAME_STORY_SIMILARITY)
  library.clusters.remember(storyId, signatureToBytes(signature), keys)
  if (copies.length === 0) return null
  const existing = copies.find((copy) => copy.clusterId !== null)?.clusterId ?? null
  return library.clusters.join([storyId, ...copies.map((copy) => copy.storyId)], existing)
}
