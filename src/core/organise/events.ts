import type { OrganiseEvents } from '../../shared/contract/organise'

/** How the organise services tell the interface what changed (the core's `emit`, narrowed to their events). */
export type EmitOrganiseEvent = <E extends keyof OrganiseEvents>(event: E, payload: OrganiseEvents[E]) => void

type Aspect = OrganiseEvents['storiesChanged']['aspects'][number]

/** Beyond this many, `storiesChanged` says "many" (ids: null) rather than listing them. */
const MAX_LISTED_STORY_IDS = 500

export function emitStoriesChanged(emit: EmitOrganiseEvent, ids: readonly number[] | null, aspects: Aspect[]): void {
  if (ids !== null && ids.length === 0) return
  emit('storiesChanged', { ids: ids === null || ids.length > MAX_LISTED_STORY_IDS ? null : [...new Set(ids)], aspects })
}

/** Does nothing: for callers (scripts, tests) that nobody is watching. */
export const ignoreEvents: EmitOrganiseEvent = () => {}
