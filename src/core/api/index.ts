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

export type { HandlerContext } from './context'

/** The core's implementation of the whole contract, one module per feature, each given the part of the core it uses. */
export function createApiHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...libraryHandlers(context),
    ...importHandlers(context),
    ...clusterHandlers(context),
    ...searchHandlers(context),
    ...organiseHandlers(context),
    ...briefingHandlers(context),
    ...watchHandlers(context),
    ...alertHandlers(context)
  }
}
