import type { Database, Statement } from 'better-sqlite3'
import { analyseForIndex } from '../indexDocument'
import { storyIdentity } from '../storyIdentity'
import type { Migration } from './types'

/**
 * A story's identity becomes its URL, or without one its source, title and body (storyIdentity); it was its
 * title and body alone, so that another outlet's word-for-word copy of a wire story was folded into the first
 * as a sighting, its source, URL, date and author kept nowhere. What was not stored cannot be brought back here:
 * files that brought such folded arrivals (a duplicate count above zero) are marked to be read again when they
 * are imported again, which adds the lost copies as stories of their own.
 *
 * The stored hash of title and body is the input of the new identity, so no body is read again. Two stored
 * stories at one URL (a page whose text changed between imports) both stay: the later keeps its identity by
 * source and text. Hand-made cluster splits follow their stories' new identity; those of deleted stories,
 * whose URL and source are gone, no longer match anything.
 */
export const storyIdentityByUrlOrSource: Migration = {
  version: 150,
  name: 'story-identity',
  up(db) {
    db.exec(`
      ALTER TABLE stories RENAME COLUMN content_hash TO identity_hash;
      ALTER TABLE cluster_splits RENAME COLUMN content_hash TO identity_hash;
      ALTER TABLE import_files ADD COLUMN reread_for_copies INTEGER NOT NULL DEFAULT 0;
      UPDATE import_files SET reread_for_copies = 1 WHERE duplicate_count > 0;
    `)
    reidentifyStories(db)
  }
}

function reidentifyStories(db: Database): void {
  const stories = db.prepare('SELECT id, url, source, identity_hash AS textHash FROM stories ORDER BY id') as Statement<
    [],
    { id: number; url: string | null; source: string | null; textHash: Buffer }
  >
  const holder = db.prepare('SELECT id FROM stories WHERE identity_hash = ?').pluck()
  const setIdentity = db.prepare('UPDATE stories SET identity_hash = ? WHERE id = ?')
  const moveSplit = db.prepare('UPDATE cluster_splits SET identity_hash = ? WHERE identity_hash = ?')
  // Collected first: updating rows while a statement iterates over them is undefined in SQLite.
  for (const story of stories.all()) {
    const sourceTerms = analyseForIndex(story.source).terms
    let identity = storyIdentity(story.url, sourceTerms, story.textHash)
    if (holder.get(identity) !== undefined) identity = storyIdentity(null, sourceTerms, story.textHash)
    setIdentity.run(identity, story.id)
    moveSplit.run(identity, story.textHash)
  }
}
