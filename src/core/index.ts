export { MarsadCore, type CoreOptions, type CoreEventListener } from './core'
export { defaultLibraryPath, userDataDir, LIBRARY_FILE_NAME } from './paths'
export { openLibrary, Library } from './library'
export { inThreadRunner, workerThreadRunner, type ImportRunner } from './ingest'
