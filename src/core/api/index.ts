import type { ApiHandlers } from '../../shared/api'
import { alertHandlers } from './alertHandlers'
import { briefingHandlers } from './briefingHandlers'
import { clusterHandlers } from './clusterHandlers'
import type { HandlerContext } from './context'
import { importHandlers } from './importHandlers'
import { libraryHandlers } from './libraryHandlers'
import { organiseHandlers } from './organiseHandlers'
import { searchHandlers } from './searchHandlers'
import { watchHandlers } from './watchHandlers'
import { waitingTheirTurnToWrite } from './writeTurns'

export type { HandlerContext } from './context'

/** The core's implementation of the whole contract, one module per feature, each given the part of the core it uses. */
export function createApiHandlers(context: HandlerContext): ApiHandlers {
  const handlers = {
    ...libraryHandlers(context),
    ...importHandlers(context),
    ...clusterHandlers(context),
    ...searchHandlers(context),
    ...organiseHandlers(context),
    ...briefingHandlers(context),
    ...watchHandlers(context),
    ...alertHandlers(context)
  }
  return explainingWriteErrors(
    context,
    waitingTheirTurnToWrite(() => context.session().library, handlers)
  )
}

/**
 * A write to a library that cannot be changed is refused by SQLite ("attempt to write a readonly database"): every
 * handler answers the library's own reason instead, which says what is read-only or damaged and what to do.
 */
function explainingWriteErrors({ session }: Pick<HandlerContext, 'session'>, handlers: ApiHandlers): ApiHandlers {
  const explain = (error: unknown): never => {
    throw session().library.explainWriteError(error)
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
