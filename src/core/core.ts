import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ApiEventName, ApiEvents, ApiHandlers } from '../shared/api'
import { MarsadError } from '../shared/errors'
import { createApiHandlers } from './api'
import { BriefingExporter, ChromiumPdfPrinter, type PdfPrinter } from './briefing'
import { ImportJobs, inThreadRunner, type ImportRunner } from './ingest'
import { openLibrary, type Library } from './library'
import { LibrarySession } from './session'
import { WatchService } from './watch'

export interface CoreOptions {
  libraryPath: string
  /** better-sqlite3 addon for the running runtime (the Electron build inside the app). */
  nativeBinding?: string
  /** Where imports run; by default on this thread with a connection of their own, reading inline. */
  importRunner?: ImportRunner
  /** Prints briefings to PDF: Chromium through playwright-core by default; the app passes Electron's printToPDF. */
  pdfPrinter?: PdfPrinter
  /** The fonts briefing exports embed; found in the source tree's resources/fonts unless the packaged app says. */
  fontsDir?: string
  /** Opens an http(s) address in the system browser: the app passes Electron's shell; elsewhere there is none. */
  linkOpener?: (url: string) => Promise<void>
  /** Asks the user for a folder to watch (the app's own dialog); null when cancelled. Elsewhere there is none. */
  folderChooser?: () => Promise<string | null>
}

export type CoreEventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void

/**
 * The engine behind every transport: one open library, the contract's handlers over it, and the events it
 * pushes to whoever listens (the window, a test page, the CLI's progress line).
 */
export class MarsadCore {
  /** The open library's session; replaced whole by switchLibrary. */
  private current: LibrarySession
  readonly handlers: ApiHandlers
  readonly imports: ImportJobs
  readonly briefingExports: BriefingExporter
  /** Watched folders; started by the app and by `marsad watch run`, never by other commands. */
  readonly watch: WatchService
  private readonly listeners = new Set<CoreEventListener>()
  private readonly importRunner: ImportRunner

  constructor(private readonly options: CoreOptions) {
    this.current = new LibrarySession(openLibraryCreatingFolder(options.libraryPath, options.nativeBinding), this.emit.bind(this))
    this.importRunner = options.importRunner ?? inThreadRunner(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    this.imports = new ImportJobs(this.importRunner, () => this.library.path, {
      onProgress: (progress) => this.emit('importProgress', progress),
      onFinished: (summary) => {
        this.emit('importFinished', summary)
        this.emit('libraryChanged', { reason: 'imported' })
      },
      onFailed: (jobId, error) => {
        this.emit('importFinished', {
          jobId,
          runId: 0,
          files: [],
          stories: 0,
          duplicates: 0,
          failed: 1,
          seconds: 0,
          cancelled: false,
          error: { code: 'internal', message: error.message }
        })
      }
    })
    this.watch = new WatchService(
      () => this.library,
      {
        start: (paths) => this.imports.start({ paths }),
        onFinished: (listener) =>
          this.onEvent((event, payload) => event === 'importFinished' && listener(payload as ApiEvents['importFinished']))
      },
      { onChange: (folders) => this.emit('watchedFoldersChanged', { folders }) }
    )
    this.briefingExports = new BriefingExporter(options.pdfPrinter ?? new ChromiumPdfPrinter(), options.fontsDir)
    this.handlers = createApiHandlers({
      session: () => this.current,
      openLibrary: (path) => this.switchLibrary(path),
      nativeBinding: options.nativeBinding,
      emit: this.emit.bind(this),
      onEvent: this.onEvent.bind(this),
      imports: this.imports,
      watch: this.watch,
      briefingExports: this.briefingExports,
      openLink: this.openLink.bind(this),
      chooseFolder: this.chooseFolder.bind(this)
    })
  }

  get session(): LibrarySession {
    return this.current
  }

  /** The open library (for the command line and tests; read it each time, since File → Open Library replaces it). */
  get library(): Library {
    return this.current.library
  }

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding
  }

  /** File → Open/New Library…: the new library is opened first, so a refusal leaves the current one open. */
  switchLibrary(path: string): void {
    const next = new LibrarySession(openLibraryCreatingFolder(path, this.options.nativeBinding), this.emit.bind(this))
    this.current.close()
    this.current = next
    void this.watch.libraryChanged()
    this.emit('libraryChanged', { reason: 'opened' })
  }

  /** Opens a story's address (already checked to be http(s)) where the transport can. */
  async openLink(url: string): Promise<void> {
    if (!this.options.linkOpener) throw new MarsadError('unsupported', 'Links open in the system browser only from the Marsad app.')
    await this.options.linkOpener(url)
  }

  /** Asks the user for a folder to watch, where the transport has a dialog of its own. */
  async chooseFolder(): Promise<string | null> {
    if (!this.options.folderChooser)
      throw new MarsadError('unsupported', 'Only the Marsad app can ask for a folder to watch; the command line takes its path.')
    return this.options.folderChooser()
  }

  onEvent(listener: CoreEventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload)
  }

  /**
   * Closes the library at once; what runs beside it (watchers, import threads, a PDF printer's browser) shuts down in
   * the background, and the promise says when all of it has (the process exits once it has, awaited or not).
   */
  close(): Promise<void> {
    // Watchers stop first, so that no new import starts on a closed library.
    const watching = this.watch.close()
    this.current.close()
    // The import threads it keeps between imports; an import still running stops with them, uncommitted.
    const importing = this.importRunner.close()
    const printing = this.briefingExports.close()
    return Promise.all([watching, importing, printing]).then(() => undefined)
  }
}

function openLibraryCreatingFolder(path: string, nativeBinding: string | undefined): Library {
  mkdirSync(dirname(path), { recursive: true })
  return openLibrary(path, nativeBinding ? { nativeBinding } : {})
}
