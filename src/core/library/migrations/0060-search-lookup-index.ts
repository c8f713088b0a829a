import type { Migration } from './types'

/**
 * A narrow copy of what search reads for every matching story (its date, source and language), keyed by id.
 * Story rows carry their body, so looking up 40,000 matches in the table reads 40,000 scattered pages; in this
 * index they are a few hundred. Facets, filters and date order read it instead of the table.
 */
export const searchLookupIndex: Migration = {
  version: 60,
  name: 'search-lookup-index',
  up(db) {
    db.exec('CREATE INDEX stories_search ON stories(id, date, source, language)')
  }
}
