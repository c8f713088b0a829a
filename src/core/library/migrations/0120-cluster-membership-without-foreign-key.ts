import { LEAVE_CLUSTER_TRIGGER } from './0090-clusters'
import type { Migration } from './types'

/**
 * `story_signatures.cluster_id` loses its foreign key. A statement that may break a foreign key half-way makes
 * SQLite open a statement savepoint, and FTS5 writes its pending index data out as a new segment at every
 * savepoint: each story joining a cluster during an import cut the full-text index into small segments, to be
 * merged again. Membership stays consistent without it: a cluster is deleted only once its members have moved
 * (ClusterRepository.join) or have been cleared (the trigger).
 */
export const clusterMembershipWithoutForeignKey: Migration = {
  version: 120,
  name: 'cluster-membership-without-foreign-key',
  up(db) {
    db.exec(`
      CREATE TABLE story_signatures_rebuilt (
        story_id   INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        signature  BLOB NOT NULL,
        cluster_id INTEGER
      );
      INSERT INTO story_signatures_rebuilt (story_id, signature, cluster_id) SELECT story_id, signature, cluster_id FROM story_signatures;
      DROP TABLE story_signatures;
      ALTER TABLE story_signatures_rebuilt RENAME TO story_signatures;
      CREATE INDEX story_signatures_cluster ON story_signatures(cluster_id) WHERE cluster_id IS NOT NULL;
      ${LEAVE_CLUSTER_TRIGGER}
    `)
  }
}
