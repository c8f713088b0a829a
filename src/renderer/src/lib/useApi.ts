import { useCallback, useEffect, useState } from 'react'
import type { ApiEventName } from '../../../shared/api'
import { onApiEvent } from './api'

export interface ApiState<T> {
  data: T | undefined
  error: Error | undefined
  loading: boolean
  reload(): void
}

/**
 * Runs an API call, keeps its latest result, and runs it again when `deps` change or when one of
 * `refreshOn` events arrives (an import finished, another library was opened).
 */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[], refreshOn: readonly ApiEventName[] = []): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true })
  const [generation, setGeneration] = useState(0)
  const reload = useCallback(() => setGeneration((n) => n + 1), [])

  useEffect(() => {
    let current = true
    setState((previous) => ({ ...previous, loading: true }))
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: Error) => current && setState({ error, loading: false })
    )
    return () => {
      current = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is recreated each render; `deps` say when it changes
  }, [...deps, generation])

  // Callers pass a new array each render: the events it names, not the array, say when to subscribe again.
  const events = refreshOn.join(',')
  useEffect(() => {
    const unsubscribers = events ? events.split(',').map((event) => onApiEvent(event as ApiEventName, reload)) : []
    return () => unsubscribers.forEach((unsubscribe) => unsubscribe())
  }, [events, reload])

  return { data: state.data, error: state.error, loading: state.loading, reload }
}
