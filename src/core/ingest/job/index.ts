/** The import pipeline: reading (decode, parse, analyse) and writing (one transaction per file), as jobs. */
export { ImportJobs, type ImportRunner, type ImportJob, type ImportJobEvents } from './importJobs'
export { inThreadRunner, workerThreadRunner } from './runners'
export { mergeIndexes } from './mergeIndexes'
export { ReaderThread } from './readerThread'
export { runImport, type RunImportOptions } from './runImport'
export type { ImportInput } from './events'
