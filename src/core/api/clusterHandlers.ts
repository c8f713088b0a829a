import type { ApiHandlers } from '../../shared/api'
import type { clusterContract } from '../../shared/contract/clusters'
import type { HandlerContext } from './context'

export function clusterHandlers({ session }: Pick<HandlerContext, 'session'>): Pick<ApiHandlers, keyof typeof clusterContract> {
  return {
    storyCopies: ({ id }) => session().clusters.copies(id),
    splitFromCluster: ({ id }) => session().clusters.split(id),
    listClusters: ({ minSize }) => session().clusters.list(minSize)
  }
}
