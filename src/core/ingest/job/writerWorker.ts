/**
 * Worker-thread entry for the app's imports, and for merging the indexes between them: a library connection
 * of its own for each task, the same code as everywhere. The worker, and its reader, serve one task after
 * another for as long as the app keeps them (workerThreadRunner).
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { ImportProgress, ImportSummary } from '../../../shared/contract/imports'
import { openLibrary } from '../../library'
import { mergeIndexes } from './mergeIndexes'
import { ReaderThread } from './readerThread'
import type { FromImportWorker, ImportTask, ImportWorkerData, ToImportWorker } from './runners'
import { runImport } from './runImport'
import { lowerThreadPriority } from './threadPriority'

lowerThreadPriority() // the window's searches come first (see threadPriority.ts)
const port = parentPort!
const options = workerData as ImportWorkerData
const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
const reader = options.readerWorkerFile ? new ReaderThread(options.readerWorkerFile) : undefined
const post = (message: FromImportWorker) => port.postMessage(message)
let running: { taskId: number; controller: AbortController } | null = null

port.on('message', (message: ToImportWorker) => {
  if (message.kind === 'task') void serve(message.taskId, message.task)
  else if (running?.taskId === message.taskId) running.controller.abort()
})

async function serve(taskId: number, task: ImportTask): Promise<void> {
  const controller = new AbortController()
  running = { taskId, controller }
  try {
    const summary = await perform(task, controller.signal, (progress) => post({ kind: 'progress', taskId, progress }))
    post({ kind: 'done', taskId, ...(summary ? { summary } : {}) })
  } catch (error) {
    post({ kind: 'error', taskId, message: (error as Error).message })
  } finally {
    running = null
  }
}

async function perform(
  task: ImportTask,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void
): Promise<ImportSummary | undefined> {
  const library = openLibrary(task.libraryPath, binding)
  try {
    if (task.kind === 'merge-indexes') {
      await mergeIndexes(library, signal)
      return undefined
    }
    return await runImport(library, task.input, { jobId: task.jobId, signal, onProgress, ...binding, ...(reader ? { reader } : {}) })
  } finally {
    library.close()
  }
}
