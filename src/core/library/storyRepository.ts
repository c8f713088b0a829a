import type { Database, Statement } from 'better-sqlite3'
import type { Story, StorySummary } from '../../shared/domain'
import { analyseForIndex, prepareStory, type AnalysedText, type PreparedStory, type StoryIndexText } from './indexDocument'
import { writeTransaction } from './writeTransaction'
import { MarsadError } from '../../shared/errors'

/** The columns of a StorySummary, for any query over `stories` (the list pane's shape). */
export const STORY_SUMMARY_COLUMNS = 'id, title, source, date, date_text AS dateText, language, substr(body, 1, 240) AS excerpt'

/** Where an arrival of a story came from: an imported file and the story's place in it. */
export interface Provenance {
  fileId: number
  position: number
}

export interface AddedStory {
  id: number
  /** False when the library already held the same story (same URL, or same source, title and body). */
  isNew: boolean
}

/** A story as its row comes back: lists and metadata still JSON, provenance as the file's columns. */
type StoryRow = Omit<Story, 'keywords' | 'teasers' | 'extra' | 'provenance' | 'sightings'> & {
  keywords: string
  teasers: string
  extra: string
  fileId: number | null
  position: number | null
  filePath: string | null
  fileHash: string | null
}

const STORY_COLUMNS = `s.id, s.title, s.body, s.date, s.date_text AS dateText, s.updated, s.updated_text AS updatedText,
  s.source, s.source_from AS sourceFrom, s.url, s.author, s.category, s.language, s.keywords, s.teasers, s.extra,
  s.added_at AS addedAt, (SELECT cluster_id FROM story_signatures WHERE story_id = s.id) AS clusterId, s.file_id AS fileId, s.position, f.path AS filePath, f.sha256 AS fileHash`

/**
 * Stories and their search index, kept in step: every write of a story writes its index row in the same
 * transaction, and only this repository touches either.
 */
export class StoryRepository {
  private readonly statements: ReturnType<typeof prepareStatements>

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
  }

  count(): number {
    return this.statements.count.get()!.n
  }

  /** Newest news first (by the day the dump gave), stories without a date last. */
  listNewestFirst(offset: number, limit: number): StorySummary[] {
    return this.statements.newestFirst.all(limit, offset)
  }

  /** Whole stories in the order they arrived (oldest import first): the CLI's `stories` export. */
  listOldestFirst(offset: number, limit: number): Story[] {
    return this.statements.oldestFirst.all(limit, offset).map(toStory)
  }

  get(id: number): Story | null {
    const row = this.statements.get.get(id)
    return row ? { ...toStory(row), sightings: this.statements.sightings.all(id) } : null
  }

  /** The story with this id, or a not-found error saying the library has none. */
  require(id: number): Story {
    const story = this.get(id)
    if (!story) throw noSuchStory(id)
    return story
  }

  /**
   * Stores a prepared story, or — when the library already holds the same story — records this arrival as
   * another sighting and returns the existing id. Call inside a transaction when adding many.
   */
  add(story: PreparedStory, provenance: Provenance | null = null): AddedStory {
    const existing = this.statements.findByIdentity.get(story.identityHash)
    if (existing) {
      if (provenance) this.statements.addSighting.run(existing.id, provenance.fileId, provenance.position)
      return { id: existing.id, isNew: false }
    }
    const f = story.fields
    const id = Number(
      this.statements.insert.run({
        title: f.title,
        body: f.body,
        date: f.date,
        dateText: f.dateText,
        updated: f.updated,
        updatedText: f.updatedText,
        source: f.source,
        sourceFrom: f.sourceFrom,
        url: f.url,
        author: f.author,
        category: f.category,
        language: f.language,
        keywords: JSON.stringify(f.keywords),
        teasers: JSON.stringify(f.teasers),
        extra: JSON.stringify(f.extra),
        identityHash: story.identityHash,
        addedAt: new Date().toISOString(),
        fileId: provenance?.fileId ?? null,
        position: provenance?.position ?? null
      }).lastInsertRowid
    )
    if (provenance) this.statements.addSighting.run(id, provenance.fileId, provenance.position)
    this.writeIndex(id, story.index, EMPTY_TEXT)
    return { id, isNew: true }
  }

  /** Rebuilds one story's index row from its stored text (after its notes change, or for `marsad reindex`). */
  reindex(id: number): void {
    const story = this.get(id)
    if (!story) return
    this.statements.deleteIndex.run(id)
    const notes = this.statements.notesOf.pluck().all(id) as string[]
    this.writeIndex(id, prepareStory(story).index, analyseForIndex(notes.join('\n')))
  }

  /** Rebuilds the whole index from the stories' text, in one transaction. */
  reindexAll(onProgress?: (done: number, total: number) => void): number {
    const ids = this.statements.allIds.pluck().all() as number[]
    writeTransaction(this.db, () => {
      this.db.exec("INSERT INTO story_index(story_index) VALUES ('delete-all')")
      ids.forEach((id, index) => {
        this.reindex(id)
        if (onProgress && index % 1000 === 999) onProgress(index + 1, ids.length)
      })
    })
    onProgress?.(ids.length, ids.length)
    return ids.length
  }

  /** Removes a story with everything hanging on it (tags, links, notes, sightings, briefing items, index row). */
  delete(id: number): boolean {
    this.statements.deleteIndex.run(id)
    return this.statements.delete.run(id).changes > 0
  }

  private writeIndex(id: number, index: StoryIndexText, notes: AnalysedText): void {
    this.statements.insertIndex.run(
      id,
      index.title.terms,
      index.body.terms,
      index.keywords.terms,
      notes.terms,
      index.source,
      index.title.stems,
      index.body.stems,
      index.keywords.stems,
      notes.stems,
      index.title.stemsUnderClitics,
      [index.body, index.keywords, notes].map((field) => field.stemsUnderClitics).join(' ')
    )
  }
}

