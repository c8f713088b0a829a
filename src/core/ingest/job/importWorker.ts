/**
 * Worker-thread entry for the app's imports, and for merging the indexes between them: its own library
 * connection, the same code as everywhere.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from '../../library'
import { mergeIndexes } from './mergeIndexes'
import type { FromImportWorker, ImportWorkerData } from './runners'
import { runImport } from './runImport'

const port = parentPort!
const data = workerData as ImportWorkerData
const controller = new AbortController()
port.on('message', (message) => message === 'cancel' && controller.abort())
const post = (message: FromImportWorker) => port.postMessage(message)

async function main(): Promise<void> {
  const library = openLibrary(data.libraryPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {})
  try {
    if (data.task.kind === 'merge-indexes') {
      await mergeIndexes(library, controller.signal)
      return
    }
    const summary = await runImport(library, data.task.input, {
      jobId: data.task.jobId,
      signal: controller.signal,
      onProgress: (progress) => post({ kind: 'progress', progress }),
      ...(data.readerWorkerFile ? { readerWorkerFile: data.readerWorkerFile } : {}),
      ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {})
    })
    post({ kind: 'done', summary })
  } finally {
    library.close()
  }
}

main().then(
  () => port.close(),
  (error: Error) => post({ kind: 'error', message: error.message })
)
