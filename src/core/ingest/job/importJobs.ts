import { randomUUID } from 'node:crypto'
import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import type { ImportInput } from './events'

export interface ImportJob {
  jobId: string
  /** The library to import into: a path, because the job opens a connection of its own. */
  libraryPath: string
  signal: AbortSignal
  onProgress(progress: ImportProgress): void
}

/** Runs one import somewhere (this thread with its own connection, or a worker thread) and reports back. */
export interface ImportRunner {
  run(input: ImportInput, job: ImportJob): Promise<ImportSummary>
  /** Merges what imports leave for later (mergeIndexes) in the same place, until done or stopped. */
  mergeIndexes(task: { libraryPath: string; signal: AbortSignal }): Promise<void>
  /** Ends the threads it keeps between imports. */
  close(): Promise<void>
}

export interface ImportJobEvents {
  onProgress(progress: ImportProgress): void
  onFinished(summary: ImportSummary): void
  onFailed(jobId: string, error: Error): void
}

interface QueuedJob {
  jobId: string
  input: ImportInput
  controller: AbortController
}

interface IndexMerge {
  controller: AbortController
  finished: Promise<void>
}

/**
 * The import queue: one import at a time (they write the same file), later drops wait their turn. Each job
 * can be cancelled, queued or running. Once the queue is empty, the indexes are merged (work that imports leave
 * for later: mergeIndexes); the next import stops that first.
 */
export class ImportJobs {
  private readonly queue: QueuedJob[] = []
  private running: QueuedJob | null = null
  private lastProgress: ImportProgress | null = null
  private merging: IndexMerge | null = null

  constructor(
    private readonly runner: ImportRunner,
    private readonly libraryPath: () => string,
    private readonly events: ImportJobEvents
  ) {}

  start(input: ImportInput): string {
    const job = { jobId: randomUUID(), input, controller: new AbortController() }
    this.queue.push(job)
    void this.drain()
    return job.jobId
  }

  cancel(jobId: string): boolean {
    if (this.running?.jobId === jobId) {
      this.running.controller.abort()
      return true
    }
    const index = this.queue.findIndex((job) => job.jobId === jobId)
    if (index < 0) return false
    this.queue.splice(index, 1)
    return true
  }

  current(): ImportProgress | null {
    return this.running ? this.lastProgress : null
  }

  /** Resolves when nothing is queued, running or merging (tests, the CLI). */
  async idle(): Promise<void> {
    while (this.running || this.queue.length > 0 || this.merging) await new Promise((resolve) => setTimeout(resolve, 20))
  }

  private async drain(): Promise<void> {
    if (this.running) return
    const job = this.queue.shift()
    if (!job) {
      this.startMerging()
      return
    }
    this.running = job
    this.lastProgress = null
    try {
      await this.stopMerging()
      const summary = await this.runner.run(job.input, {
        jobId: job.jobId,
        libraryPath: this.libraryPath(),
        signal: job.controller.signal,
        onProgress: (progress) => {
          this.lastProgress = progress
          this.events.onProgress(progress)
        }
      })
      this.running = null
      this.events.onFinished(summary)
    } catch (error) {
      this.running = null
      this.events.onFailed(job.jobId, error as Error)
    }
    void this.drain()
  }

  private startMerging(): void {
    if (this.merging) return
    const controller = new AbortController()
    const finished = this.runner
      .mergeIndexes({ libraryPath: this.libraryPath(), signal: controller.signal })
      .catch(() => {
        // Merging is upkeep: the indexes stay correct without it, and FTS5 still merges a level that grows too
        // long during the next import.
      })
      .finally(() => {
        if (this.merging?.controller === controller) this.merging = null
      })
    this.merging = { controller, finished }
  }

  private async stopMerging(): Promise<void> {
    const merging = this.merging
    if (!merging) return
    merging.controller.abort()
    await merging.finished
  }
}
