import { useSyncExternalStore } from 'react'

/**
 * A query the core could not read (`invalid-query`): the result list learns it, the search box shows it next to
 * the text the analyst has to fix. `position` is the UTF-16 index of the problem when the core gives one.
 */
export interface QueryProblem {
  query: string
  message: string
  position: number | null
}

let current: QueryProblem | null = null
const listeners = new Set<() => void>()

export function reportQueryProblem(problem: QueryProblem | null): void {
  if (problem?.query === current?.query && problem?.message === current?.message) return
  current = problem
  listeners.forEach((listener) => listener())
}

/** The problem with `query`, if the last search of it failed to parse. */
export function useQueryProblem(query: string): QueryProblem | null {
  const problem = useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current
  )
  return problem?.query === query ? problem : null
}
