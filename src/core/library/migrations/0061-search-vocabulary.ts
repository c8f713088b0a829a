import type { Migration } from './types'

/**
 * The index's vocabulary, kept for fuzzy search, "did you mean" and word suggestions: every normalised term of
 * titles, bodies, keywords and notes with the number of stories that use it. Reading it from FTS5 (fts5vocab)
 * walks the whole index, seconds on a large library; this table is read in a fraction of that. Derived data:
 * `marsad reindex` rebuilds it, and search brings it up to date with stories newer than `through_story_id`.
 */
export const searchVocabulary: Migration = {
  version: 61,
  name: 'search-vocabulary',
  up(db) {
    db.exec(`
      CREATE TABLE search_terms (
        term    TEXT PRIMARY KEY,
        stories INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE search_terms_state (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        through_story_id INTEGER NOT NULL
      );
    `)
  }
}
