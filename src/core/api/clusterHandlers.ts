import type { ApiHandlers } from '../../shared/api'
import { MarsadError } from '../../shared/errors'
import { diffWords } from '../clusters'
import type { MarsadCore } from '../core'

export function clusterHandlers(core: MarsadCore): Pick<ApiHandlers, 'storyCopies' | 'splitFromCluster' | 'listClusters'> {
  return {
    storyCopies: ({ id }) => {
      const story = core.library.stories.get(id)
      if (!story) throw new MarsadError('not-found', `There is no story ${id} in this library.`, { id })
      if (story.clusterId === null) return { clusterId: null, first: null, copies: [] }
      const members = core.library.clusters.members(id)
      const first = members[0]!
      return {
        clusterId: story.clusterId,
        first: first.id,
        copies: members.map(({ body, ...member }) => ({ ...member, diff: member.id === first.id ? [] : diffWords(first.body, body) }))
      }
    },
    splitFromCluster: ({ id }) => {
      if (!core.library.stories.get(id)) throw new MarsadError('not-found', `There is no story ${id} in this library.`, { id })
      const clusterId = core.library.clusters.clusterOf(id)
      core.library.transaction(() => core.library.clusters.split(id))
      core.emit('libraryChanged', { reason: 'edited' })
      return { clusterId }
    },
    listClusters: ({ minSize }) => core.library.clusters.list(minSize)
  }
}
