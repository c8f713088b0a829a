import type { ApiHandlers } from '../../shared/api'
import type { MarsadCore } from '../core'
import { alertsOfImport, refreshSavedSearchCounts, setSavedSearchAlert } from '../search'

export function alertHandlers(core: MarsadCore): Pick<ApiHandlers, 'setSavedSearchAlert' | 'importAlerts'> {
  core.onEvent((event, payload) => {
    // Every import, dropped, watched or from the command line, is checked against the alerts.
    if (event !== 'importFinished') return
    const { runId, stories } = payload as { runId: number; stories: number }
    if (runId <= 0 || stories === 0) return
    alertsOfImport(core.library, runId).then(
      (alerts) => alerts.length > 0 && core.emit('alertsRaised', { runId, alerts }),
      () => undefined // the alerts are computed again on request (importAlerts); an import never fails for them
    )
  })
  return {
    setSavedSearchAlert: async ({ id, alert }) => {
      const result = setSavedSearchAlert(core.library, id, alert)
      core.emit('savedSearchesChanged', { counts: await refreshSavedSearchCounts(core.library) })
      return result
    },
    importAlerts: ({ runId }) => alertsOfImport(core.library, runId)
  }
}
