import type { ClusterInfo, StoryCopies } from '../../shared/contract/clusters'
import type { LibraryEvents } from '../../shared/contract/library'
import type { Library } from '../library'
import { diffWords } from './diff'

/** How the service tells the interface that the library changed (the core's `emit`, narrowed). */
export type EmitLibraryEvent = (event: 'libraryChanged', payload: LibraryEvents['libraryChanged']) => void

/** Syndication clusters as the analyst sees them: a story's copies with what each changed, splitting, the list. */
export class ClusterService {
  constructor(
    private readonly library: Library,
    private readonly emit: EmitLibraryEvent = () => {}
  ) {}

  /** The copies of a story's cluster, each with its word differences from the first-reported one. */
  copies(id: number): StoryCopies {
    const story = this.library.stories.require(id)
    if (story.clusterId === null) return { clusterId: null, first: null, copies: [] }
    const members = this.library.clusters.members(id)
    const first = members[0]!
    return {
      clusterId: story.clusterId,
      first: first.id,
      copies: members.map(({ body, ...member }) => ({ ...member, diff: member.id === first.id ? [] : diffWords(first.body, body) }))
    }
  }

  /** Takes a story out of its cluster (remembered when it is imported again); returns the cluster it left. */
  split(id: number): { clusterId: number | null } {
    this.library.stories.require(id)
    const clusterId = this.library.clusters.clusterOf(id)
    this.library.transaction(() => this.library.clusters.split(id))
    this.emit('libraryChanged', { reason: 'edited' })
    return { clusterId }
  }

  list(minSize: number): ClusterInfo[] {
    return this.library.clusters.list(minSize)
  }
}
