/**
 * Near-duplicate fingerprints: MinHash over word 3-shingles of a story's normalised body terms, one
 * permutation hashing (each shingle hashed once, into one of SIGNATURE_SIZE bins, keeping each bin's minimum)
 * with rotation densification for bins a short story leaves empty, and LSH bands over the signature.
 *
 * Why MinHash rather than SimHash: a syndicated copy differs from its original by whole paragraphs (dropped,
 * reordered) and a few words. Jaccard similarity of shingle sets measures exactly that share of shared text,
 * and LSH bands turn "Jaccard ≥ 0.6" into a handful of exact index lookups. SimHash's Hamming distance grows
 * quickly when a sixth of the text goes, so catching such copies would need a radius that also catches
 * unrelated stories.
 */

/** Words per shingle: long enough that two separately written reports of one event share few of them. */
export const SHINGLE_WORDS = 3
/** Bins of the signature. */
export const SIGNATURE_SIZE = 64
/**
 * LSH bands over the first BANDS × ROWS bins. A pair with Jaccard s becomes a candidate with probability
 * 1 − (1 − s^ROWS)^BANDS: 0.94 at s = 0.7, 0.995 at s = 0.8 (and copies also reach each other through other
 * copies). Ten bands rather than sixteen keep the band index small enough to stay in the import's page cache
 * as the library grows (its inserts land at random places).
 */
export const BANDS = 10
export const ROWS = 4
/** Fewer shingles than this is too little text to call two stories copies of one another. */
export const MIN_SHINGLES = 12

const EMPTY = 0xffffffff

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser: a fast, well-mixed 32-bit hash. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return mix32(hash)
}

function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function combine(a: number, b: number, c: number): number {
  return mix32(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ 0x27d4eb2f)
}

/**
 * The signature of a body given as its normalised terms separated by single spaces (what the index stores),
 * or null when the body is too short to judge.
 */
export function signatureOf(bodyTerms: string): Uint32Array | null {
  const terms = bodyTerms.length > 0 ? bodyTerms.split(' ') : []
  if (terms.length < SHINGLE_WORDS + MIN_SHINGLES - 1) return null
  const hashes = new Uint32Array(terms.length)
  for (let i = 0; i < terms.length; i++) hashes[i] = hashString(terms[i]!)
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  // Only whether there are MIN_SHINGLES distinct shingles matters: stop counting once there are.
  const distinct = new Set<number>()
  for (let i = 0; i + SHINGLE_WORDS <= hashes.length; i++) {
    const shingle = combine(hashes[i]!, hashes[i + 1]!, hashes[i + 2]!)
    if (distinct.size < MIN_SHINGLES) distinct.add(shingle)
    const bin = shingle % SIGNATURE_SIZE
    const value = mix32(shingle ^ 0x5bd1e995)
    if (value < bins[bin]!) bins[bin] = value
  }
  if (distinct.size < MIN_SHINGLES) return null
  return densify(bins)
}

/**
 * Rotation densification: an empty bin borrows the value of the next non-empty bin to its right, shifted by
 * the distance, so two similar short stories still agree bin for bin as often as their Jaccard says.
 */
function densify(bins: Uint32Array): Uint32Array {
  const result = new Uint32Array(bins)
  for (let bin = 0; bin < SIGNATURE_SIZE; bin++) {
    if (bins[bin] !== EMPTY) continue
    for (let step = 1; step < SIGNATURE_SIZE; step++) {
      const donor = bins[(bin + step) % SIGNATURE_SIZE]!
      if (donor !== EMPTY) {
        result[bin] = mix32(donor + step)
        break
      }
    }
  }
  return result
}

/** The share of bins two signatures agree on: an unbiased estimate of the Jaccard similarity of their shingles. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++
  return same / SIGNATURE_SIZE
}

/**
 * One key per band: stories sharing any key are candidates. A key is the band number (high 4 bits) and 28 bits
 * of the band's hash: a 32-bit integer, which SQLite stores in 4 bytes. Chance collisions only add candidates
 * that the comparison of signatures then turns away.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = []
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x9747b28c ^ band
    for (let row = 0; row < ROWS; row++) hash = mix32(Math.imul(hash, 31) ^ signature[band * ROWS + row]!)
    keys.push(band * 0x10000000 + (hash >>> 4))
  }
  return keys
}

/** Signatures travel and are stored as little-endian bytes. */
export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes)
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE)
}
