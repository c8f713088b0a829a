import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'

/** The nice value of import threads: the scheduler then gives a thread of normal priority about nine times their share. */
const IMPORT_NICENESS = 10

/**
 * Lowers the calling thread's CPU priority, for the import threads: on a two-core laptop they would otherwise take
 * their full share from the window's thread, and searches during an import would wait behind them. Only the
 * calling thread changes: on Linux each thread has an id of its own (/proc/thread-self names it) that setpriority(2)
 * accepts; threads it starts later inherit the priority. Elsewhere, and where the kernel refuses, the thread keeps
 * its priority — an import is then as fast as before and searches only slower.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(threadId)) setPriority(threadId, IMPORT_NICENESS)
  } catch {
    // No /proc (a locked-down container) or a refusal: priority is a courtesy, never a reason to stop an import.
  }
}
