import type { Migration } from './types'

/**
 * `story_signatures.cluster_id` loses its foreign key. A statement that may break a foreign key half-way makes
 * SQLite open a statement savepoint, and FTS5 writes its pending index data out as a new segment at every
 * savepoint: each story joining a cluster during an import cut the full-text index into small segments, to be
 * merged again. Membership stays consistent without it: a cluster is deleted only once its members have moved
 * (ClusterRepository.join) or have been cleared (the trigger).
 *
 * Dropping the table drops its trigger, so the trigger of migration 0090 is made again here, written out: a
 * migration carries its own SQL, so that editing an older one never changes what this one did.
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
      CREATE TRIGGER story_signatures_leave_cluster AFTER DELETE ON story_signatures WHEN old.cluster_id IS NOT NULL BEGIN
        UPDATE clusters SET
          size = (SELECT count(*) FROM story_signatures WHERE cluster_id = old.cluster_id),
          first_story_id = coalesce((
            SELECT g.story_id FROM story_signatures g JOIN stories s ON s.id = g.story_id
            WHERE g.cluster_id = old.cluster_id ORDER BY s.date IS NULL, s.date, s.id LIMIT 1), first_story_id)
        WHERE id = old.cluster_id;
        UPDATE story_signatures SET cluster_id = NULL
          WHERE cluster_id = old.cluster_id AND (SELECT size FROM clusters WHERE id = old.cluster_id) < 2;
        DELETE FROM clusters WHERE id = old.cluster_id AND size < 2;
      END;
    `)
  }
}