const EMPTY_TEXT: AnalysedText = { terms: '', stems: '', stemsUnderClitics: '' }

function prepareStatements(db: Database) {
  return {
    count: db.prepare('SELECT count(*) AS n FROM stories') as Statement<[], { n: number }>,
    newestFirst: db.prepare(`
      SELECT ${STORY_SUMMARY_COLUMNS}
      FROM stories
      ORDER BY date DESC, id DESC
      LIMIT ? OFFSET ?`) as Statement<[number, number], StorySummary>,
    get: db.prepare(`SELECT ${STORY_COLUMNS} FROM stories s LEFT JOIN import_files f ON f.id = s.file_id WHERE s.id = ?`) as Statement<
      [number],
      StoryRow
    >,
    oldestFirst: db.prepare(
      `SELECT ${STORY_COLUMNS} FROM stories s LEFT JOIN import_files f ON f.id = s.file_id ORDER BY s.id LIMIT ? OFFSET ?`
    ) as Statement<[number, number], StoryRow>,
    sightings: db.prepare(`
      SELECT f.path AS file, s.position FROM sightings s JOIN import_files f ON f.id = s.file_id
      WHERE s.story_id = ? ORDER BY f.id, s.position`) as Statement<[number], { file: string; position: number }>,
    findByIdentity: db.prepare('SELECT id FROM stories WHERE identity_hash = ?') as Statement<[Buffer], { id: number }>,
    insert: db.prepare(`
      INSERT INTO stories (title, body, date, date_text, updated, updated_text, source, source_from, url, author, category,
        language, keywords, teasers, extra, identity_hash, added_at, file_id, position)
      VALUES (@title, @body, @date, @dateText, @updated, @updatedText, @source, @sourceFrom, @url, @author, @category,
        @language, @keywords, @teasers, @extra, @identityHash, @addedAt, @fileId, @position)`),
    addSighting: db.prepare('INSERT OR IGNORE INTO sightings (story_id, file_id, position) VALUES (?, ?, ?)'),
    insertIndex: db.prepare(`
      INSERT INTO story_index (
        rowid, title, body, keywords, notes, source, title_stem, body_stem, keywords_stem, notes_stem, title_under_clitics, text_under_clitics
      ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    deleteIndex: db.prepare('DELETE FROM story_index WHERE rowid = ?'),
    delete: db.prepare('DELETE FROM stories WHERE id = ?'),
    notesOf: db.prepare('SELECT body FROM notes WHERE story_id = ? ORDER BY id'),
    allIds: db.prepare('SELECT id FROM stories ORDER BY id')
  }
}

/** A stored row as a Story; its sightings are read separately where they are shown (the reader). */
function toStory(row: StoryRow): Story {
  const { keywords, teasers, extra, fileId, position, filePath, fileHash, ...rest } = row
  return {
    ...rest,
    keywords: JSON.parse(keywords) as string[],
    teasers: JSON.parse(teasers) as string[],
    extra: JSON.parse(extra) as Record<string, string>,
    provenance: fileId !== null && filePath !== null ? { file: filePath, fileHash: fileHash!, position: position ?? 0 } : null,
    sightings: []
  }
}

/** What every feature answers when asked about a story the library does not hold. */
export function noSuchStory(id: number): MarsadError {
  return new MarsadError('not-found', `There is no story ${id} in this library.`, { id })
}
