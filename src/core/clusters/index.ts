/** Syndication clusters: one story, many outlets. Signatures (MinHash + LSH) and their placement at import. */
export { signatureOf, similarity, SIGNATURE_SIZE } from './minhash'
export { placeStories, SAME_STORY_SIMILARITY, type NewlyStoredStory } from './placeStory'
export { diffWords, type WordDiff } from './diff'
export { ClusterService, type EmitLibraryEvent } from './clusterService'
