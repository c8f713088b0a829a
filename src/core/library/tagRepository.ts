import type { Database, Statement } from 'better-sqlite3'
import { StoryLookup } from './storyLookup'

/** A tag as stored. `name` is the full path (`روسيا/كورسك`); `matchKey` its normalised form, unique. */
export interface TagRecord {
  id: number
  name: string
  matchKey: string
  color: string | null
  parentId: number | null
  createdAt: string
}

/** A tag with what lists show beside it: its parent's name and how many stories carry it. */
export interface TagRow {
  id: number
  name: string
  matchKey: string
  color: string | null
  parentId: number | null
  parent: string | null
  /** Stories tagged with this tag itself. */
  count: number
  /** Distinct stories tagged with it or with any tag below it. */
  totalCount: number
}

/** One tag on one story, with when it was put there (kept across undo). */
export interface StoryTagPair {
  storyId: number
  tagId: number
  taggedAt: string
}

/**
 * Alphabetical by normalised name, each tag followed by its children (the slash sorts before every other
 * character, even the space): روسيا, روسيا/كورسك, روسيا الاتحادية.
 */
const TREE_ORDER = (table: string) => `replace(${table}.match_key, '/', char(1)), ${table}.name`

const RECORD_COLUMNS = 'id, name, match_key AS matchKey, color, parent_id AS parentId, created_at AS createdAt'

/**
 * Tags and which stories carry them (tables `tags` and `story_tags`). Plain reads and writes; the rules (names,
 * hierarchy, merge, undo) live in core/organise.
 */
export class TagRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly storyLookup: StoryLookup

  constructor(db: Database) {
    this.statements = prepareStatements(db)
    this.storyLookup = new StoryLookup(db)
  }

  /** Every tag (or those with these ids) with parent names and counts, in tree order. */
  rows(ids: readonly number[] | null = null): TagRow[] {
    if (ids?.length === 0) return []
    return this.statements.rows.all({ ids: ids ? JSON.stringify(ids) : null })
  }

  get(id: number): TagRecord | null {
    return this.statements.get.get(id) ?? null
  }

  byMatchKey(matchKey: string): TagRecord | null {
    return this.statements.byMatchKey.get(matchKey) ?? null
  }

  /**
   * The tag with this normalised name, else the shortest tag whose last segment has it (`كورسك` finds
   * `روسيا/كورسك`): what a dump keyword most likely means.
   */
  byMatchKeyOrLastSegment(matchKey: string): TagRecord | null {
    return this.statements.byMatchKeyOrLastSegment.get({ key: matchKey }) ?? null
  }

  /** Exact spelling first (what the analyst typed), then its normalised form. */
  byName(name: string, matchKey: string): TagRecord | null {
    return this.statements.byName.get(name) ?? this.byMatchKey(matchKey)
  }

  children(id: number): TagRecord[] {
    return this.statements.children.all(id)
  }

  /** The tag and everything below it, each parent before its children. */
  subtree(id: number): TagRecord[] {
    return this.statements.subtree.all(id)
  }

  /**
   * Ids of tags whose normalised name contains `matchKey`, best first: the whole name, then a name that starts
   * with it, then a path segment or word that does, then anywhere inside; in tree order within each.
   */
  search(matchKey: string, limit: number): number[] {
    return this.statements.search.all({ key: matchKey, limit })
  }

  /** How many tags use each colour, for handing new tags the least used one. */
  colourUsage(): Map<string, number> {
    return new Map(this.statements.colourUsage.all().map((row) => [row.color, row.n]))
  }

  /** Inserts a tag; with `id` when restoring one (the caller checks the id is free). */
  insert(tag: Omit<TagRecord, 'id'> & { id?: number }): number {
    return Number(this.statements.insert.run({ id: tag.id ?? null, ...tag }).lastInsertRowid)
  }

  /** Sets a tag's path, normalised name and parent (renames and moves; children are the caller's to follow). */
  move(id: number, name: string, matchKey: string, parentId: number | null): void {
    this.statements.move.run(name, matchKey, parentId, id)
  }

  setColour(id: number, color: string | null): void {
    this.statements.setColour.run(color, id)
  }

  /** Deletes a tag; its children and its place on stories go with it (foreign keys cascade). */
  delete(id: number): boolean {
    return this.statements.delete.run(id).changes > 0
  }

  /** Which stories carry these tags: what a deleted tag's undo puts back. */
  pairsOf(tagIds: readonly number[]): StoryTagPair[] {
    return tagIds.length === 0 ? [] : this.statements.pairsOf.all(JSON.stringify(tagIds))
  }

  /** Puts a tag on stories; returns the ids of the stories that did not carry it yet. */
  addToStories(tagId: number, storyIds: readonly number[], taggedAt: string): number[] {
    const added: number[] = []
    for (const storyId of storyIds) {
      if (this.statements.addPair.run(storyId, tagId, taggedAt).changes > 0) added.push(storyId)
    }
    return added
  }

  /** Takes a tag off stories; returns the pairs that were there (with when they were made). */
  removeFromStories(tagId: number, storyIds: readonly number[]): StoryTagPair[] {
    const removed: StoryTagPair[] = []
    for (const storyId of storyIds) {
      const taggedAt = this.statements.removePair.get(storyId, tagId)
      if (taggedAt !== undefined) removed.push({ storyId, tagId, taggedAt })
    }
    return removed
  }

  /** Gives every story of `fromId` the tag `intoId` too; returns the stories that did not have it yet. */
  copyStories(fromId: number, intoId: number): number[] {
    return this.statements.copyStories.all(intoId, fromId)
  }

  /** Puts pairs back, skipping any whose story or tag has gone since, and any already there. */
  restorePairs(pairs: readonly StoryTagPair[]): void {
    for (const pair of pairs) this.statements.restorePair.run(pair)
  }

  removePairs(pairs: readonly Pick<StoryTagPair, 'storyId' | 'tagId'>[]): void {
    for (const pair of pairs) this.statements.removePair.get(pair.storyId, pair.tagId)
  }

  /** Ids of the tags on a story, ordered by tag name. */
  tagIdsOfStory(storyId: number): number[] {
    return this.statements.tagIdsOfStory.all(storyId)
  }

  /** Whether a tag is on no story and has no children: safe to remove when undoing its creation. */
  isUnused(id: number): boolean {
    return this.statements.isUnused.get({ id }) === 1
  }

  /** The ids among `storyIds` that name no story. */
  missingStories(storyIds: readonly number[]): number[] {
    return this.storyLookup.missing(storyIds)
  }
}

