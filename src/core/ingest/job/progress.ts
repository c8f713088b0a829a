import type { ImportProgress } from '../../../shared/contract/imports'
import type { InputMeasure } from './readInputs'
import type { WriteTotals } from './writeStories'

/**
 * Time left is estimated from the rate of reading, measured from the first bytes read (not from the start: an
 * import's first moments go to starting threads and compiling, and counting them made a 5-second import say
 * "2 min left"), and only once that rate has a basis: this much reading time and this share of the bytes.
 */
const ESTIMATE_AFTER_SECONDS = 2
const ESTIMATE_AFTER_SHARE = 0.05

/** The file being read, for "big.jsonl: 3,600 stories" while one big file takes the time. */
export interface CurrentFile {
  path: string
  /** Stories read from it so far (new, and already in the library). */
  stories: number
}

/** Counts, rates and time left for the progress bar, from what the writer has done and the bytes the reader has consumed. */
export class ProgressMeter {
  private readonly started: number
  private bytesRead = 0
  /** When reading first moved, and how far it had got then: the start of the rate's basis. */
  private firstRead: { at: number; bytes: number } | null = null

  constructor(
    private readonly jobId: string,
    private readonly measure: InputMeasure | null,
    private readonly now: () => number = () => performance.now()
  ) {
    this.started = now()
  }

  elapsedSeconds(): number {
    return (this.now() - this.started) / 1000
  }

  /** The reader's running total of bytes consumed. */
  read(bytes: number): void {
    this.bytesRead = this.measure === null ? bytes : Math.min(bytes, this.measure.bytes)
    if (this.firstRead === null && this.bytesRead > 0) this.firstRead = { at: this.now(), bytes: this.bytesRead }
  }

  snapshot(totals: WriteTotals, current: CurrentFile | null): ImportProgress {
    const elapsed = this.elapsedSeconds()
    const processed = totals.stories + totals.duplicates
    // A zip nested in a zip counts as one file until it is opened: the files found grow to what is really there.
    const filesTotal = this.measure === null ? null : Math.max(this.measure.files, totals.filesDone + (current ? 1 : 0))
    const secondsLeft = this.secondsLeft()
    return {
      jobId: this.jobId,
      filesDone: totals.filesDone,
      filesTotal,
      currentFile: current?.path ?? null,
      currentFileStories: current?.stories ?? 0,
      storiesAdded: totals.stories,
      duplicates: totals.duplicates,
      failed: totals.failed,
      bytesRead: this.bytesRead,
      bytesTotal: this.measure?.bytes ?? null,
      storiesPerSecond: elapsed > 0 ? processed / elapsed : 0,
      secondsLeft: secondsLeft === null ? null : Math.round(secondsLeft),
      elapsedSeconds: Math.round(elapsed * 10) / 10
    }
  }

  private secondsLeft(): number | null {
    if (this.measure === null || this.firstRead === null) return null
    const reading = (this.now() - this.firstRead.at) / 1000
    const readSince = this.bytesRead - this.firstRead.bytes
    if (reading < ESTIMATE_AFTER_SECONDS || this.bytesRead < ESTIMATE_AFTER_SHARE * this.measure.bytes || readSince <= 0) return null
    return (reading * (this.measure.bytes - this.bytesRead)) / readSince
  }
}
