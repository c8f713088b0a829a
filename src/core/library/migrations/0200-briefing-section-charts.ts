import type { Migration } from './types'

/**
 * A coverage chart in a briefing (issue 19): a section may carry one, stored as the search it charts (query,
 * period, stacked by source or not) and its caption; the counts are taken from the library when the briefing is
 * exported, so the chart shows the coverage as it stands then.
 */
export const briefingSectionCharts: Migration = {
  version: 200,
  name: 'briefing-section-charts',
  up(db) {
    db.exec(`CREATE TABLE briefing_section_charts (
      section_id INTEGER PRIMARY KEY REFERENCES briefing_sections(id) ON DELETE CASCADE,
      query TEXT NOT NULL,
      period TEXT NOT NULL CHECK (period IN ('day','week','month')),
      by_source INTEGER NOT NULL,
      caption TEXT NOT NULL
    )`)
  }
}
