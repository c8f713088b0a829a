/** Worker-thread entry for the app's imports: its own library connection, the same runImport as everywhere. */
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from '../../library'
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
    const summary = await runImport(library, data.input, {
      jobId: data.jobId,
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
