import BetterSqlite3 from 'better-sqlite3'
import type { Database, Statement } from 'better-sqlite3'
import type { StorySummary } from '../../shared/domain'
import type { ImportRunInfo, ImportSummary } from '../../shared/contract/imports'
import { STORY_SUMMARY_COLUMNS } from './storyRepository'

/** A file imported before, found by its SHA-256. */
export interface ImportedFile {
  id: number
  path: string
  kind: string
  encoding: string
  stories: number
  duplicates: number
  importedAt: string
  /**
   * Imported before each outlet's copy of a story was kept (migration 0150), with arrivals that were folded into
   * another outlet's story: reading it again brings those copies back.
   */
  rereadForCopies: boolean
}

export interface NewImportFile {
  runId: number
  path: string
  sha256: string
  size: number
  kind: string
  encoding: string
}

/** A file the library holds whole, so that reading it again would add nothing (it lost no outlet's copies). */
const HELD_FILE = 'SELECT 1 AS found FROM import_files WHERE sha256 = ? AND reread_for_copies = 0'

interface RunRow {
  runId: number
  startedAt: string
  finishedAt: string | null
  summary: string
}

/** Imports: the runs (one per drop or command), and the files each brought in whole. */
export class ImportRepository {
  private readonly statements: ReturnType<typeof prepareStatements>

  constructor(db: Database) {
    this.statements = prepareStatements(db)
  }

  findFile(sha256: string): ImportedFile | null {
    const row = this.statements.findFile.get(sha256)
    return row ? { ...row, rereadForCopies: row.rereadForCopies === 1 } : null
  }

  /** Whether reading this file would add nothing: imported before, and not marked to be read again. */
  holds(sha256: string): boolean {
    return this.statements.holds.get(sha256) !== undefined
  }

  beginRun(): number {
    return Number(this.statements.beginRun.run(new Date().toISOString()).lastInsertRowid)
  }

  finishRun(runId: number, summary: ImportSummary): void {
    this.statements.finishRun.run(new Date().toISOString(), summary.cancelled ? 1 : 0, JSON.stringify(summary), runId)
  }

  /** Records a file inside the transaction that imports it, so a rolled-back file leaves no record. */
  addFile(file: NewImportFile): number {
    return Number(this.statements.addFile.run({ ...file, importedAt: new Date().toISOString() }).lastInsertRowid)
  }

  setFileCounts(fileId: number, stories: number, duplicates: number): void {
    this.statements.setFileCounts.run(stories, duplicates, fileId)
  }

  /** A file read again for its lost copies (rereadForCopies): those it added now count as its stories. */
  recordReread(fileId: number, recovered: number): void {
    this.statements.recordReread.run({ fileId, recovered })
  }

  listRuns(limit: number): ImportRunInfo[] {
    return this.statements.listRuns.all(limit).map((row) => ({
      runId: row.runId,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      summary: row.finishedAt ? (JSON.parse(row.summary) as ImportSummary) : null
    }))
  }

  /** The first and last id of the stories a run added (imports run one at a time: nothing else lies between). */
  storyIdRange(runId: number): { first: number; last: number } | null {
    const range = this.statements.runStoryRange.get(runId)!
    return range.first === null ? null : { first: range.first, last: range.last! }
  }

  /** Stories a run added (first arrivals from its files), newest first. */
  storiesOfRun(runId: number, offset: number, limit: number): { total: number; stories: StorySummary[] } {
    return {
      total: this.statements.countRunStories.get(runId)!.n,
      stories: this.statements.runStories.all(runId, limit, offset)
    }
  }
}

function prepareStatements(db: Database) {
  return {
    findFile: db.prepare(`
      SELECT id, path, kind, encoding, story_count AS stories, duplicate_count AS duplicates, imported_at AS importedAt,
        reread_for_copies AS rereadForCopies
      FROM import_files WHERE sha256 = ?`) as Statement<[string], Omit<ImportedFile, 'rereadForCopies'> & { rereadForCopies: number }>,
    holds: db.prepare(HELD_FILE) as Statement<[string], { found: number }>,
    beginRun: db.prepare('INSERT INTO import_runs (started_at) VALUES (?)'),
    finishRun: db.prepare('UPDATE import_runs SET finished_at = ?, cancelled = ?, summary = ? WHERE id = ?'),
    addFile: db.prepare(`
      INSERT INTO import_files (run_id, path, sha256, size, kind, encoding, imported_at)
      VALUES (@runId, @path, @sha256, @size, @kind, @encoding, @importedAt)`),
    setFileCounts: db.prepare('UPDATE import_files SET story_count = ?, duplicate_count = ? WHERE id = ?'),
    recordReread: db.prepare(`
      UPDATE import_files SET reread_for_copies = 0, story_count = story_count + @recovered,
        duplicate_count = max(0, duplicate_count - @recovered)
      WHERE id = @fileId`),
    listRuns: db.prepare(`
      SELECT id AS runId, started_at AS startedAt, finished_at AS finishedAt, summary
      FROM import_runs ORDER BY id DESC LIMIT ?`) as Statement<[number], RunRow>,
    countRunStories: db.prepare(`
      SELECT count(*) AS n FROM stories WHERE file_id IN (SELECT id FROM import_files WHERE run_id = ?)`) as Statement<
      [number],
      { n: number }
    >,
    runStoryRange: db.prepare(`
      SELECT min(id) AS first, max(id) AS last
      FROM stories WHERE file_id IN (SELECT id FROM import_files WHERE run_id = ?)`) as Statement<
      [number],
      { first: number | null; last: number | null }
    >,
    runStories: db.prepare(`
      SELECT ${STORY_SUMMARY_COLUMNS}
      FROM stories WHERE file_id IN (SELECT id FROM import_files WHERE run_id = ?)
      ORDER BY id DESC LIMIT ? OFFSET ?`) as Statement<[number, number, number], StorySummary>
  }
}

/**
 * A read-only view of which files the library holds, for the import's reader thread: it skips reading a
 * file imported before without asking the writer (a round trip per file would idle both threads). The writer
 * still decides; this only saves work.
 */
export class ImportedFilesReader {
  private readonly db: Database
  private readonly find: Statement<[string], { found: number }>

  constructor(path: string, nativeBinding?: string) {
    this.db = new BetterSqlite3(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    this.find = this.db.prepare(HELD_FILE)
  }

  has(sha256: string): boolean {
    return this.find.get(sha256) !== undefined
  }

  close(): void {
    this.db.close()
  }
}
