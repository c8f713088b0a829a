import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'
import { clusterHandlers } from './clusterHandlers'
import { importHandlers } from './importHandlers'
import { libraryHandlers } from './libraryHandlers'
import { searchHandlers } from './searchHandlers'
import { organiseHandlers } from './organiseHandlers'
import { briefingHandlers } from './briefingHandlers'
import { watchHandlers } from './watchHandlers'
import { alertHandlers } from './alertHandlers'

/** The core's implementation of the whole contract, one module per feature. */
export function createApiHandlers(core: MarsadCore): ApiHandlers {
  return explainingWriteErrors(core, {
    ...libraryHandlers(core),
    ...importHandlers(core),
    ...clusterHandlers(core),
    ...searchHandlers(core),
    ...organiseHandlers(core),
    ...briefingHandlers(core),
    ...watchHandlers(core),
    ...alertHandlers(core)
  })
}

/**
 * A write to a library that cannot be changed is refused by SQLite ("attempt to write a readonly database"): every
 * handler answers the library's own reason instead, which says what is read-only or damaged and what to do.
 */
function explainingWriteErrors(core: MarsadCore, handlers: ApiHandlers): ApiHandlers {
  const explain = (error: unknown): never => {
    throw core.library.explainWriteError(error)
  }
  const wrapped = Object.entries(handlers).map(([name, handler]) => [
    name,
    (request: unknown) => {
      try {
        const value = (handler as (request: unknown) => unknown)(request)
        return value instanceof Promise ? value.catch(explain) : value
      } catch (error) {
        return explain(error)
      }
    }
  ])
  return Object.fromEntries(wrapped) as ApiHandlers
}
