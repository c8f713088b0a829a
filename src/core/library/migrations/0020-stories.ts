import type { Migration } from './types'

/**
 * Stories keep their text exactly as the dump had it; everything derived from it (normalised terms, stems,
 * the search index) can be rebuilt. Small columns come first so that list and facet queries read a row's
 * first page without touching the body's overflow pages.
 */
export const stories: Migration = {
  version: 20,
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id           INTEGER PRIMARY KEY,
        date         TEXT,
        source       TEXT,
        language     TEXT,
        file_id      INTEGER REFERENCES import_files(id) ON DELETE SET NULL,
        position     INTEGER,
        added_at     TEXT NOT NULL,
        content_hash BLOB NOT NULL UNIQUE,
        title        TEXT,
        date_text    TEXT,
        updated      TEXT,
        updated_text TEXT,
        source_from  TEXT,
        url          TEXT,
        author       TEXT,
        category     TEXT,
        keywords     TEXT NOT NULL DEFAULT '[]',
        teasers      TEXT NOT NULL DEFAULT '[]',
        extra        TEXT NOT NULL DEFAULT '{}',
        body         TEXT NOT NULL
      );
      CREATE INDEX stories_date ON stories(date);
      CREATE INDEX stories_source ON stories(source);

      -- Every arrival of a story: the first, and each later one of the same text from another file or place.
      CREATE TABLE sightings (
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        file_id  INTEGER NOT NULL REFERENCES import_files(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (story_id, file_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX sightings_file ON sightings(file_id);
    `)
  }
}
