import type { Migration } from './types'

/** Ties each imported file to the import that brought it, so an import's summary can list its new stories. */
export const importRuns: Migration = {
  version: 80,
  name: 'import-runs',
  up(db) {
    db.exec(`
      ALTER TABLE import_files ADD COLUMN run_id INTEGER REFERENCES import_runs(id) ON DELETE SET NULL;
      CREATE INDEX import_files_run ON import_files(run_id);
      CREATE INDEX stories_file ON stories(file_id);
    `)
  }
}
