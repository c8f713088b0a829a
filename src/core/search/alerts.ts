import { MAX_ALERT_STORY_IDS, type AlertMode, type ImportAlert } from '../../shared/contract/alerts'
import { MarsadError } from '../../shared/errors'
import { prepareQuery } from './prepareQuery'
import type { SearchState } from './searchState'

/** How much of an untitled story's body stands for its title in a notification. */
const UNTITLED_PREVIEW = 80

/*
 * Alerts are saved searches that speak up: after an import, each alert (on or muted) is run over just the stories
 * that import added. The "new" count the saved search shows is the one it always had (since last opened).
 */

export function setSavedSearchAlert(state: SearchState, id: number, alert: AlertMode): { id: number; alert: AlertMode } {
  const row = state.savedSearches.setAlert(id, alert)
  if (!row) throw new MarsadError('not-found', `There is no saved search ${id}.`, { id })
  return { id, alert: row.alert }
}

/** The alerts an import raised: each alert with the import's stories that match it, in name order. */
export async function alertsOfImport(state: SearchState, runId: number): Promise<ImportAlert[]> {
  const range = state.library.imports.storyIdRange(runId)
  if (!range) return []
  const alerts: ImportAlert[] = []
  for (const row of state.savedSearches.alerts()) {
    let ids: number[]
    try {
      ids = state.repository.idsInRange(await prepareQuery(state, row.query), range.first, range.last)
    } catch (error) {
      // A query an older Marsad saved that this one reads differently raises nothing (as its new count is 0).
      if (error instanceof MarsadError && error.code === 'invalid-query') continue
      throw error
    }
    if (ids.length === 0) continue
    alerts.push({
      savedSearchId: row.id,
      savedSearch: row.name,
      alert: row.alert === 'muted' ? 'muted' : 'on',
      new: ids.length,
      storyIds: ids.slice(0, MAX_ALERT_STORY_IDS),
      firstTitle: headline(state.repository.storyText(ids[0]!))
    })
  }
  return alerts
}

function headline(story: { title: string | null; body: string } | null): string {
  if (!story) return ''
  if (story.title?.trim()) return story.title.trim()
  const body = story.body.trim().replace(/\s+/g, ' ')
  return body.length > UNTITLED_PREVIEW ? `${body.slice(0, UNTITLED_PREVIEW)}…` : body
}
