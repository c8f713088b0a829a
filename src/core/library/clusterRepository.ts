import type { Database, Statement } from 'better-sqlite3'
import { writeTransaction } from './writeTransaction'

export interface ClusterCandidate {
  storyId: number
  clusterId: number | null
  signature: Buffer
}

export interface ClusterRow {
  id: number
  size: number
  first: number
  members: number[]
}

export interface ClusterMember {
  id: number
  title: string | null
  source: string | null
  date: string | null
  body: string
}

/** Candidates beyond this many are not compared: a band key that common means boilerplate, not a copy. */
const MAX_CANDIDATES = 200
/** Recent band keys are merged into the main table once they number this share of it (migration 0140). */
const RECENT_BANDS_SHARE = 0.25
/** Rows moved per step of that merge: a short transaction, so that a waiting import is not held up. */
const BANDS_PER_MERGE_STEP = 20_000

/** Syndication clusters (migration 0090): signatures, band keys, membership, hand-made splits. */
export class ClusterRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly candidateStatements = new Map<number, Statement<number[], ClusterCandidate>>()

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
  }

  /** Stores a story's signature: from now on it can be a member of a cluster. */
  storeSignature(storyId: number, signature: Buffer): void {
    this.statements.insertSignature.run(storyId, signature)
  }

  /**
   * Indexes stories' band keys, so later arrivals can find them: into the recent keys' table, in key order, which
   * keeps the B-tree writes close.
   */
  indexBands(stories: readonly { storyId: number; bandKeys: readonly number[] }[]): void {
    const rows = stories.flatMap(({ storyId, bandKeys }) => bandKeys.map((key) => [key, storyId] as const))
    rows.sort((a, b) => a[0] - b[0])
    for (const [key, storyId] of rows) this.statements.insertBand.run(key, storyId)
  }

  /** Stories sharing at least one band key, with their signatures (deleted stories drop out through the join). */
  candidates(bandKeys: readonly number[]): ClusterCandidate[] {
    let statement = this.candidateStatements.get(bandKeys.length)
    if (!statement) {
      const keys = bandKeys.map(() => '?').join(', ')
      statement = this.db.prepare(`
        SELECT g.story_id AS storyId, g.cluster_id AS clusterId, g.signature
        FROM (SELECT DISTINCT story_id FROM (
                SELECT story_id FROM signature_bands WHERE band_key IN (${keys})
                UNION ALL SELECT story_id FROM signature_bands_recent WHERE band_key IN (${keys}))
              LIMIT ${MAX_CANDIDATES + 1}) b
        JOIN story_signatures g ON g.story_id = b.story_id`)
      this.candidateStatements.set(bandKeys.length, statement)
    }
    return statement.all(...bandKeys, ...bandKeys) // once per table
  }

  /** Whether the recent band keys are numerous enough to be merged into the main table (between imports). */
  recentBandsDueForMerge(): boolean {
    const recent = this.statements.countRecentBands.get()!.count
    return recent > 0 && recent >= RECENT_BANDS_SHARE * this.statements.countBands.get()!.count
  }

  /** Moves the first recent band keys, in key order, into the main table; false once none are left. */
  mergeRecentBandsStep(): boolean {
    return writeTransaction(this.db, () => {
      const bound = this.statements.recentBandBound.get(BANDS_PER_MERGE_STEP - 1)?.bandKey ?? Number.MAX_SAFE_INTEGER
      this.statements.copyRecentBands.run(bound)
      return this.statements.deleteRecentBands.run(bound).changes > 0
    })
  }

  clusterOf(storyId: number): number | null {
    return this.statements.clusterOf.get(storyId)?.clusterId ?? null
  }

  /**
   * Puts stories (all with a stored signature) into one cluster: `clusterId`, or a new one; any other clusters
   * they were in are absorbed.
   */
  join(storyIds: readonly number[], clusterId: number | null): number {
    const target = clusterId ?? Number(this.statements.createCluster.run(storyIds[0]!).lastInsertRowid)
    for (const id of storyIds) {
      const previous = this.clusterOf(id)
      if (previous === target) continue
      if (previous !== null) {
        this.statements.moveMembers.run(target, previous)
        this.statements.deleteCluster.run(previous)
      } else {
        this.statements.setCluster.run(target, id)
      }
    }
    this.statements.refresh.run({ id: target })
    return target
  }

  /** Takes a story out of its cluster for good: it is kept alone, now and when it is imported again. */
  split(storyId: number): void {
    this.statements.rememberSplit.run(new Date().toISOString(), storyId)
    // Deleting its signature takes it out of its cluster (trigger) and out of every future comparison.
    this.statements.forgetSignature.run(storyId)
  }

  isSplit(identityHash: Buffer): boolean {
    return this.statements.isSplit.get(identityHash) !== undefined
  }

  list(minSize: number): ClusterRow[] {
    return this.statements.list.all(minSize).map((row) => ({ ...row, members: JSON.parse(row.members) as number[] }))
  }

  /** The members of a story's cluster, the story itself included, first reported first. */
  members(storyId: number): ClusterMember[] {
    return this.statements.members.all(storyId)
  }
}

