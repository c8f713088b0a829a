import { Worker } from 'node:worker_threads'
import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import { openLibrary } from '../../library'
import type { ImportInput } from './events'
import type { ImportRunner } from './importJobs'
import { runImport } from './runImport'

/**
 * Runs the import on this thread over a connection of its own (the import's per-file transactions must not
 * capture the interface's edits), reading on a worker thread when a built reader is given. The CLI and the
 * tests use it.
 */
export function inThreadRunner(options: { readerWorkerFile?: string; nativeBinding?: string } = {}): ImportRunner {
  return {
    async run(input, { libraryPath, ...job }) {
      const library = openLibrary(libraryPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
      try {
        return await runImport(library, input, { ...job, ...options })
      } finally {
        library.close()
      }
    }
  }
}

export interface ImportWorkerData {
  libraryPath: string
  nativeBinding?: string
  readerWorkerFile?: string
  jobId: string
  input: ImportInput
}

export type FromImportWorker =
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; summary: ImportSummary }
  | { kind: 'error'; message: string }

/**
 * Runs the whole import on a worker thread (the Electron app), so the main process's event loop never waits
 * for parsing or SQLite. The worker reads on a second worker thread.
 */
export function workerThreadRunner(importWorkerFile: string, options: Omit<ImportWorkerData, 'jobId' | 'input' | 'libraryPath'>): ImportRunner {
  return {
    run(input, job) {
      return new Promise<ImportSummary>((resolve, reject) => {
        const workerData: ImportWorkerData = { ...options, libraryPath: job.libraryPath, jobId: job.jobId, input }
        const worker = new Worker(importWorkerFile, { workerData })
        const cancel = () => worker.postMessage('cancel')
        job.signal.addEventListener('abort', cancel)
        worker.on('message', (message: FromImportWorker) => {
          if (message.kind === 'progress') job.onProgress(message.progress)
          else if (message.kind === 'done') resolve(message.summary)
          else reject(new Error(message.message))
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          job.signal.removeEventListener('abort', cancel)
          if (code !== 0) reject(new Error(`The import worker stopped (exit code ${code}).`))
        })
      })
    }
  }
}
