import type { Migration } from './types'

/** The analyst's output (briefings) and standing questions (saved searches). */
export const briefingsSavedSearches: Migration = {
  version: 40,
  name: 'briefings-saved-searches',
  up(db) {
    db.exec(`
      CREATE TABLE briefings (
        id             INTEGER PRIMARY KEY,
        title          TEXT NOT NULL,
        subtitle       TEXT,
        author         TEXT,
        date           TEXT,
        classification TEXT,
        introduction   TEXT,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );
      CREATE TABLE briefing_sections (
        id          INTEGER PRIMARY KEY,
        briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
        heading     TEXT NOT NULL,
        position    INTEGER NOT NULL
      );
      CREATE INDEX briefing_sections_briefing ON briefing_sections(briefing_id, position);
      CREATE TABLE briefing_items (
        id         INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES briefing_sections(id) ON DELETE CASCADE,
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        comment    TEXT,
        excerpt    TEXT,
        full_body  INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX briefing_items_section ON briefing_items(section_id, position);
      CREATE INDEX briefing_items_story ON briefing_items(story_id);

      CREATE TABLE saved_searches (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL UNIQUE,
        query          TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        last_opened_at TEXT,
        -- stories with a larger id arrived after the analyst last opened the search
        seen_through_story_id INTEGER NOT NULL DEFAULT 0
      );
    `)
  }
}
