import type { Database, Statement } from 'better-sqlite3'
import type { LinkKind, LinkOrigin, NeighbourhoodEdge, StoryLink, StoryLinkView } from '../../shared/contract/organise'
import { LINK_KINDS } from '../../shared/domain'
import { MarsadError } from '../../shared/errors'
import { StoryLookup, type StoryHeading } from './storyLookup'
import { noSuchStory } from './storyRepository'

/** A link as stored: once, from → to. */
export type LinkRecord = StoryLink

export interface NewLink {
  from: number
  to: number
  kind: LinkKind
  note?: string | null
  /** 'import' when the importer made it from a dump's "read also" lines. */
  origin?: LinkOrigin
}

/** A link as one of its stories sees it. */
export type LinkEnd = StoryLinkView

const LINK_COLUMNS = 'id, from_id AS "from", to_id AS "to", kind, note, origin, created_at AS createdAt'
const KIND_ORDER = new Map<string, number>(LINK_KINDS.map((kind, index) => [kind, index]))

/** Typed links between stories (table `links`). The importer writes its "read also" links through `add` too. */
export class LinkRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly storyLookup: StoryLookup

  constructor(db: Database) {
    this.statements = prepareStatements(db)
    this.storyLookup = new StoryLookup(db)
  }

  /**
   * Links two stories, or finds the link they already have of this kind (then nothing changes: the importer may
   * call this again for the same pair). Refuses a link from a story to itself and a link to a missing story.
   */
  add(link: NewLink): { link: LinkRecord; isNew: boolean } {
    if (link.from === link.to) {
      throw new MarsadError('bad-request', `A story cannot be linked to itself (story ${link.from}).`, { id: link.from })
    }
    const [missing] = this.storyLookup.missing([link.from, link.to])
    if (missing !== undefined) throw noSuchStory(missing)
    const { changes, lastInsertRowid } = this.statements.insert.run({
      id: null,
      from: link.from,
      to: link.to,
      kind: link.kind,
      note: link.note ?? null,
      origin: link.origin ?? 'user',
      createdAt: new Date().toISOString()
    })
    if (changes > 0) return { link: this.statements.get.get(Number(lastInsertRowid))!, isNew: true }
    return { link: this.statements.byEnds.get(link.from, link.to, link.kind)!, isNew: false }
  }

  get(id: number): LinkRecord | null {
    return this.statements.get.get(id) ?? null
  }

  setNote(id: number, note: string | null): LinkRecord | null {
    return this.statements.setNote.get(note, id) ?? null
  }

  /** Removes a link; returns it as it was, for undo. */
  delete(id: number): LinkRecord | null {
    return this.statements.delete.get(id) ?? null
  }

  /**
   * Puts a removed link back, under its old id when that is still free. Returns null when one of its stories has
   * gone since; returns the existing link when the same pair was linked with that kind again meanwhile.
   */
  restore(link: LinkRecord): LinkRecord | null {
    if (this.storyLookup.missing([link.from, link.to]).length > 0) return null
    const idTaken = this.statements.get.get(link.id) !== undefined
    const { changes, lastInsertRowid } = this.statements.insert.run({ ...link, id: idTaken ? null : link.id })
    return changes > 0 ? this.statements.get.get(Number(lastInsertRowid))! : this.statements.byEnds.get(link.from, link.to, link.kind)!
  }

  /** A story's links in both directions, with the other story's heading: by kind, then newest first. */
  ofStory(storyId: number): LinkEnd[] {
    const rows = this.statements.ofStory.all({ storyId })
    return rows
      .map(({ otherTitle, otherSource, otherDate, otherId, direction, ...link }) => ({
        ...link,
        direction,
        other: { id: otherId, title: otherTitle, source: otherSource, date: otherDate }
      }))
      .sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!)
  }

  /** Ids of the stories linked to any of `storyIds`, in either direction (excluding those given). */
  neighbours(storyIds: readonly number[]): number[] {
    return storyIds.length === 0 ? [] : this.statements.neighbours.all(JSON.stringify(storyIds))
  }

  /** The links whose two ends are both among `storyIds`. */
  edgesAmong(storyIds: readonly number[]): NeighbourhoodEdge[] {
    return storyIds.length === 0 ? [] : this.statements.edgesAmong.all(JSON.stringify(storyIds))
  }

  headings(storyIds: readonly number[]): StoryHeading[] {
    return this.storyLookup.headings(storyIds)
  }
}

interface LinkEndRow extends LinkRecord {
  direction: 'out' | 'in'
  otherId: number
  otherTitle: string | null
  otherSource: string | null
  otherDate: string | null
}

function prepareStatements(db: Database) {
  return {
    // No RETURNING here: it makes SQLite open a statement savepoint, and FTS5 flushes its pending index data to a
    // new segment at every savepoint — the importer adds links amid a batch of index writes.
    insert: db.prepare(`
      INSERT INTO links (id, from_id, to_id, kind, note, origin, created_at)
      VALUES (@id, @from, @to, @kind, @note, @origin, @createdAt)
      ON CONFLICT (from_id, to_id, kind) DO NOTHING`) as Statement<[Omit<LinkRecord, 'id'> & { id: number | null }]>,
    get: db.prepare(`SELECT ${LINK_COLUMNS} FROM links WHERE id = ?`) as Statement<[number], LinkRecord>,
    byEnds: db.prepare(`SELECT ${LINK_COLUMNS} FROM links WHERE from_id = ? AND to_id = ? AND kind = ?`) as Statement<
      [number, number, string],
      LinkRecord
    >,
    setNote: db.prepare(`UPDATE links SET note = ? WHERE id = ? RETURNING ${LINK_COLUMNS}`) as Statement<
      [string | null, number],
      LinkRecord
    >,
    delete: db.prepare(`DELETE FROM links WHERE id = ? RETURNING ${LINK_COLUMNS}`) as Statement<[number], LinkRecord>,
    ofStory: db.prepare(`
      SELECT l.id, l.from_id AS "from", l.to_id AS "to", l.kind, l.note, l.origin, l.created_at AS createdAt,
        ends.direction, s.id AS otherId, s.title AS otherTitle, s.source AS otherSource, s.date AS otherDate
      FROM (
        SELECT id, 'out' AS direction, to_id AS other FROM links WHERE from_id = @storyId
        UNION ALL
        SELECT id, 'in', from_id FROM links WHERE to_id = @storyId
      ) ends
      JOIN links l ON l.id = ends.id
      JOIN stories s ON s.id = ends.other
      ORDER BY l.created_at DESC, l.id DESC`) as Statement<[{ storyId: number }], LinkEndRow>,
    neighbours: db
      .prepare(
        `
        WITH given(id) AS (SELECT value FROM json_each(?))
        SELECT to_id FROM links WHERE from_id IN given
        UNION
        SELECT from_id FROM links WHERE to_id IN given
        EXCEPT
        SELECT id FROM given
        ORDER BY 1`
      )
      .pluck() as Statement<[string], number>,
    edgesAmong: db.prepare(`
      WITH given(id) AS (SELECT value FROM json_each(?))
      SELECT id, from_id AS "from", to_id AS "to", kind, origin FROM links
      WHERE from_id IN given AND to_id IN given
      ORDER BY id`) as Statement<[string], NeighbourhoodEdge>
  }
}
