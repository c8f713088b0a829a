import { z } from 'zod'
import { method } from './method'

/** 'on': tell the analyst when an import brings matching stories; 'muted': count them quietly; 'off': no alert. */
export type AlertMode = 'off' | 'on' | 'muted'
export const alertModes = ['off', 'on', 'muted'] as const satisfies readonly AlertMode[]

/** A saved search that an import brought stories for. */
export interface ImportAlert {
  savedSearchId: number
  savedSearch: string
  alert: Exclude<AlertMode, 'off'>
  /** Stories of the import that match it. */
  new: number
  /** Their ids, ascending (the first MAX_ALERT_STORY_IDS). */
  storyIds: number[]
  /** The title of the first of them (the body's opening words when it has none). */
  firstTitle: string
}

export const MAX_ALERT_STORY_IDS = 1000

export const alertContract = {
  /** Makes a saved search an alert, mutes it, or turns it off. `not-found` when there is no such search. */
  setSavedSearchAlert: method(z.object({ id: z.number().int().positive(), alert: z.enum(alertModes) }).strict()).returns<{
    id: number
    alert: AlertMode
  }>(),
  /** The alerts an import raised (saved searches that are alerts, with the import's stories matching them). */
  importAlerts: method(z.object({ runId: z.number().int().positive() }).strict()).returns<ImportAlert[]>()
}

export interface AlertEvents {
  /** After an import that brought stories for one or more alerts (muted ones included: the window shows counts). */
  alertsRaised: { runId: number; alerts: ImportAlert[] }
}
