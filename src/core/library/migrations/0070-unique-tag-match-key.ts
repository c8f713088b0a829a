import type { Migration } from './types'

/**
 * One tag per normalised name: كوريا and کوریا are the same tag, so the library refuses a second one however it is
 * spelt. Replaces the plain index of migration 0030 (no library had tags before this version).
 */
export const uniqueTagMatchKey: Migration = {
  version: 70,
  name: 'unique-tag-match-key',
  up(db) {
    db.exec(`
      DROP INDEX tags_match_key;
      CREATE UNIQUE INDEX tags_match_key ON tags(match_key);
    `)
  }
}
