import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Library } from '../../library'
import { updateStoredVocabulary } from '../../search'

/**
 * What imports leave for later, done between them: the write-ahead log copied into the library file, the recent
 * band keys merged into the main band table (when due), the search index's segments merged, the stored vocabulary
 * taught the new stories' words, and the log copied again (what the merging wrote), then the day's copy of the
 * library when one is due. A step at a time, until nothing is left or `signal` asks to stop (an import waiting,
 * the app closing). Each step is a transaction of its own, so stopping between steps, or a kill during one, loses
 * nothing. Returns the number of merge steps taken.
 */
export async function mergeIndexes(library: Library, signal: AbortSignal): Promise<number> {
  let steps = 0
  const untilDone = async (step: () => boolean) => {
    while (!signal.aborted && step()) {
      steps++
      await nextTurn() // lets a stop request through
    }
  }
  if (!signal.aborted) library.checkpoint() // first, so that a write of the window's meanwhile finds little to copy
  if (library.clusters.recentBandsDueForMerge()) await untilDone(() => library.clusters.mergeRecentBandsStep())
  await untilDone(() => library.mergeSearchIndexStep())
  // The words of the imported stories, learnt here rather than by the window's next search, which would read them
  // all on the window's thread (searches during an import leave the stored vocabulary alone: SearchState). A
  // vocabulary never built is left to the first search, as before: a library only ever filled by `marsad import`
  // does not pay for it at the end of every import.
  if (!signal.aborted && library.search.vocabularyThrough() !== null) await updateStoredVocabulary(library.search, signal)
  if (!signal.aborted) library.checkpoint()
  // Last, once the imports are written and merged: the day's copy of a library they changed.
  if (!signal.aborted) library.backUpIfDue()
  return steps
}
