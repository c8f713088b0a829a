import type { ApiHandlers } from '../../shared/api'
import { isDatabaseBusy } from '../../shared/errors'
import type { Library } from '../library'

/** How long a write waits in all for another connection (an import writing a big file) before it is refused. */
export const WRITE_WAIT_MS = 30_000
/** The pause between two tries, during which the event loop serves everything else. */
const RETRY_PAUSE_MS = 200

const pause = () => new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS))

/**
 * A write refused because another connection held the write lock past the connection's short busy timeout (an
 * import writing a big file holds it for the whole file) is tried again after a pause, until WRITE_WAIT_MS have
 * passed: the write waits its turn without blocking the app's main thread, whose searches and other calls are served
 * meanwhile. Only a call that changed nothing before it was refused is tried again (total_changes did not move, on
 * this connection, while the call ran), so that no part of a call is ever made twice; past the wait, SQLite's
 * refusal goes on (as `library-busy`).
 */
export function waitingTheirTurnToWrite(library: () => Library, handlers: ApiHandlers): ApiHandlers {
  const wrapped = Object.entries(handlers).map(([name, handler]) => {
    const call = handler as (request: unknown) => unknown
    const attempt = (request: unknown, deadline: number): unknown => {
      const changesBefore = library().totalChanges()
      const again = (error: unknown) => {
        if (!isDatabaseBusy(error) || library().totalChanges() !== changesBefore || Date.now() >= deadline) throw error
        return pause().then(() => attempt(request, deadline))
      }
      try {
        const value = call(request)
        return value instanceof Promise ? value.catch(again) : value
      } catch (error) {
        return again(error)
      }
    }
    return [name, (request: unknown) => attempt(request, Date.now() + WRITE_WAIT_MS)]
  })
  return Object.fromEntries(wrapped) as ApiHandlers
}
