import type { Migration } from './types'

/**
 * A briefing's language, when the analyst chooses it: it sets the export's direction (right-to-left for Arabic) and
 * the words the export adds (contents, page, comment). NULL lets the export judge it from the briefing's text.
 */
export const briefingLanguage: Migration = {
  version: 100,
  name: 'briefing-language',
  up(db) {
    db.exec(`
      ALTER TABLE briefings ADD COLUMN language TEXT CHECK (language IN ('ar', 'en'));
      CREATE INDEX briefings_updated ON briefings(updated_at);
    `)
  }
}
