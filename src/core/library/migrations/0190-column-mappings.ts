import type { Migration } from './types'

/**
 * Column mappings the analyst chose for exports whose header Marsad did not recognise (issue 20): by the header's
 * key (its folded column names), which column holds the title, text, date, source and URL. A file with the same
 * header is read with the same mapping.
 */
export const columnMappings: Migration = {
  version: 190,
  name: 'column-mappings',
  up(db) {
    db.exec(`CREATE TABLE column_mappings (
      header_key TEXT PRIMARY KEY,
      header TEXT NOT NULL,
      mapping TEXT NOT NULL,
      saved_at TEXT NOT NULL
    )`)
  }
}
