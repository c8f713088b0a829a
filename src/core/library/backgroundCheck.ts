import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { IntegrityReport } from './health'

/**
 * The quick check of a big library (seconds for a gigabyte) on a worker thread with a read-only connection of its
 * own, so that opening the library does not wait for it. The worker is a few lines of plain JavaScript, so that
 * it needs no bundle of its own: it is given where better-sqlite3 is, and the addon the running runtime needs.
 */
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.sqliteModule)
let problems
try {
  const db = new Database(workerData.path, { readonly: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) })
  try {
    problems = db.pragma('quick_check(20)').map((row) => row.quick_check).filter((line) => line !== 'ok')
  } finally {
    db.close()
  }
} catch (error) {
  problems = [error.message]
}
parentPort.postMessage(problems)
`

/** The check's report, or null when it could not run (it is due again at the next open). */
export function quickCheckInBackground(path: string, nativeBinding: string | undefined): Promise<IntegrityReport | null> {
  const sqliteModule = createRequire(__filename).resolve('better-sqlite3')
  return new Promise((resolve) => {
    const worker = new Worker(CHECK_SOURCE, { eval: true, workerData: { path, nativeBinding, sqliteModule } })
    worker.once('error', () => resolve(null))
    worker.once('message', (problems: string[]) => resolve({ ok: problems.length === 0, problems }))
    worker.unref()
  })
}
