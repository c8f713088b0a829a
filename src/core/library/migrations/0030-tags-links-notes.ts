import type { Migration } from './types'

/** How analysts organise what they found: hierarchical tags, typed links between stories, notes. */
export const tagsLinksNotes: Migration = {
  version: 30,
  name: 'tags-links-notes',
  up(db) {
    db.exec(`
      CREATE TABLE tags (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE,
        -- the name as the analyser normalises it, so that كوريا finds the tag کوریا
        match_key  TEXT NOT NULL,
        color      TEXT,
        parent_id  INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
      );
      CREATE INDEX tags_parent ON tags(parent_id);
      CREATE INDEX tags_match_key ON tags(match_key);

      CREATE TABLE story_tags (
        story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        tagged_at TEXT NOT NULL,
        PRIMARY KEY (story_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_tags_tag ON story_tags(tag_id, story_id);

      CREATE TABLE links (
        id         INTEGER PRIMARY KEY,
        from_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        to_id      INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('related', 'follows', 'contradicts', 'same-event', 'source-of')),
        note       TEXT,
        origin     TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'import')),
        created_at TEXT NOT NULL,
        UNIQUE (from_id, to_id, kind),
        CHECK (from_id <> to_id)
      );
      CREATE INDEX links_to ON links(to_id);

      CREATE TABLE notes (
        id         INTEGER PRIMARY KEY,
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        body       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notes_story ON notes(story_id);
    `)
  }
}
