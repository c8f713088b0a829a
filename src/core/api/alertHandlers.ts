import type { ApiHandlers } from '../../shared/api'
import type { alertContract } from '../../shared/contract/alerts'
import { alertsOfImport, refreshSavedSearchCounts, setSavedSearchAlert } from '../search'
import type { HandlerContext } from './context'

export function alertHandlers({
  session,
  emit,
  onEvent
}: Pick<HandlerContext, 'session' | 'emit' | 'onEvent'>): Pick<ApiHandlers, keyof typeof alertContract> {
  const search = () => session().search
  onEvent((event, payload) => {
    // Every import, dropped, watched or from the command line, is checked against the alerts.
    if (event !== 'importFinished') return
    const { runId, stories } = payload as { runId: number; stories: number }
    if (runId <= 0 || stories === 0) return
    alertsOfImport(search(), runId).then(
      (alerts) => alerts.length > 0 && emit('alertsRaised', { runId, alerts }),
      () => undefined // the alerts are computed again on request (importAlerts); an import never fails for them
    )
  })
  const announcing = async <T>(value: T): Promise<T> => {
    emit('savedSearchesChanged', { counts: await refreshSavedSearchCounts(search()) })
    return value
  }
  return {
    setSavedSearchAlert: ({ id, alert }) => announcing(setSavedSearchAlert(search(), id, alert)),
    importAlerts: ({ runId }) => alertsOfImport(search(), runId)
  }
}
