import { MarsadError } from '../../shared/errors'
import { normalizeText } from '../text'

/** One level of a tag's path: as written, and as the analyser normalises it. */
export interface TagSegment {
  name: string
  key: string
}

/** A tag name made tidy: `name` is what is stored and shown, `matchKey` what lookups compare. */
export interface TagPath {
  name: string
  matchKey: string
  segments: TagSegment[]
}

export const TAG_SEPARATOR = '/'

/**
 * Reads a tag name as analysts type it: trims it, collapses runs of spaces and of slashes (with the spaces around
 * them), and refuses a name with an empty part or a part without a letter or digit, saying which.
 * `parseTagName(' روسيا //  كورسك ')` → `روسيا/كورسك`.
 */
export function parseTagName(raw: string): TagPath {
  const tidy = raw.replace(/\s+/g, ' ').trim()
  if (tidy === '') throw new MarsadError('bad-request', 'A tag name cannot be empty.')
  const names = tidy.split(/\s*\/+\s*/)
  if (names.some((name) => name === '')) {
    throw new MarsadError('bad-request', `The tag name «${tidy}» has an empty part; remove the slash at its start or end.`, { name: tidy })
  }
  const segments = names.map((name) => {
    const key = segmentKey(name)
    if (key === '') {
      throw new MarsadError('bad-request', `Each part of a tag name needs a letter or a digit, and «${name}» has none.`, { name: tidy })
    }
    return { name, key }
  })
  return joinSegments(segments)
}

/**
 * The normalised form of what someone types into the tag picker, for matching inside `matchKey`. Unlike
 * `parseTagName` it never refuses: a half-typed `روسيا/` keeps its slash so that it finds the children.
 */
export function matchKeyOfTypedText(text: string): string {
  return text.split(/\/+/).map(segmentKey).join(TAG_SEPARATOR).replace(/^\//, '')
}

function segmentKey(name: string): string {
  return normalizeText(name)
}

function joinSegments(segments: TagSegment[]): TagPath {
  return {
    name: segments.map((segment) => segment.name).join(TAG_SEPARATOR),
    matchKey: segments.map((segment) => segment.key).join(TAG_SEPARATOR),
    segments
  }
}

/** The last segment of a stored name or key: `كورسك` for `روسيا/كورسك`. */
export function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf(TAG_SEPARATOR) + 1)
}
