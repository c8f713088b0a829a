import { createHash } from 'node:crypto'

/**
 * Which story an arrival is, so that only the same story arriving again is folded into a sighting. A story with a
 * URL is the page at that URL (an outlet that edits its page later still has one story there); without a URL it
 * is one outlet's title and body. The same text from another outlet or URL is another story, its own row with its
 * own source, URL, date and author — one outlet's copy of a wire story — and joins its copies' cluster.
 */
export function storyIdentity(url: string | null, sourceTerms: string, textHash: Buffer): Buffer {
  const page = url?.trim()
  if (page) return digest(['url', page])
  return digest(['text', sourceTerms, textHash.toString('hex')])
}

/**
 * The normalised title and body, however their letters were written: the identity of a story without a URL
 * (with its source), and what libraries before migration 0150 stored as the whole identity — computed exactly
 * as they did, so that the migration can derive a stored story's identity without reading its body again.
 */
export function textHash(titleTerms: string, bodyTerms: string): Buffer {
  return createHash('sha256').update(titleTerms).update('\u0000').update(bodyTerms).digest().subarray(0, 16)
}

/** 16 bytes of SHA-256 over the parts, each ended by a NUL so that no two lists of parts run together. */
function digest(parts: readonly string[]): Buffer {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return hash.digest().subarray(0, 16)
}
