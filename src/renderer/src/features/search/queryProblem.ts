import { useSyncExternalStore } from 'react'
import type { ErrorShape } from '../../../../shared/errors'

/**
 * A query the core could not read (`invalid-query`): the result list learns it, the search box shows it next to
 * the text the analyst has to fix. `position` is the UTF-16 index of the problem when the core gives one.
 */
export interface UnreadableQuery {
  query: string
  error: ErrorShape
  position: number | null
}

let current: UnreadableQuery | null = null
const listeners = new Set<() => void>()

export function reportUnreadableQuery(error: ErrorShape | null, query: string): void {
  if (error?.message === current?.error.message && query === current?.query) return
  const position = error?.params?.position
  current = error ? { query, error, position: typeof position === 'number' ? position : null } : null
  listeners.forEach((listener) => listener())
}

/** The problem with `query`, if the last search of it failed to parse. */
export function useUnreadableQuery(query: string): UnreadableQuery | null {
  const problem = useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
  return problem?.query === query ? problem : null
}
