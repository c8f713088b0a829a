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
