import { openLibrary } from '../../src/core/library'

/** How many segments the library's full-text index lies in (each commit of new stories writes one). */
export function indexSegmentCount(libraryPath: string): number {
  const library = openLibrary(libraryPath)
  try {
    return library.db.prepare('SELECT count(DISTINCT segid) FROM story_index_idx').pluck().get() as number
  } finally {
    library.close()
  }
}
