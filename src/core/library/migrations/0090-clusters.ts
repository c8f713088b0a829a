import type { Migration } from './types'

/**
 * Syndication clusters: stories that are copies of one another (one wire story, many outlets). Each story with
 * enough text keeps its MinHash signature, its cluster, and its LSH band keys (src/core/clusters), so a new
 * arrival finds its copies with a few index lookups. Membership lives in this narrow table rather than on
 * `stories`, whose rows carry whole bodies and would be rewritten by every change of cluster. A cluster's size
 * and first-reported story follow its members, also when a story is deleted (trigger). Stories split out by
 * hand are remembered by content, across re-imports.
 */
export const clusters: Migration = {
  version: 90,
  name: 'clusters',
  up(db) {
    db.exec(`
      CREATE TABLE clusters (
        id             INTEGER PRIMARY KEY,
        size           INTEGER NOT NULL,
        first_story_id INTEGER NOT NULL
      );
      CREATE TABLE story_signatures (
        story_id   INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        signature  BLOB NOT NULL,
        cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL
      );
      CREATE INDEX story_signatures_cluster ON story_signatures(cluster_id) WHERE cluster_id IS NOT NULL;

      -- No foreign key: band rows of a deleted story are skipped by joining story_signatures, which saves a
      -- second index on every band row of every import.
      CREATE TABLE signature_bands (
        band_key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        PRIMARY KEY (band_key, story_id)
      ) WITHOUT ROWID;

      CREATE TABLE cluster_splits (
        content_hash BLOB PRIMARY KEY,
        split_at     TEXT NOT NULL
      ) WITHOUT ROWID;

      -- A story whose signature goes (deleted, or split out by hand) leaves its cluster; a cluster of one is dissolved.
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
