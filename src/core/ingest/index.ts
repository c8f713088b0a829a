/** Dump reading and parsing: bytes in, clean stories out. No SQLite here; the import pipeline stores what this yields. */
export type { DumpKind, DumpEncoding, DumpEntry, OpenedDump, ParsedStory, SourceOrigin, ZipLimits } from './types'
export { DEFAULT_ZIP_LIMITS } from './types'
export { DumpError, isDumpProblem, type DumpErrorCode, type DumpProblem } from './errors'
export { listEntries, listEntriesFromBytes } from './entries/listEntries'
export { openDump } from './openDump'
export { parseDumpDate, type DumpDate } from './dates'
export { ImportJobs, inThreadRunner, workerThreadRunner, runImport, mergeIndexes, type ImportRunner, type ImportInput } from './job'
export { headerKey, type ColumnChoices } from './columns'