function prepareStatements(db: Database) {
  return {
    insertSignature: db.prepare('INSERT INTO story_signatures (story_id, signature) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO signature_bands_recent (band_key, story_id) VALUES (?, ?)'),
    countRecentBands: db.prepare('SELECT count(*) AS count FROM signature_bands_recent') as Statement<[], { count: number }>,
    countBands: db.prepare('SELECT count(*) AS count FROM signature_bands') as Statement<[], { count: number }>,
    recentBandBound: db.prepare('SELECT band_key AS bandKey FROM signature_bands_recent ORDER BY band_key LIMIT 1 OFFSET ?') as Statement<
      [number],
      { bandKey: number }
    >,
    copyRecentBands: db.prepare(`
      INSERT OR IGNORE INTO signature_bands (band_key, story_id)
      SELECT band_key, story_id FROM signature_bands_recent WHERE band_key <= ? ORDER BY band_key, story_id`),
    deleteRecentBands: db.prepare('DELETE FROM signature_bands_recent WHERE band_key <= ?'),
    clusterOf: db.prepare('SELECT cluster_id AS clusterId FROM story_signatures WHERE story_id = ?') as Statement<
      [number],
      { clusterId: number | null }
    >,
    createCluster: db.prepare('INSERT INTO clusters (size, first_story_id) VALUES (0, ?)'),
    setCluster: db.prepare('UPDATE story_signatures SET cluster_id = ? WHERE story_id = ?'),
    moveMembers: db.prepare('UPDATE story_signatures SET cluster_id = ? WHERE cluster_id = ?'),
    deleteCluster: db.prepare('DELETE FROM clusters WHERE id = ?'),
    refresh: db.prepare(`
      UPDATE clusters SET
        size = (SELECT count(*) FROM story_signatures WHERE cluster_id = @id),
        first_story_id = (SELECT g.story_id FROM story_signatures g JOIN stories s ON s.id = g.story_id
                          WHERE g.cluster_id = @id ORDER BY s.date IS NULL, s.date, s.id LIMIT 1)
      WHERE id = @id`),
    rememberSplit: db.prepare(
      'INSERT OR IGNORE INTO cluster_splits (identity_hash, split_at) SELECT identity_hash, ? FROM stories WHERE id = ?'
    ),
    forgetSignature: db.prepare('DELETE FROM story_signatures WHERE story_id = ?'),
    isSplit: db.prepare('SELECT 1 FROM cluster_splits WHERE identity_hash = ?'),
    list: db.prepare(`
      SELECT c.id, c.size, c.first_story_id AS first, json_group_array(g.story_id) AS members
      FROM clusters c JOIN story_signatures g ON g.cluster_id = c.id
      WHERE c.size >= ?
      GROUP BY c.id ORDER BY c.size DESC, c.id`) as Statement<[number], { id: number; size: number; first: number; members: string }>,
    members: db.prepare(`
      SELECT s.id, s.title, s.source, s.date, s.body
      FROM story_signatures g JOIN stories s ON s.id = g.story_id
      WHERE g.cluster_id = (SELECT cluster_id FROM story_signatures WHERE story_id = ?)
      ORDER BY s.date IS NULL, s.date, s.id`) as Statement<[number], ClusterMember>
  }
}
