import type { Migration } from './types'

/**
 * FTS5 no longer merges the index a little at every write (automerge). Incremental merging kept folding an
 * import's new segments into the library's large old ones, so importing into a library of 200,000 stories read
 * and wrote about twice what the same import into an empty library did (bench:import). Instead, between imports,
 * a level of segments is merged once it holds 16 (usermerge, see ImportJobs); during a long import FTS5 still
 * merges a level that reaches 32 at once (crisismerge, migration 0085). A query reads at most a few dozen
 * segments (measured: the same latency as before on 200,000 stories).
 */
export const indexMergeByLevel: Migration = {
  version: 130,
  name: 'index-merge-by-level',
  up(db) {
    db.exec(`
      INSERT INTO story_index (story_index, rank) VALUES ('automerge', 0);
      INSERT INTO story_index (story_index, rank) VALUES ('usermerge', 16);
    `)
  }
}
