import type { Migration } from './types'

/**
 * How eagerly FTS5 merges the index's segments while stories are written. Its default (merge at 4 segments of a
 * level, force at 16) spends a fifth of an import's index time merging; 8 and 32 keep imports faster, at the cost
 * of a few more segments for a query to read (measured: about 20% less CPU per story indexed).
 */
export const indexMergePolicy: Migration = {
  version: 85,
  name: 'index-merge-policy',
  up(db) {
    db.exec(`
      INSERT INTO story_index (story_index, rank) VALUES ('automerge', 8);
      INSERT INTO story_index (story_index, rank) VALUES ('crisismerge', 32);
    `)
  }
}
