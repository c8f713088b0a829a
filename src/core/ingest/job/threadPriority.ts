import { readlinkSync } from 'node:fs'
import { setPriority } from 'node:os'

/**
 * The niceness of the app's import threads: on two cores, an import's writer and reader would otherwise take both
 * from the window's thread, whose searches then wait their turn (bench:load). At 10 the scheduler gives a thread
 * at the default niceness about nine times their share while both want the CPU; idle, the import has it all.
 */
export const IMPORT_THREAD_NICENESS = 10

/**
 * Lowers the priority of the calling thread only (not the process): on Linux a thread's own id, read from
 * /proc/thread-self, names that thread alone to setpriority. Elsewhere it changes nothing.
 */
export function runBelowInterface(): void {
  if (process.platform !== 'linux') return
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop())
    setPriority(threadId, IMPORT_THREAD_NICENESS)
  } catch {
    // No /proc, or not allowed: the import runs at the window's priority, as before.
  }
}
