import { useEffect } from 'react'
import type { ApiEventName } from '../../../../shared/api'
import type { OrganiseEvents } from '../../../../shared/contract/organise'
import { onApiEvent } from '../../lib/api'
import { useApi, type ApiState } from '../../lib/useApi'

export type StoryAspect = OrganiseEvents['storiesChanged']['aspects'][number]

/**
 * Loads one aspect of a story (its tags, links or notes) and loads it again when that aspect of this story
 * changes (`storiesChanged` naming it, or naming "many"), when the library changes, or on `alsoOn` events.
 */
export function useStoryData<T>(
  load: () => Promise<T>,
  storyId: number,
  aspect: StoryAspect,
  alsoOn: readonly ApiEventName[] = []
): ApiState<T> {
  const state = useApi(load, [storyId], ['libraryChanged', ...alsoOn])
  const { reload } = state
  useEffect(
    () =>
      onApiEvent('storiesChanged', ({ ids, aspects }) => {
        if ((ids === null || ids.includes(storyId)) && aspects.includes(aspect)) reload()
      }),
    [storyId, aspect, reload]
  )
  return state
}
