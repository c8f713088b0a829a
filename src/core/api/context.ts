import type { BriefingExporter } from '../briefing'
import type { ImportJobs } from '../ingest'
import type { EmitEvent, LibrarySession } from '../session'
import type { WatchService } from '../watch'
import type { CoreEventListener } from '../core'

/**
 * What the contract's handlers may use of the core. Each handler module takes only the part it needs, so that
 * what a feature reaches is written in its signature.
 */
export interface HandlerContext {
  /** The open library's session. Another one after File → Open Library: read it on every call, never keep it. */
  session(): LibrarySession
  /** Opens the library at this path in place of the open one (File → Open Library…, a library restored from backup). */
  openLibrary(path: string): void
  /** better-sqlite3's addon for the running runtime, for opening other library files (backups) than the open one. */
  nativeBinding: string | undefined
  emit: EmitEvent
  onEvent(listener: CoreEventListener): () => void
  imports: ImportJobs
  watch: WatchService
  briefingExports: BriefingExporter
  /** Opens an http(s) address in the system browser, where the transport can. */
  openLink(url: string): Promise<void>
  /** Asks the user for a folder to watch, where the transport has a dialog; null when cancelled. */
  chooseFolder(): Promise<string | null>
}
