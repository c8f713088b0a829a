import type { Database, Statement } from 'better-sqlite3'

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

/** Syndication clusters (migration 0090): signatures, band keys, membership, hand-made splits. */
export class ClusterRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly candidateStatements = new Map<number, Statement<number[], ClusterCandidate>>()

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
  }

  /** Stores a story's signature and band keys, so later arrivals can find it. */
  remember(storyId: number, signature: Buffer, bandKeys: readonly number[]): void {
    this.statements.insertSignature.run(storyId, signature)
    for (const key of bandKeys) this.statements.insertBand.run(key, storyId)
  }

  /** Stories sharing at least one band key, with their signatures (deleted stories drop out through the join). */
  candidates(bandKeys: readonly number[], excludeStoryId: number): ClusterCandidate[] {
    let statement = this.candidateStatements.get(bandKeys.length)
    if (!statement) {
      statement = this.db.prepare(`
        SELECT DISTINCT g.story_id AS storyId, s.cluster_id AS clusterId, g.signature
        FROM signature_bands b
        JOIN story_signatures g ON g.story_id = b.story_id
        JOIN stories s ON s.id = b.story_id
        WHERE b.band_key IN (${bandKeys.map(() => '?').join(', ')})
        LIMIT ${MAX_CANDIDATES + 1}`)
      this.candidateStatements.set(bandKeys.length, statement)
    }
    return statement.all(...bandKeys).filter((candidate) => candidate.storyId !== excludeStoryId)
  }

  clusterOf(storyId: number): number | null {
    return this.statements.clusterOf.get(storyId)?.clusterId ?? null
  }

  /** Puts stories into one cluster: a new one, or `clusterId`, absorbing any other clusters they were in. */
  join(storyIds: readonly number[], clusterId: number | null): number {
    const target = clusterId ?? Number(this.statements.createCluster.run(storyIds[0]!).lastInsertRowid)
    for (const id of storyIds) {
      const previous = this.clusterOf(id)
      if (previous !== null && previous !== target) {
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
    const clusterId = this.clusterOf(storyId)
    this.statements.rememberSplit.run(new Date().toISOString(), storyId)
    this.statements.forgetSignature.run(storyId)
    if (clusterId === null) return
    this.statements.setCluster.run(null, storyId)
    this.statements.refresh.run({ id: clusterId })
    this.statements.dissolveSmall.run({ id: clusterId })
    this.statements.deleteSmall.run(clusterId)
  }

  isSplit(contentHash: Buffer): boolean {
    return this.statements.isSplit.get(contentHash) !== undefined
  }

  list(minSize: number): ClusterRow[] {
    return this.statements.list.all(minSize).map((row) => ({ ...row, members: JSON.parse(row.members) as number[] }))
  }

  /** The members of a story's cluster, the story itself included, first reported first. */
  members(storyId: number): ClusterMember[] {
    return this.statements.members.all(storyId)
  }

  firstOf(clusterId: number): number | null {
    return this.statements.firstOf.get(clusterId)?.first ?? null
  }
}

function prepareStatements(db: Database) {
  return {
    insertSignature: db.prepare('INSERT OR REPLACE INTO story_signatures (story_id, signature) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO signature_bands (band_key, story_id) VALUES (?, ?)'),
    clusterOf: db.prepare('SELECT cluster_id AS clusterId FROM stories WHERE id = ?') as Statement<[number], { clusterId: number | null }>,
    createCluster: db.prepare('INSERT INTO clusters (size, first_story_id) VALUES (0, ?)'),
    setCluster: db.prepare('UPDATE stories SET cluster_id = ? WHERE id = ?'),
    moveMembers: db.prepare('UPDATE stories SET cluster_id = ? WHERE cluster_id = ?'),
    deleteCluster: db.prepare('DELETE FROM clusters WHERE id = ?'),
    refresh: db.prepare(`
      UPDATE clusters SET
        size = (SELECT count(*) FROM stories WHERE cluster_id = @id),
        first_story_id = (SELECT id FROM stories WHERE cluster_id = @id ORDER BY date IS NULL, date, id LIMIT 1)
      WHERE id = @id`),
    dissolveSmall: db.prepare('UPDATE stories SET cluster_id = NULL WHERE cluster_id = @id AND (SELECT size FROM clusters WHERE id = @id) < 2'),
    deleteSmall: db.prepare('DELETE FROM clusters WHERE id = ? AND size < 2'),
    rememberSplit: db.prepare('INSERT OR IGNORE INTO cluster_splits (content_hash, split_at) SELECT content_hash, ? FROM stories WHERE id = ?'),
    forgetSignature: db.prepare('DELETE FROM story_signatures WHERE story_id = ?'),
    isSplit: db.prepare('SELECT 1 FROM cluster_splits WHERE content_hash = ?'),
    list: db.prepare(`
      SELECT c.id, c.size, c.first_story_id AS first, json_group_array(s.id) AS members
      FROM clusters c JOIN stories s ON s.cluster_id = c.id
      WHERE c.size >= ?
      GROUP BY c.id ORDER BY c.size DESC, c.id`) as Statement<[number], { id: number; size: number; first: number; members: string }>,
    members: db.prepare(`
      SELECT s.id, s.title, s.source, s.date, s.body FROM stories s
      WHERE s.cluster_id = (SELECT cluster_id FROM stories WHERE id = ?)
      ORDER BY s.date IS NULL, s.date, s.id`) as Statement<[number], ClusterMember>,
    firstOf: db.prepare('SELECT first_story_id AS first FROM clusters WHERE id = ?') as Statement<[number], { first: number }>
  }
}
