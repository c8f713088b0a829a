import { z } from 'zod'
import type { StoryPage } from '../domain'
import { method, noArguments, paging } from './method'

/** Why a file was not imported; the interface translates by `code` (the DumpErrorCode set, plus a few). */
export interface ImportProblem {
  code: string
  message: string
  /** An export whose header Marsad did not recognise: its columns, for the analyst to say which is which. */
  columns?: string[]
}

/** The fields an analyst can assign to the columns of an export Marsad did not recognise. */
export const MAPPABLE_FIELDS = ['title', 'body', 'date', 'source', 'url'] as const
export type MappableField = (typeof MAPPABLE_FIELDS)[number]
/** A field to the column (as the file's header writes it) that holds it. */
export type ColumnMapping = Partial<Record<MappableField, string>>

/** Why a web archive's record gave no story: requests, metadata, responses that are not HTML pages… */
export type PassedOverRecord = 'request' | 'metadata' | 'not-page' | 'redirect-or-error' | 'too-large' | 'other'

export interface ImportFileResult {
  /** The file as the user knows it: a path, a zip member ('/x/a.zip › inner/b.txt'), or a dropped file's name. */
  path: string
  kind: string | null
  encoding: string | null
  /** Stories this file added to the library. */
  stories: number
  /** Stories of this file the library already held: the same URL, or the same source, title and body (each recorded as another sighting). */
  duplicates: number
  /** The same file (same SHA-256) was imported before; nothing was added. */
  alreadyImported: boolean
  error: ImportProblem | null
  /** A web archive's records that are not pages, counted by why they were passed over (absent for other files). */
  passedOver?: Partial<Record<PassedOverRecord, number>>
}

export interface ImportProgress {
  jobId: string
  /** Files (zip members count one each) finished, and all there are once the inputs have been listed. */
  filesDone: number
  filesTotal: number | null
  currentFile: string | null
  /** Stories read so far from the current file (a big file can take most of an import). */
  currentFileStories: number
  storiesAdded: number
  duplicates: number
  failed: number
  bytesRead: number
  bytesTotal: number | null
  storiesPerSecond: number
  secondsLeft: number | null
  elapsedSeconds: number
}

export interface ImportSummary {
  jobId: string
  runId: number
  files: ImportFileResult[]
  stories: number
  duplicates: number
  failed: number
  seconds: number
  cancelled: boolean
  /** The import as a whole could not run (the library could not be opened, say); files say nothing then. */
  error?: ImportProblem
}

export interface ImportRunInfo {
  runId: number
  startedAt: string
  finishedAt: string | null
  summary: ImportSummary | null
}

const columnName = z.string().min(1).max(1000)
/** Which column holds which field: `{ title: 'Headline', body: 'Text' }`. */
const columnMapping = z
  .object({
    title: columnName.optional(),
    body: columnName.optional(),
    date: columnName.optional(),
    source: columnName.optional(),
    url: columnName.optional()
  })
  .strict()
  .refine((mapping) => mapping.title !== undefined || mapping.body !== undefined, 'name the title column or the text column')

const droppedFile = z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict()

export const importContract = {
  /** Starts importing files, folders and zips by path (Electron, CLI). Progress arrives as `importProgress`. */
  importPaths: method(
    z
      .object({
        paths: z.array(z.string().min(1)).min(1).max(10_000),
        /** Columns of exports whose header is not recognised, for this import (`marsad import --columns`). */
        columns: columnMapping.optional()
      })
      .strict()
  ).returns<{ jobId: string }>(),
  /** Starts importing files dropped from somewhere without a path (a browser): their names and bytes. */
  importFiles: method(z.object({ files: z.array(droppedFile).min(1).max(10_000) }).strict()).returns<{ jobId: string }>(),
  /**
   * Remembers which column is which for exports with this header (the import summary's choice for a file whose
   * header was not recognised): every later import reads such a file by it.
   */
  rememberColumns: method(z.object({ header: z.array(z.string().max(1000)).min(1).max(1000), mapping: columnMapping }).strict()).returns<{
    remembered: true
  }>(),
  /** Stops a running import: the file being read is rolled back whole; files already done stay. */
  cancelImport: method(z.object({ jobId: z.string() }).strict()).returns<{ cancelled: boolean }>(),
  /** The import running now, if any (so a reloaded window can show its progress again). */
  currentImport: method(noArguments).returns<ImportProgress | null>(),
  /** Past imports, newest first, with their per-file results. */
  listImports: method(z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()).returns<ImportRunInfo[]>(),
  /** The stories an import added, newest first. */
  listImportStories: method(z.object({ runId: z.number().int().positive(), ...paging }).strict()).returns<StoryPage>()
}

export interface ImportEvents {
  importProgress: ImportProgress
  importFinished: ImportSummary
}
