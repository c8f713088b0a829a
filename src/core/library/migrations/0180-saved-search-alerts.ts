import type { Migration } from './types'

/**
 * A saved search can be an alert (issue 19): 'on' tells the analyst when an import brings stories that match it (a
 * desktop notification in the app, `alerts` in `marsad import --json`), 'muted' keeps counting them without telling,
 * 'off' is a plain saved search.
 */
export const savedSearchAlerts: Migration = {
  version: 180,
  name: 'saved-search-alerts',
  up(db) {
    db.exec(`ALTER TABLE saved_searches ADD COLUMN alert TEXT NOT NULL DEFAULT 'off' CHECK (alert IN ('off', 'on', 'muted'))`)
  }
}