function prepareStatements(db: Database) {
  return {
    rows: db.prepare(`
      WITH RECURSIVE
        wanted(id) AS (SELECT id FROM tags WHERE @ids IS NULL OR id IN (SELECT value FROM json_each(@ids))),
        -- Only tags with children need the distinct count over their subtree; a leaf's total is its own count.
        below(ancestor, tag_id) AS (
          SELECT id, id FROM wanted WHERE EXISTS (SELECT 1 FROM tags c WHERE c.parent_id = wanted.id)
          UNION ALL
          SELECT below.ancestor, t.id FROM below JOIN tags t ON t.parent_id = below.tag_id
        ),
        totals(tag_id, n) AS (
          SELECT below.ancestor, count(DISTINCT st.story_id) FROM below JOIN story_tags st ON st.tag_id = below.tag_id
          GROUP BY below.ancestor
        ),
        direct(tag_id, n) AS (
          SELECT tag_id, count(*) FROM story_tags WHERE tag_id IN (SELECT id FROM wanted) GROUP BY tag_id
        )
      SELECT t.id, t.name, t.match_key AS matchKey, t.color, t.parent_id AS parentId, p.name AS parent,
        coalesce(direct.n, 0) AS count, coalesce(totals.n, direct.n, 0) AS totalCount
      FROM wanted w
      JOIN tags t ON t.id = w.id
      LEFT JOIN tags p ON p.id = t.parent_id
      LEFT JOIN direct ON direct.tag_id = t.id
      LEFT JOIN totals ON totals.tag_id = t.id
      ORDER BY ${TREE_ORDER('t')}`) as Statement<[{ ids: string | null }], TagRow>,
    get: db.prepare(`SELECT ${RECORD_COLUMNS} FROM tags WHERE id = ?`) as Statement<[number], TagRecord>,
    byMatchKey: db.prepare(`SELECT ${RECORD_COLUMNS} FROM tags WHERE match_key = ?`) as Statement<[string], TagRecord>,
    byMatchKeyOrLastSegment: db.prepare(`
      SELECT ${RECORD_COLUMNS} FROM tags
      WHERE match_key = @key OR substr(match_key, -(length(@key) + 1)) = '/' || @key
      ORDER BY match_key = @key DESC, length(match_key), name
      LIMIT 1`) as Statement<[{ key: string }], TagRecord>,
    byName: db.prepare(`SELECT ${RECORD_COLUMNS} FROM tags WHERE name = ?`) as Statement<[string], TagRecord>,
    children: db.prepare(`SELECT ${RECORD_COLUMNS} FROM tags WHERE parent_id = ? ORDER BY name`) as Statement<[number], TagRecord>,
    subtree: db.prepare(`
      WITH RECURSIVE below(id, depth) AS (
        SELECT ?, 0
        UNION ALL
        SELECT t.id, below.depth + 1 FROM below JOIN tags t ON t.parent_id = below.id
      )
      SELECT ${RECORD_COLUMNS} FROM below JOIN tags USING (id) ORDER BY below.depth, name`) as Statement<[number], TagRecord>,
    search: db
      .prepare(
        `
        SELECT id FROM tags
        WHERE instr(match_key, @key) > 0
        ORDER BY CASE
            WHEN match_key = @key THEN 0
            WHEN substr(match_key, 1, length(@key)) = @key THEN 1
            WHEN instr(' ' || replace(match_key, '/', ' '), ' ' || @key) > 0 THEN 2
            ELSE 3
          END, ${TREE_ORDER('tags')}
        LIMIT @limit`
      )
      .pluck() as Statement<[{ key: string; limit: number }], number>,
    colourUsage: db.prepare('SELECT color, count(*) AS n FROM tags WHERE color IS NOT NULL GROUP BY color') as Statement<
      [],
      { color: string; n: number }
    >,
    insert: db.prepare(`
      INSERT INTO tags (id, name, match_key, color, parent_id, created_at)
      VALUES (@id, @name, @matchKey, @color, @parentId, @createdAt)`),
    move: db.prepare('UPDATE tags SET name = ?, match_key = ?, parent_id = ? WHERE id = ?'),
    setColour: db.prepare('UPDATE tags SET color = ? WHERE id = ?'),
    delete: db.prepare('DELETE FROM tags WHERE id = ?'),
    pairsOf: db.prepare(`
      SELECT story_id AS storyId, tag_id AS tagId, tagged_at AS taggedAt FROM story_tags
      WHERE tag_id IN (SELECT value FROM json_each(?))`) as Statement<[string], StoryTagPair>,
    addPair: db.prepare('INSERT OR IGNORE INTO story_tags (story_id, tag_id, tagged_at) VALUES (?, ?, ?)'),
    removePair: db.prepare('DELETE FROM story_tags WHERE story_id = ? AND tag_id = ? RETURNING tagged_at').pluck() as Statement<
      [number, number],
      string
    >,
    copyStories: db
      .prepare(
        `
        INSERT OR IGNORE INTO story_tags (story_id, tag_id, tagged_at)
        SELECT story_id, ?, tagged_at FROM story_tags WHERE tag_id = ?
        RETURNING story_id`
      )
      .pluck() as Statement<[number, number], number>,
    restorePair: db.prepare(`
      INSERT OR IGNORE INTO story_tags (story_id, tag_id, tagged_at)
      SELECT @storyId, @tagId, @taggedAt
      WHERE EXISTS (SELECT 1 FROM stories WHERE id = @storyId) AND EXISTS (SELECT 1 FROM tags WHERE id = @tagId)`),
    tagIdsOfStory: db
      .prepare('SELECT t.id FROM story_tags st JOIN tags t ON t.id = st.tag_id WHERE st.story_id = ? ORDER BY t.name')
      .pluck() as Statement<[number], number>,
    isUnused: db
      .prepare(
        `
        SELECT NOT EXISTS (SELECT 1 FROM story_tags WHERE tag_id = @id) AND NOT EXISTS (SELECT 1 FROM tags WHERE parent_id = @id)`
      )
      .pluck() as Statement<[{ id: number }], number>
  }
}
