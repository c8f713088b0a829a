import { Worker } from 'node:worker_threads'
import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import { openLibrary, type Library } from '../../library'
import type { ImportInput } from './events'
import type { ImportRunner } from './importJobs'
import { mergeIndexes } from './mergeIndexes'
import { runImport } from './runImport'

/**
 * Runs the import on this thread over a connection of its own (the import's per-file transactions must not
 * capture the interface's edits), reading on a worker thread when a built reader is given. The CLI and the
 * tests use it.
 */
export function inThreadRunner(options: { readerWorkerFile?: string; nativeBinding?: string } = {}): ImportRunner {
  const withLibrary = async <T>(libraryPath: string, work: (library: Library) => Promise<T>): Promise<T> => {
    const library = openLibrary(libraryPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    try {
      return await work(library)
    } finally {
      library.close()
    }
  }
  return {
    run: (input, { libraryPath, ...job }) => withLibrary(libraryPath, (library) => runImport(library, input, { ...job, ...options })),
    mergeIndexes: ({ libraryPath, signal }) => withLibrary(libraryPath, async (library) => void (await mergeIndexes(library, signal)))
  }
}

export interface ImportWorkerData {
  libraryPath: string
  nativeBinding?: string
  readerWorkerFile?: string
  task: { kind: 'import'; jobId: string; input: ImportInput } | { kind: 'merge-indexes' }
}

export type FromImportWorker =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; message: string }

/**
 * Runs the whole import on a worker thread (the Electron app), so the main process's event loop never waits
 * for parsing or SQLite. The worker reads on a second worker thread.
 */
export function workerThreadRunner(importWorkerFile: string, options: Omit<ImportWorkerData, 'task' | 'libraryPath'>): ImportRunner {
  /** A worker for one task, told to stop when `signal` aborts; `onExit` when it ends normally. */
  const startWorker = (
    libraryPath: string,
    task: ImportWorkerData['task'],
    signal: AbortSignal,
    reject: (error: Error) => void,
    onExit: () => void = () => {}
  ): Worker => {
    const workerData: ImportWorkerData = { ...options, libraryPath, task }
    const worker = new Worker(importWorkerFile, { workerData })
    const stop = () => worker.postMessage('cancel')
    signal.addEventListener('abort', stop)
    worker.on('error', reject)
    worker.on('exit', (code) => {
      signal.removeEventListener('abort', stop)
      if (code !== 0) reject(new Error(`The import worker stopped (exit code ${code}).`))
      else onExit()
    })
    return worker
  }
  return {
    run(input, job) {
      return new Promise<ImportSummary>((resolve, reject) => {
        const worker = startWorker(job.libraryPath, { kind: 'import', jobId: job.jobId, input }, job.signal, reject)
        worker.on('message', (message: FromImportWorker) => {
          if (message.kind === 'progress') job.onProgress(message.progress)
          else if (message.kind === 'done') resolve(message.summary)
          else reject(new Error(message.message))
        })
      })
    },
    mergeIndexes({ libraryPath, signal }) {
      return new Promise<void>((resolve, reject) => {
        startWorker(libraryPath, { kind: 'merge-indexes' }, signal, reject, resolve)
      })
    }
  }
}
