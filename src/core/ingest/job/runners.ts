import { Worker } from 'node:worker_threads'
import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import { openLibrary, type Library } from '../../library'
import type { ImportInput } from './events'
import type { ImportRunner } from './importJobs'
import { mergeIndexes } from './mergeIndexes'
import { ReaderThread } from './readerThread'
import { runImport } from './runImport'

export interface RunnerOptions {
  /** The better-sqlite3 addon for this runtime. */
  nativeBinding?: string
  /** The built reader worker (readWorker.js); without it, imports read on the writer's thread. */
  readerWorkerFile?: string
}

/**
 * Runs the import on this thread over a connection of its own (the import's per-file transactions must not
 * capture the interface's edits), reading on a worker thread when a built reader is given. The CLI and the
 * tests use it.
 */
export function inThreadRunner(options: RunnerOptions = {}): ImportRunner {
  const reader = options.readerWorkerFile ? new ReaderThread(options.readerWorkerFile) : undefined
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  const withLibrary = async <T>(libraryPath: string, work: (library: Library) => Promise<T>): Promise<T> => {
    const library = openLibrary(libraryPath, binding)
    try {
      return await work(library)
    } finally {
      library.close()
    }
  }
  return {
    run: (input, { libraryPath, ...job }) =>
      withLibrary(libraryPath, (library) => runImport(library, input, { ...job, ...binding, ...(reader ? { reader } : {}) })),
    mergeIndexes: ({ libraryPath, signal }) => withLibrary(libraryPath, async (library) => void (await mergeIndexes(library, signal))),
    close: async () => reader?.close()
  }
}

/** What the app's import worker is started with: the same for every task it runs. */
export type ImportWorkerData = RunnerOptions

export type ImportTask =
  { kind: 'import'; jobId: string; input: ImportInput; libraryPath: string } | { kind: 'merge-indexes'; libraryPath: string }

export type ToImportWorker = { kind: 'task'; taskId: number; task: ImportTask } | { kind: 'cancel'; taskId: number }

export type FromImportWorker =
  | { kind: 'progress'; taskId: number; progress: ImportProgress }
  | { kind: 'done'; taskId: number; summary?: ImportSummary }
  | { kind: 'error'; taskId: number; message: string }

interface RunningTask {
  taskId: number
  onMessage(message: FromImportWorker): void
  fail(error: Error): void
}

/**
 * How long the app keeps its import threads once they have nothing to do: an analyst importing one batch after
 * another gets them warm, and the memory they hold (some 100 MB after an import of 5,000 stories) goes back
 * after a pause.
 */
const KEEP_IDLE_WORKER_MS = 5 * 60_000

/**
 * Runs imports, and the merging between them, on a worker thread (the Electron app), so the main process's
 * event loop never waits for parsing or SQLite. The worker reads on a second worker thread. Both are kept from
 * one task to the next, so that later imports run on compiled code (see ReaderThread), until they have been idle
 * for `keepIdleMs`; if the worker dies, the task it was running fails and the next task starts a new one. Idle,
 * it does not keep the process alive.
 */
export function workerThreadRunner(writerWorkerFile: string, options: ImportWorkerData, keepIdleMs = KEEP_IDLE_WORKER_MS): ImportRunner {
  let worker: Worker | null = null
  let lastTaskId = 0
  let running: RunningTask | null = null
  let idleTimer: NodeJS.Timeout | null = null

  const stop = async () => {
    const stopping = worker
    worker = null
    running?.fail(new Error('The import was stopped: its worker was closed.'))
    // After the failure, whose settling starts an idle timer that has nothing left to stop.
    if (idleTimer) clearTimeout(idleTimer)
    idleTimer = null
    await stopping?.terminate()
  }

  const started = (): Worker => {
    if (worker) return worker
    const fresh = new Worker(writerWorkerFile, { workerData: options })
    const failed = (error: Error) => {
      if (worker !== fresh) return // already let go of (stop), and what it ran failed then
      worker = null
      running?.fail(error)
    }
    fresh.on('message', (message: FromImportWorker) => message.taskId === running?.taskId && running.onMessage(message))
    fresh.on('error', failed)
    fresh.on('exit', (code) => failed(new Error(`The import worker stopped (exit code ${code}).`)))
    fresh.unref()
    worker = fresh
    return fresh
  }

  /** One task at a time: the import queue runs its imports, and the merging, one after another. */
  const perform = (task: ImportTask, signal: AbortSignal, onProgress?: (progress: ImportProgress) => void) =>
    new Promise<ImportSummary | undefined>((resolve, reject) => {
      if (idleTimer) clearTimeout(idleTimer)
      const taskWorker = started()
      const taskId = ++lastTaskId
      const cancel = () => taskWorker.postMessage({ kind: 'cancel', taskId } satisfies ToImportWorker)
      const settle = () => {
        signal.removeEventListener('abort', cancel)
        running = null
        taskWorker.unref()
        idleTimer = setTimeout(() => void stop(), keepIdleMs).unref()
      }
      running = {
        taskId,
        onMessage(message) {
          if (message.kind === 'progress') return onProgress?.(message.progress)
          settle()
          if (message.kind === 'done') resolve(message.summary)
          else reject(new Error(message.message))
        },
        fail(error) {
          settle()
          reject(error)
        }
      }
      taskWorker.ref()
      taskWorker.postMessage({ kind: 'task', taskId, task } satisfies ToImportWorker)
      if (signal.aborted) cancel()
      else signal.addEventListener('abort', cancel)
    })

  return {
    async run(input, job) {
      const summary = await perform({ kind: 'import', jobId: job.jobId, input, libraryPath: job.libraryPath }, job.signal, job.onProgress)
      if (!summary) throw new Error('The import worker finished without a summary.')
      return summary
    },
    async mergeIndexes({ libraryPath, signal }) {
      await perform({ kind: 'merge-indexes', libraryPath }, signal)
    },
    close: stop
  }
}
