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
  return {
    ...libraryHandlers(core),
    ...importHandlers(core),
    ...clusterHandlers(core),
    ...searchHandlers(core),
    ...organiseHandlers(core),
    ...briefingHandlers(core),
    ...watchHandlers(core),
    ...alertHandlers(core)
  }
}
