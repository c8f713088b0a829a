import type { Migration } from './types'

/**
 * New band keys go to a small table of their own, merged into `signature_bands` between imports once it holds a
 * quarter as many rows (ClusterRepository.mergeRecentBandsStep). Band keys are random, so every import wrote
 * into nearly every page of the one big table: in a library of 200,000 stories, 7,000 pages rewritten (and
 * checkpointed) per import, whatever its size. Lookups read both tables.
 */
export const recentSignatureBands: Migration = {
  version: 140,
  name: 'recent-signature-bands',
  up(db) {
    db.exec(`
      CREATE TABLE signature_bands_recent (
        band_key INTEGER NOT NULL,
        story_id INTEGER NOT NULL,
        PRIMARY KEY (band_key, story_id)
      ) WITHOUT ROWID;
    `)
  }
}
