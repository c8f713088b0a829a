import { z } from 'zod'
import { method, storyId } from './method'

/** A run of words of a copy compared with the first report: shared, added by this outlet, or cut by it. */
export interface WordDiff {
  kind: 'same' | 'added' | 'cut'
  text: string
}

export interface StoryCopy {
  id: number
  title: string | null
  source: string | null
  date: string | null
  /** The copy's body against the first report's: what this outlet added and what it cut. Empty for the first. */
  diff: WordDiff[]
}

export interface StoryCopies {
  clusterId: number | null
  /** The first-reported member (earliest date): the one the others are compared with. */
  first: number | null
  /** Every member, first reported first, the story asked about included. */
  copies: StoryCopy[]
}

export interface ClusterInfo {
  id: number
  size: number
  first: number
  members: number[]
}

export const clusterContract = {
  /** The other outlets' copies of a story, with what each added or cut. */
  storyCopies: method(z.object({ id: storyId }).strict()).returns<StoryCopies>(),
  /** Takes a wrongly grouped story out of its cluster; remembered when the same story is imported again. */
  splitFromCluster: method(z.object({ id: storyId }).strict()).returns<{ clusterId: number | null }>(),
  listClusters: method(z.object({ minSize: z.number().int().min(2).default(2) }).strict()).returns<ClusterInfo[]>()
}
