/** Syndication clusters: one story, many outlets. Signatures (MinHash + LSH) and their placement at import. */
export { signatureOf, similarity, SIGNATURE_SIZE } from './minhash'
export { placeStory, SAME_STORY_SIMILARITY } from './placeStory'
export { diffWords, type WordDiff } from './diff'
