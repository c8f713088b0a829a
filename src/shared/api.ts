/**
 * The one API contract. Every method the interface may call is declared here once, with a runtime schema for
 * its request and the type of its response. Three transports carry it and add no logic of their own:
 * Electron IPC (src/main + src/preload), the Playwright test binding (test/e2e), and the CLI (src/cli).
 */
import type { z } from 'zod'
import { clusterContract } from './contract/clusters'
import { importContract, type ImportEvents } from './contract/imports'
import { libraryContract, type LibraryEvents } from './contract/library'
import { searchContract, type SearchEvents } from './contract/search'
import { organiseContract, type OrganiseEvents } from './contract/organise'
import { briefingsContract, type BriefingEvents } from './contract/briefings'
import type { ErrorShape } from './errors'

/**
 * The whole surface, merged from one file per feature under ./contract (each declares its methods with
 * request schemas and response types, and the events it pushes).
 */
export const contract = {
  ...libraryContract,
  ...importContract,
  ...clusterContract,
  ...searchContract,
  ...organiseContract,
  ...briefingsContract
}

export type ApiMethod = keyof typeof contract
export const apiMethods = Object.keys(contract) as ApiMethod[]

/** What a caller passes (defaults may be omitted). */
export type ApiRequest<M extends ApiMethod> = z.input<(typeof contract)[M]['request']>
/** What a handler receives after validation (defaults filled in). */
export type ApiParsedRequest<M extends ApiMethod> = z.output<(typeof contract)[M]['request']>
export type ApiResponse<M extends ApiMethod> = (typeof contract)[M]['response']

/** Core implements this; transports call it only through `dispatchApiCall`. */
export type ApiHandlers = {
  [M in ApiMethod]: (request: ApiParsedRequest<M>) => ApiResponse<M> | Promise<ApiResponse<M>>
}

/** How a result crosses a transport: Electron's IPC keeps only an error's message, so errors travel as data. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorShape }

/** Events pushed from core to the interface (progress of long jobs, library changes). */
export type ApiEvents = LibraryEvents & ImportEvents & SearchEvents & OrganiseEvents & BriefingEvents
export type ApiEventName = keyof ApiEvents
export type ApiEventListener<E extends ApiEventName> = (payload: ApiEvents[E]) => void

/**
 * What `window.marsad` holds in the renderer, whichever transport provides it: exactly one function per
 * contract method, each resolving to an envelope, and `on` to follow events (returns an unsubscribe function).
 */
export type MarsadBridge = {
  [M in ApiMethod]: (request?: ApiRequest<M>) => Promise<Envelope<ApiResponse<M>>>
} & {
  on<E extends ApiEventName>(event: E, listener: ApiEventListener<E>): () => void
  /**
   * The path of a dropped file on disk, where the transport knows it (Electron's preload, through
   * webUtils.getPathForFile); '' for a file that has none. Absent in a browser: the interface sends bytes.
   */
  pathForFile?: (file: Blob) => string
}

/** Channel names used by the Electron transport. */
export const ipcChannel = (name: ApiMethod): string => `marsad:${name}`
export const ipcEventChannel = 'marsad:event'
