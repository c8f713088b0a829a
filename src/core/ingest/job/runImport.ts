import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import { BATCH_MILLISECONDS, type Library } from '../../library'
import type { ImportInput, ReadEvent } from './events'
import { ProgressMeter } from './progress'
import { measureInput, readInputs, type ReadHooks } from './readInputs'
import type { ReaderThread } from './readerThread'
import { StoryWriter } from './writeStories'

const YIELD_EVERY_MS = 50

export interface RunImportOptions {
  jobId: string
  signal?: AbortSignal
  onProgress?(progress: ImportProgress): void
  /** How often progress is reported at most. */
  progressIntervalMs?: number
  /**
   * The reader worker. When given, decoding, parsing and analysis run on a second thread while this one writes
   * SQLite, so an import uses both cores.
   */
  reader?: ReaderThread
  /** The better-sqlite3 addon for this runtime, for the reader's read-only connection. */
  nativeBinding?: string
  /** Group syndicated copies into clusters as they arrive (default); off only to measure what that costs. */
  clusterCopies?: boolean
}

/**
 * Imports files, folders, zips or dropped bytes into `library` (which must be this job's own connection:
 * files are written in transactions that other callers must not share). Returns the summary the interface
 * shows: per file what was added, skipped as already imported, or refused and why.
 */
export async function runImport(library: Library, input: ImportInput, options: RunImportOptions): Promise<ImportSummary> {
  library.assertWritable()
  library.tuneForImport()
  const runId = library.imports.beginRun()
  // Exports read by the columns the analyst chose for their header before, and those named for this import.
  input = {
    ...input,
    columns: { remembered: library.columnMappings.list(), ...(input.columns?.named ? { named: input.columns.named } : {}) }
  }
  const writer = new StoryWriter(library, runId, options.clusterCopies ?? true)
  const meter = new ProgressMeter(options.jobId, await measureInput(input))
  const hooks: ReadHooks = { isImported: (sha256) => library.imports.holds(sha256) }
  const events: AsyncIterable<ReadEvent> = options.reader
    ? options.reader.read({ input, libraryPath: library.path, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) })
    : readInputs(input, hooks)
  const interval = options.progressIntervalMs ?? 200
  let lastReport = 0
  let lastYield = performance.now()
  let cancelled = false

  const iterator = events[Symbol.asyncIterator]()
  // Runs only while this thread waits for the reader: a file slow to read does not hold back the files before it.
  const committer = setInterval(() => writer.commitFinishedFiles(), BATCH_MILLISECONDS)
  try {
    for (;;) {
      const next = await iterator.next()
      if (next.done) break
      if (options.signal?.aborted) {
        cancelled = true
        break
      }
      const event = next.value
      if (event.type === 'bytes') meter.read(event.read)
      writer.handle(event)
      const now = performance.now()
      if (options.onProgress && now - lastReport >= interval) {
        lastReport = now
        options.onProgress(meter.snapshot(writer.totals, writer.currentProgress()))
      }
      // Reading bytes already in memory never leaves the microtask queue; let the thread's other work
      // (a cancel, an interface call when the import runs on the interface's thread) in now and then.
      if (now - lastYield >= YIELD_EVERY_MS) {
        lastYield = now
        await new Promise((resolve) => setImmediate(resolve))
      }
    }
  } catch (error) {
    writer.abandon({ code: 'unreadable', message: `The import stopped: ${(error as Error).message}` })
  } finally {
    clearInterval(committer)
    if (cancelled)
      writer.abandon({
        code: 'cancelled',
        message: `${writer.currentFile ?? 'The file'}: the import was cancelled before this file was finished; nothing of it was kept.`
      })
    writer.commit()
    await iterator.return?.()
  }
  options.onProgress?.(meter.snapshot(writer.totals, null))

  const summary: ImportSummary = {
    jobId: options.jobId,
    runId,
    files: writer.files,
    stories: writer.totals.stories,
    duplicates: writer.totals.duplicates,
    failed: writer.totals.failed,
    seconds: Math.round(meter.elapsedSeconds() * 100) / 100,
    cancelled
  }
  library.imports.finishRun(runId, summary)
  return summary
}
