import type { Migration } from './types'

/**
 * Syndication clusters: stories that are copies of one another (one wire story, many outlets). Each story with
 * enough text keeps its MinHash signature and its LSH band keys (src/core/clusters), so a new arrival finds its
 * copies with a few index lookups. A cluster's size and first-reported story follow its members, also when a
 * story is deleted (trigger). Stories split out by hand are remembered by content, across re-imports.
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
      ALTER TABLE stories ADD COLUMN cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL;
      CREATE INDEX stories_cluster ON stories(cluster_id) WHERE cluster_id IS NOT NULL;

      CREATE TABLE story_signatures (
        story_id  INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
      );
      -- No foreign key: band rows of a deleted story are skipped by joining story_signatures, and the cost of a
      -- second index on every band row is saved on every import.
      CREATE TABLE signature_bands (
        band_key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        PRIMARY KEY (band_key, story_id)
      ) WITHOUT ROWID;

      CREATE TABLE cluster_splits (
        content_hash BLOB PRIMARY KEY,
        split_at     TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TRIGGER stories_leave_cluster AFTER DELETE ON stories WHEN old.cluster_id IS NOT NULL BEGIN
        UPDATE clusters SET
          size = (SELECT count(*) FROM stories WHERE cluster_id = old.cluster_id),
          first_story_id = coalesce((SELECT id FROM stories WHERE cluster_id = old.cluster_id ORDER BY date IS NULL, date, id LIMIT 1), first_story_id)
        WHERE id = old.cluster_id;
        UPDATE stories SET cluster_id = NULL
          WHERE cluster_id = old.cluster_id AND (SELECT size FROM clusters WHERE id = old.cluster_id) < 2;
        DELETE FROM clusters WHERE id = old.cluster_id AND size < 2;
      END;
    `)
  }
}
