import type { Database, Statement } from 'better-sqlite3'
import type { ColumnMapping } from '../../shared/contract/imports'

/** A mapping as remembered: the header as the file wrote it, and which column holds which field. */
export interface RememberedMapping {
  header: string[]
  mapping: ColumnMapping
}

/**
 * Column mappings the analyst chose, by header (table column_mappings), read at the start of every import. The
 * key is the header folded as the importer folds field names (ingest's headerKey), so that case and spacing aside
 * the same header finds its mapping.
 */
export class ColumnMappingRepository {
  private readonly save: Statement<[string, string, string, string]>
  private readonly all: Statement<[], { header: string; mapping: string }>

  constructor(db: Database) {
    this.save = db.prepare(`INSERT INTO column_mappings (header_key, header, mapping, saved_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (header_key) DO UPDATE SET header = excluded.header, mapping = excluded.mapping, saved_at = excluded.saved_at`)
    this.all = db.prepare('SELECT header, mapping FROM column_mappings ORDER BY saved_at DESC')
  }

  /** Remembers the mapping for files with this header; a later choice for the same header replaces it. */
  remember(key: string, remembered: RememberedMapping, now = new Date().toISOString()): void {
    this.save.run(key, JSON.stringify(remembered.header), JSON.stringify(remembered.mapping), now)
  }

  list(): RememberedMapping[] {
    return this.all.all().map((row) => ({ header: JSON.parse(row.header) as string[], mapping: JSON.parse(row.mapping) as ColumnMapping }))
  }
}
