import type { ImportProgress } from '../../../shared/contract/imports'
import type { WriteTotals } from './writeStories'

/** Rates and time left for the progress bar, from what the writer has done and the bytes the reader has consumed. */
export class ProgressMeter {
  private readonly started = performance.now()
  bytesRead = 0

  constructor(
    private readonly jobId: string,
    private readonly bytesTotal: number | null
  ) {}

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000
  }

  snapshot(totals: WriteTotals, currentFile: string | null): ImportProgress {
    const elapsed = this.elapsedSeconds()
    const processed = totals.stories + totals.duplicates
    const bytesRead = this.bytesTotal === null ? this.bytesRead : Math.min(this.bytesRead, this.bytesTotal)
    const secondsLeft =
      this.bytesTotal !== null && bytesRead > 0 && elapsed > 0.5 ? (elapsed * (this.bytesTotal - bytesRead)) / bytesRead : null
    return {
      jobId: this.jobId,
      filesDone: totals.filesDone,
      filesTotal: null,
      currentFile,
      storiesAdded: totals.stories,
      duplicates: totals.duplicates,
      failed: totals.failed,
      bytesRead,
      bytesTotal: this.bytesTotal,
      storiesPerSecond: elapsed > 0 ? processed / elapsed : 0,
      secondsLeft: secondsLeft === null ? null : Math.round(secondsLeft),
      elapsedSeconds: Math.round(elapsed * 10) / 10
    }
  }
}
