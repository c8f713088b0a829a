import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Library } from '../../library'

/**
 * Merges the search index's segments between imports, a step at a time, until there is nothing left to merge or
 * `signal` asks it to stop (an import waiting, the app closing). Each step is a transaction of its own, so
 * stopping between steps, or a kill during one, loses nothing. Returns the number of steps taken.
 */
export async function mergeSearchIndex(library: Library, signal: AbortSignal): Promise<number> {
  let steps = 0
  while (!signal.aborted && library.mergeSearchIndexStep()) {
    steps++
    await nextTurn() // lets a stop request through
  }
  return steps
}
