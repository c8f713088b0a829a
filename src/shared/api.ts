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
import { watchContract, type WatchEvents } from './contract/watch'
import { alertContract, type AlertEvents } from './contract/alerts'
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
  ...briefingsContract,
  ...watchContract,
  ...alertContract
}

export type ApiMethod = keyof typeof contract
export const apiMethods = Object.keys(contract) as ApiMethod[]

/**
 * Methods whose requests name files on disk. The CLI and the test binding call them; the app's window never
 * does, because script in a page must not choose what main reads or writes (it could import ~/.ssh/id_ed25519 as
 * a story and read it back, or write a copy of the library over a file). The window names files only through what the user chose: main's own dialogs, and files
 * dropped or picked, whose paths the preload reads from the real File objects (`importChosenFiles`).
 */
export const pathTakingMethods = ['importPaths', 'backupLibrary', 'addWatchedFolder'] as const satisfies readonly ApiMethod[]
export type WindowMethod = Exclude<ApiMethod, (typeof pathTakingMethods)[number]>
export const windowMethods = apiMethods.filter((name): name is WindowMethod => !(pathTakingMethods as readonly string[]).includes(name))

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
export type ApiEvents = LibraryEvents & ImportEvents & SearchEvents & OrganiseEvents & BriefingEvents & WatchEvents & AlertEvents
export type ApiEventName = keyof ApiEvents
export type ApiEventListener<E extends ApiEventName> = (payload: ApiEvents[E]) => void

/**
 * What `window.marsad` holds in the renderer, whichever transport provides it: exactly one function per
 * contract method, each resolving to an envelope, and `on` to follow events (returns an unsubscribe function).
 */
export type MarsadBridge = {
  [M in WindowMethod]: (request?: ApiRequest<M>) => Promise<Envelope<ApiResponse<M>>>
} & {
  on<E extends ApiEventName>(event: E, listener: ApiEventListener<E>): () => void
  /**
   * Imports the files the user dropped or picked by their paths on disk, where the transport knows them
   * (Electron's preload, through webUtils.getPathForFile: page script cannot forge a path this way). Answers
   * with the import started (null when no file had a path) and the indexes of the files without a path, whose
   * bytes the interface then sends. Absent in a browser: the interface sends every file's bytes.
   */
  importChosenFiles?: (files: File[]) => Promise<Envelope<ChosenFilesImport>>
}

export interface ChosenFilesImport {
  jobId: string | null
  /** Indexes (in the list given) of files that have no path on disk. */
  pathless: number[]
}

/** Channel names used by the Electron transport. */
export const ipcChannel = (name: ApiMethod): string => `marsad:${name}`
export const ipcEventChannel = 'marsad:event'
/** The preload's channel for `importChosenFiles`: paths it read from File objects, never from page script. */
export const chosenFilesChannel = 'marsad:importChosenFiles'
