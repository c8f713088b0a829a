import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ApiEventName, ApiEvents, ApiHandlers } from '../shared/api'
import { createApiHandlers } from './api'
import { openLibrary, type Library } from './library'

export interface CoreOptions {
  libraryPath: string
  /** better-sqlite3 addon for the running runtime (the Electron build inside the app). */
  nativeBinding?: string
}

export type CoreEventListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void

/**
 * The engine behind every transport: one open library, the contract's handlers over it, and the events it
 * pushes to whoever listens (the window, a test page, the CLI's progress line).
 */
export class MarsadCore {
  library: Library
  readonly handlers: ApiHandlers
  private readonly listeners = new Set<CoreEventListener>()

  constructor(private readonly options: CoreOptions) {
    this.library = openLibraryCreatingFolder(options.libraryPath, options.nativeBinding)
    this.handlers = createApiHandlers(this)
  }

  get nativeBinding(): string | undefined {
    return this.options.nativeBinding
  }

  /** File → Open/New Library…: the new library is opened first, so a refusal leaves the current one open. */
  switchLibrary(path: string): void {
    const next = openLibraryCreatingFolder(path, this.options.nativeBinding)
    this.library.close()
    this.library = next
    this.emit('libraryChanged', { reason: 'opened' })
  }

  onEvent(listener: CoreEventListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload)
  }

  close(): void {
    this.library.close()
  }
}

function openLibraryCreatingFolder(path: string, nativeBinding: string | undefined): Library {
  mkdirSync(dirname(path), { recursive: true })
  return openLibrary(path, nativeBinding ? { nativeBinding } : {})
}
