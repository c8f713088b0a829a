import type { Database, Statement } from 'better-sqlite3'
import { writeTransaction, writeTransactionIfFree } from './writeTransaction'

/**
 * The reading side of search: which stories match a compiled query, in what order, how they spread over
 * sources, tags and months, and the rows a result page shows. The query language lives in core/search; what
 * arrives here is an FTS5 expression built from the analyser's terms (never raw user text) and a tree of
 * conditions on stories whose values are always bound as parameters.
 */

/** Conditions on stories beyond the ranked text match. */
export type StoryFilter =
  | { kind: 'all' | 'any'; items: StoryFilter[] }
  | { kind: 'not'; item: StoryFilter }
  /** Stories whose index row matches this FTS5 expression. */
  | { kind: 'text'; match: string }
  /** Stories tagged with the tag whose match_key is `key`, or with one of its children (`key/…`). */
  | { kind: 'tag'; key: string }
  | { kind: 'language'; code: string }
  /** Stories dated on or after `from` and before `before` (string bounds on `YYYY-MM-DD`); undated never match. */
  | { kind: 'date'; from: string | null; before: string | null }

export interface StoryQuery {
  /** FTS5 expression over story_index that ranks the results (and that they all match), or null. */
  match: string | null
  filter: StoryFilter | null
}

/** bm25 weight of each story_index column, in the table's column order. */
export type ColumnWeights = readonly number[]

export interface RankedStory {
  id: number
  /** bm25 as FTS5 computes it, negated: larger is better; 0 when there is nothing to rank by. */
  score: number
}

/** A result row when copies are grouped: the group's best story, and how many of the group's copies matched. */
export interface GroupedStory extends RankedStory {
  /** The syndication cluster, or null for a story that stands alone. */
  clusterId: number | null
  /** Matching stories in the group (1 for a story alone). */
  matching: number
  /** Every story of the cluster, matching or not (1 for a story alone). */
  clusterSize: number
}

export interface HitRow {
  id: number
  title: string | null
  body: string
  url: string | null
  source: string | null
  date: string | null
  dateText: string | null
  /** JSON array of strings, as stored. */
  keywords: string
}

export interface FacetRow {
  value: string
  count: number
}

export interface StoryFacets {
  sources: FacetRow[]
  months: FacetRow[]
  tags: FacetRow[]
}

const FACET_LIMIT = 50
const MAX_CACHED_SHAPES = 200
/** Below this share of the library, date order sorts the matches; above it, it walks the date index. */
const SORT_MATCHES_BELOW = 0.05
/** The columns of story_index that hold terms as written (the others hold stems or the source). */
const TERM_COLUMNS = ['title', 'body', 'keywords', 'notes']

const TEXT_MATCH = 'SELECT rowid FROM story_index WHERE story_index MATCH ?'
/**
 * Stories as search reads them: through the covering index of migration 0060 (id, date, source, language), so
 * that checking thousands of matches never reads their bodies.
 */
const LOOKUP = 'stories s INDEXED BY stories_search'

export class SearchRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly dynamic = new Map<string, Statement>()

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
  }

  /** Exact number of matching stories. */
  count(query: StoryQuery): number {
    if (!query.match && !query.filter) return this.statements.countAll.get()!.n
    if (!query.filter) return this.statements.countMatch.get(query.match!)!.n
    const { where, params } = storyConditions(query)
    return (this.prepare(`SELECT count(*) AS n FROM ${LOOKUP} WHERE ${where}`).get(...params) as { n: number }).n
  }

  /** Matching stories with id > `afterId` (saved searches' "new since last opened"). */
  countAfter(query: StoryQuery, afterId: number): number {
    if (query.match && !query.filter) return this.statements.countMatchAfter.get(query.match, afterId)!.n
    const { where, params } = storyConditions(query)
    const sql = `SELECT count(*) AS n FROM ${LOOKUP} WHERE s.id > ? AND ${where}`
    return (this.prepare(sql).get(afterId, ...params) as { n: number }).n
  }

  /** Matching story ids from `firstId` through `lastId`, ascending (the stories an import brought, for alerts). */
  idsInRange(query: StoryQuery, firstId: number, lastId: number): number[] {
    const { where, params } = storyConditions(query)
    const sql = `SELECT s.id FROM ${LOOKUP} WHERE s.id BETWEEN ? AND ? AND ${where} ORDER BY s.id`
    return this.prepare(sql)
      .pluck()
      .all(firstId, lastId, ...params) as number[]
  }

  /** Every matching story id, ascending (bulk actions on a whole result). */
  ids(query: StoryQuery): number[] {
    const { where, params } = storyConditions(query)
    return this.prepare(`SELECT s.id FROM ${LOOKUP} WHERE ${where} ORDER BY s.id`)
      .pluck()
      .all(...params) as number[]
  }

  /** One page by bm25 (best first; ties by id), or newest first when there is no text to rank by. */
  pageByRelevance(query: StoryQuery, weights: ColumnWeights, offset: number, limit: number): RankedStory[] {
    if (!query.match) return this.pageByDate(query, offset, limit, null)
    const rank = `bm25(${weights.join(', ')})`
    if (!query.filter) {
      return this.statements.rankedMatch.all(query.match, rank, limit, offset).map(toRanked)
    }
    const { where, params } = storyConditions({ match: null, filter: query.filter })
    // The match is materialised first: letting the planner fold FTS5 into a join with stories is known to be slow.
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT rowid AS id, rank FROM story_index WHERE story_index MATCH ? AND rank MATCH ?)
      SELECT matched.id, matched.rank FROM matched JOIN ${LOOKUP} ON s.id = matched.id
      WHERE ${where}
      ORDER BY matched.rank, matched.id LIMIT ? OFFSET ?`
    return (this.prepare(sql).all(query.match, rank, ...params, limit, offset) as RawRanked[]).map(toRanked)
  }

  /**
   * One page newest first (undated last), without ranking. `total` (when known) picks the plan: few matches are
   * looked up and sorted; many are found by walking the date index newest first until the page is full.
   */
  pageByDate(query: StoryQuery, offset: number, limit: number, total: number | null): RankedStory[] {
    const { where, params } = storyConditions(query)
    const walkDateIndex = total === null || total >= SORT_MATCHES_BELOW * this.statements.maxId.get()!.n
    const from = walkDateIndex ? 'stories s INDEXED BY stories_date' : LOOKUP
    const sql = `SELECT s.id, 0 AS rank FROM ${from} WHERE ${where} ORDER BY s.date DESC, s.id DESC LIMIT ? OFFSET ?`
    return (this.prepare(sql).all(...params, limit, offset) as RawRanked[]).map(toRanked)
  }

  /** Whether any syndication cluster exists (if none, grouping copies changes nothing and costs nothing). */
  hasClusters(): boolean {
    return this.statements.anyCluster.get() !== undefined
  }

  /** Number of result rows when copies are grouped: clusters with a matching member, plus matching stories alone. */
  countGroups(query: StoryQuery): number {
    const { where, params } = storyConditions(query)
    const sql = `SELECT count(DISTINCT coalesce(g.cluster_id, -s.id)) AS n FROM ${LOOKUP}
      LEFT JOIN story_signatures g ON g.story_id = s.id WHERE ${where}`
    return (this.prepare(sql).get(...params) as { n: number }).n
  }

  /**
   * One page with copies grouped: a cluster shows once, as its best-ranked matching member (by relevance) or its
   * newest matching member (by date); a story alone shows as itself. Ties by id, like the ungrouped pages.
   */
  pageGrouped(query: StoryQuery, weights: ColumnWeights | null, offset: number, limit: number): GroupedStory[] {
    const { where, params } = storyConditions({ match: null, filter: query.filter })
    const groups = `coalesce(g.cluster_id, -s.id)`
    const size = `coalesce((SELECT size FROM clusters WHERE id = g.cluster_id), 1)`
    if (weights && query.match) {
      // SQLite fills bare columns (id, cluster) from the row that gives min(rank): the group's best story.
      const sql = `
        WITH matched AS MATERIALIZED (
          SELECT rowid AS id, rank FROM story_index WHERE story_index MATCH ? AND rank MATCH ?)
        SELECT s.id AS id, min(matched.rank) AS rank, g.cluster_id AS clusterId, count(*) AS matching, ${size} AS clusterSize
        FROM matched JOIN ${LOOKUP} ON s.id = matched.id LEFT JOIN story_signatures g ON g.story_id = s.id
        WHERE ${where}
        GROUP BY ${groups} ORDER BY rank, id LIMIT ? OFFSET ?`
      const rows = this.prepare(sql).all(query.match, `bm25(${weights.join(', ')})`, ...params, limit, offset) as (RawRanked & GroupRow)[]
      return rows.map((row) => ({ ...toRanked(row), clusterId: row.clusterId, matching: row.matching, clusterSize: row.clusterSize }))
    }
    const all = storyConditions(query)
    const sql = `
      SELECT s.id AS id, max(coalesce(s.date, '') || printf('%012d', s.id)) AS newest, g.cluster_id AS clusterId, count(*) AS matching,
        ${size} AS clusterSize
      FROM ${LOOKUP} LEFT JOIN story_signatures g ON g.story_id = s.id
      WHERE ${all.where}
      GROUP BY ${groups} ORDER BY newest DESC LIMIT ? OFFSET ?`
    const rows = this.prepare(sql).all(...all.params, limit, offset) as (GroupRow & { id: number })[]
    return rows.map((row) => ({ id: row.id, score: 0, clusterId: row.clusterId, matching: row.matching, clusterSize: row.clusterSize }))
  }

  /** The cluster of each story that has one, and its size. */
  clusterInfo(ids: readonly number[]): Map<number, { clusterId: number; clusterSize: number }> {
    const rows = this.statements.clusterInfo.all(JSON.stringify(ids))
    return new Map(rows.map((row) => [row.storyId, { clusterId: row.clusterId, clusterSize: row.clusterSize }]))
  }

  /** Counts by source, month and tag over every matching story, all in SQL. */
  facets(query: StoryQuery): StoryFacets {
    const { where, params } = storyConditions(query)
    const bySourceAndMonth = this.prepare(
      `
      SELECT s.source AS source, substr(s.date, 1, 7) AS month, count(*) AS n
      FROM ${LOOKUP} WHERE ${where} GROUP BY 1, 2`
    ).all(...params) as { source: string | null; month: string | null; n: number }[]
    const sources = new Map<string, number>()
    const months = new Map<string, number>()
    for (const row of bySourceAndMonth) {
      if (row.source) sources.set(row.source, (sources.get(row.source) ?? 0) + row.n)
      if (row.month) months.set(row.month, (months.get(row.month) ?? 0) + row.n)
    }
    return { sources: countsToFacet(sources), months: countsToFacet(months, 'newest'), tags: this.tagFacet(query) }
  }

  /** Counts by tag over every matching story, the largest first. */
  tagFacet(query: StoryQuery): FacetRow[] {
    // Matching a large result against the tags costs as much as the result is large: not worth it for no tags.
    if (!this.statements.anyTagged.get()) return []
    const { where, params } = storyConditions(query)
    return this.prepare(
      `
      SELECT t.name AS value, count(*) AS count
      FROM story_tags st JOIN tags t ON t.id = st.tag_id JOIN ${LOOKUP} ON s.id = st.story_id
      WHERE ${where}
      GROUP BY t.id ORDER BY count DESC, t.name LIMIT ${FACET_LIMIT}`
    ).all(...params) as FacetRow[]
  }

  /**
   * Matching stories counted per period (and per source, when asked), in one query; undated matches under a
   * null period. A week is keyed by its Monday.
   */
  trendCounts(query: StoryQuery, period: 'day' | 'week' | 'month', bySource: boolean): TrendCount[] {
    const { where, params } = storyConditions(query)
    const periodSql = {
      day: 'substr(s.date, 1, 10)',
      week: "date(substr(s.date, 1, 10), '-6 days', 'weekday 1')",
      month: 'substr(s.date, 1, 7)'
    }[period]
    return this.prepare(
      `
      SELECT ${periodSql} AS period, ${bySource ? 's.source' : 'NULL'} AS source, count(*) AS n
      FROM ${LOOKUP} WHERE ${where} GROUP BY 1, 2`
    ).all(...params) as TrendCount[]
  }

  /** Every matching story id, in no particular order (for counting in memory). */
  matchingIds(query: StoryQuery): number[] {
    if (query.match && !query.filter) return this.statements.matchIds.all(query.match)
    const { where, params } = storyConditions(query)
    return this.prepare(`SELECT s.id FROM ${LOOKUP} WHERE ${where}`)
      .pluck()
      .all(...params) as number[]
  }

  /** Every source of the library. */
  distinctSources(): string[] {
    return this.statements.distinctSources.all()
  }

  /** Ids of the stories from `source`, up to `throughId`. */
  idsWithSource(source: string, throughId: number): number[] {
    return this.statements.idsWithSource.all(source, throughId)
  }

  /** Every month (`YYYY-MM`) some story is dated in. */
  distinctMonths(): string[] {
    return this.statements.distinctMonths.all()
  }

  /** Id and day (YYYY-MM-DD) of the stories dated on or after `from` and before `before` (`YYYY-MM…` bounds), up to `throughId`. */
  storyDaysBetween(from: string, before: string, throughId: number): [id: number, day: string][] {
    return this.statements.storyDaysBetween.all(from, before, throughId)
  }

  /** Source and day (YYYY-MM-DD) of the stories after `afterId`. */
  facetRowsAfter(afterId: number): [id: number, source: string | null, day: string | null][] {
    return this.statements.facetRowsAfter.all(afterId)
  }

  /** The rows a result page shows, in the order of `ids`. */
  hitRows(ids: readonly number[]): HitRow[] {
    const rows = this.statements.hitRows.all(JSON.stringify(ids))
    const byId = new Map(rows.map((row) => [row.id, row]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  }

  /** Full tag names of each story in `ids`. */
  tagsOf(ids: readonly number[]): Map<number, string[]> {
    const tags = new Map<number, string[]>()
    for (const row of this.statements.tagsOf.all(JSON.stringify(ids))) {
      tags.set(row.storyId, [...(tags.get(row.storyId) ?? []), row.name])
    }
    return tags
  }

  /** Title and body of the first story (lowest id) that matches an FTS5 expression, or null. */
  firstStoryMatching(match: string): { title: string | null; body: string } | null {
    return this.statements.firstStoryMatching.get(match) ?? null
  }

  /** Title and body of a story as stored, or null when it is gone. */
  storyText(id: number): { title: string | null; body: string } | null {
    return this.statements.storyText.get(id) ?? null
  }

  /** The newest story the stored vocabulary knows, or null when it was never built. */
  vocabularyThrough(): number | null {
    return this.statements.vocabularyThrough.get()?.n ?? null
  }

  /**
   * Rebuilds the stored vocabulary from the index: every term of the term columns (not stems) with the number of
   * stories using it (a story counts once per column). Walks the whole index: seconds on a large library.
   */
  rebuildVocabulary(): void {
    writeTransaction(this.db, () => this.storeIndexVocabulary())
  }

  /** rebuildVocabulary, unless another connection (an import) is writing: then false at once, nothing done. */
  rebuildVocabularyIfFree(): boolean {
    return this.storesVocabulary && writeTransactionIfFree(this.db, () => this.storeIndexVocabulary())
  }

  private storeIndexVocabulary(): void {
    const through = this.lastStoryId()
    this.db.exec(`DELETE FROM search_terms; INSERT INTO search_terms (term, stories) ${this.indexVocabularySql()}`)
    this.statements.setVocabularyThrough.run(through)
  }

  /** A library that cannot be written keeps its stored vocabulary as it is. */
  get storesVocabulary(): boolean {
    return !this.db.readonly
  }

  /** Whether no other connection is writing now: the write lock taken and given back at once, without waiting. */
  noOtherWriter(): boolean {
    return writeTransactionIfFree(this.db, () => undefined)
  }

  private indexVocabularySql(): string {
    // A view of the index in this connection's temp schema: it stores nothing, so it needs no migration.
    this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.story_index_vocabulary USING fts5vocab(main, story_index, col)')
    return `SELECT term, sum(doc) FROM temp.story_index_vocabulary
      WHERE col IN (${TERM_COLUMNS.map((column) => `'${column}'`).join(', ')}) GROUP BY term`
  }

  /**
   * Adds the counts of the stories after `fromStoryId` up to `throughStoryId` to the stored vocabulary, unless
   * it no longer stands at `fromStoryId` (another connection learnt them first): counts are never added twice.
   * Not while another connection writes: the search that learnt them does not wait for an import's lock, and a
   * later one (or the next session) stores them.
   */
  addToVocabulary(storiesByTerm: ReadonlyMap<string, number>, fromStoryId: number, throughStoryId: number): boolean {
    if (!this.storesVocabulary) return false
    return writeTransactionIfFree(this.db, () => {
      if (this.vocabularyThrough() !== fromStoryId) return
      for (const [term, stories] of storiesByTerm) this.statements.addTerm.run(term, stories)
      this.statements.setVocabularyThrough.run(throughStoryId)
    })
  }

  /** Every stored term with its number of stories. */
  vocabularyEntries(): IterableIterator<[term: string, stories: number]> {
    return this.statements.vocabularyEntries.iterate()
  }

  /** The stored terms that start with `prefix`, each with its number of stories: one seek in search_terms' key. */
  vocabularyStartingWith(prefix: string): [term: string, stories: number][] {
    // Terms hold no character beyond U+FFFF (the analyser splits words there), so prefix + U+FFFF bounds them.
    return this.statements.vocabularyStartingWith.all(prefix, `${prefix}\uffff`)
  }

  /** The text of stories with id > `afterId`, oldest first, `limit` of them (to learn the words of new stories). */
  textsAfter(afterId: number, limit: number): { id: number; title: string | null; body: string; keywords: string }[] {
    return this.statements.textsAfter.all(afterId, limit)
  }

  /** Highest story id so far (0 for an empty library): stories arrive with growing ids. */
  lastStoryId(): number {
    return this.statements.maxId.get()!.n
  }

  /** Every source with its number of stories, most first. */
  sourceCounts(): FacetRow[] {
    return this.statements.sourceCounts.all()
  }

  /** Every tag (full name and match key) with the number of stories tagged with it directly, most first. */
  tagCounts(): (FacetRow & { matchKey: string })[] {
    return this.statements.tagCounts.all()
  }

  /** Statements whose shape follows the query's filters, kept for reuse (a bounded number of shapes). */
  private prepare(sql: string): Statement {
    let statement = this.dynamic.get(sql)
    if (!statement) {
      if (this.dynamic.size >= MAX_CACHED_SHAPES) this.dynamic.clear()
      statement = this.db.prepare(sql)
      this.dynamic.set(sql, statement)
    }
    return statement
  }
}

interface RawRanked {
  id: number
  rank: number
}

interface GroupRow {
  clusterId: number | null
  matching: number
  clusterSize: number
}

const toRanked = (row: RawRanked): RankedStory => ({ id: row.id, score: row.rank === 0 ? 0 : -row.rank })

/** Sources and tags the largest first (FACET_LIMIT of them), months newest first: how facets are shown. */
export interface TrendCount {
  period: string | null
  source: string | null
  n: number
}

export function countsToFacet(counts: ReadonlyMap<string, number>, order: 'largest' | 'newest' = 'largest'): FacetRow[] {
  const rows = [...counts].map(([value, count]) => ({ value, count }))
  if (order === 'newest') return rows.sort((a, b) => (a.value < b.value ? 1 : -1))
  return rows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, FACET_LIMIT)
}

/** The WHERE clause over `stories s` for a query, with its parameters in order. */
function storyConditions(query: StoryQuery): { where: string; params: unknown[] } {
  const params: unknown[] = []
  const parts: string[] = []
  if (query.match) parts.push(filterSql({ kind: 'text', match: query.match }, params))
  if (query.filter) parts.push(filterSql(query.filter, params))
  return { where: parts.length > 0 ? parts.join(' AND ') : '1', params }
}

/** Every condition yields 0 or 1, never NULL, so that NOT of it means what it says for undated stories too. */
function filterSql(filter: StoryFilter, params: unknown[]): string {
  switch (filter.kind) {
    case 'all':
    case 'any': {
      if (filter.items.length === 0) return filter.kind === 'all' ? '1' : '0'
      return `(${filter.items.map((item) => filterSql(item, params)).join(filter.kind === 'all' ? ' AND ' : ' OR ')})`
    }
    case 'not':
      return `NOT ${filterSql(filter.item, params)}`
    case 'text':
      params.push(filter.match)
      return `s.id IN (${TEXT_MATCH})`
    case 'tag':
      // The tag itself, or a child: match keys between `key/` and `key0` ('0' follows '/').
      params.push(filter.key, `${filter.key}/`, `${filter.key}0`)
      return `s.id IN (SELECT st.story_id FROM story_tags st JOIN tags t ON t.id = st.tag_id
        WHERE t.match_key = ? OR (t.match_key >= ? AND t.match_key < ?))`
    case 'language':
      params.push(filter.code)
      return 's.language IS ?'
    case 'date': {
      const bounds = ['s.date IS NOT NULL']
      if (filter.from !== null) {
        params.push(filter.from)
        bounds.push('s.date >= ?')
      }
      if (filter.before !== null) {
        params.push(filter.before)
        bounds.push('s.date < ?')
      }
      return `(${bounds.join(' AND ')})`
    }
  }
}

function prepareStatements(db: Database) {
  return {
    countAll: db.prepare('SELECT count(*) AS n FROM stories') as Statement<[], { n: number }>,
    countMatch: db.prepare(`SELECT count(*) AS n FROM story_index WHERE story_index MATCH ?`) as Statement<[string], { n: number }>,
    countMatchAfter: db.prepare(`SELECT count(*) AS n FROM story_index WHERE story_index MATCH ? AND rowid > ?`) as Statement<
      [string, number],
      { n: number }
    >,
    maxId: db.prepare('SELECT coalesce(max(id), 0) AS n FROM stories') as Statement<[], { n: number }>,
    rankedMatch: db.prepare(`
      SELECT rowid AS id, rank FROM story_index WHERE story_index MATCH ? AND rank MATCH ?
      ORDER BY rank, rowid LIMIT ? OFFSET ?`) as Statement<[string, string, number, number], RawRanked>,
    hitRows: db.prepare(`
      SELECT id, title, body, url, source, date, date_text AS dateText, keywords
      FROM stories WHERE id IN (SELECT value FROM json_each(?))`) as Statement<[string], HitRow>,
    tagsOf: db.prepare(`
      SELECT st.story_id AS storyId, t.name FROM story_tags st JOIN tags t ON t.id = st.tag_id
      WHERE st.story_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`) as Statement<[string], { storyId: number; name: string }>,
    firstStoryMatching: db.prepare(`
      SELECT title, body FROM stories WHERE id = (SELECT rowid FROM story_index WHERE story_index MATCH ? LIMIT 1)`) as Statement<
      [string],
      { title: string | null; body: string }
    >,
    storyText: db.prepare('SELECT title, body FROM stories WHERE id = ?') as Statement<[number], { title: string | null; body: string }>,
    vocabularyThrough: db.prepare('SELECT through_story_id AS n FROM search_terms_state WHERE id = 1') as Statement<[], { n: number }>,
    setVocabularyThrough: db.prepare(`
      INSERT INTO search_terms_state (id, through_story_id) VALUES (1, ?)
      ON CONFLICT (id) DO UPDATE SET through_story_id = excluded.through_story_id`),
    addTerm: db.prepare(`
      INSERT INTO search_terms (term, stories) VALUES (?, ?)
      ON CONFLICT (term) DO UPDATE SET stories = stories + excluded.stories`),
    vocabularyEntries: db.prepare('SELECT term, stories FROM search_terms').raw() as Statement<[], [string, number]>,
    vocabularyStartingWith: db.prepare('SELECT term, stories FROM search_terms WHERE term >= ? AND term < ?').raw() as Statement<
      [string, string],
      [string, number]
    >,
    anyTagged: db.prepare('SELECT 1 FROM story_tags LIMIT 1').pluck() as Statement<[], number>,
    anyCluster: db.prepare('SELECT 1 FROM clusters LIMIT 1').pluck() as Statement<[], number>,
    clusterInfo: db.prepare(`
      SELECT g.story_id AS storyId, g.cluster_id AS clusterId, c.size AS clusterSize
      FROM story_signatures g JOIN clusters c ON c.id = g.cluster_id
      WHERE g.story_id IN (SELECT value FROM json_each(?))`) as Statement<
      [string],
      { storyId: number; clusterId: number; clusterSize: number }
    >,
    matchIds: db.prepare('SELECT rowid FROM story_index WHERE story_index MATCH ?').pluck() as Statement<[string], number>,
    distinctSources: db.prepare('SELECT DISTINCT source FROM stories WHERE source IS NOT NULL').pluck() as Statement<[], string>,
    idsWithSource: db.prepare('SELECT id FROM stories WHERE source = ? AND id <= ?').pluck() as Statement<[string, number], number>,
    distinctMonths: db
      .prepare(
        `
      SELECT DISTINCT substr(date, 1, 7) FROM stories INDEXED BY stories_date WHERE date IS NOT NULL`
      )
      .pluck() as Statement<[], string>,
    storyDaysBetween: db
      .prepare(
        `
      SELECT id, substr(date, 1, 10) FROM stories INDEXED BY stories_date WHERE date >= ? AND date < ? AND id <= ?`
      )
      .raw() as Statement<[string, string, number], [number, string]>,
    facetRowsAfter: db
      .prepare(
        `
      SELECT id, source, substr(date, 1, 10) FROM stories INDEXED BY stories_search WHERE id > ? ORDER BY id`
      )
      .raw() as Statement<[number], [number, string | null, string | null]>,
    textsAfter: db.prepare(`
      SELECT id, title, body, keywords FROM stories WHERE id > ? ORDER BY id LIMIT ?`) as Statement<
      [number, number],
      { id: number; title: string | null; body: string; keywords: string }
    >,
    sourceCounts: db.prepare(`
      SELECT source AS value, count(*) AS count FROM stories WHERE source IS NOT NULL
      GROUP BY source ORDER BY count DESC, source`) as Statement<[], FacetRow>,
    tagCounts: db.prepare(`
      SELECT t.name AS value, t.match_key AS matchKey, count(st.story_id) AS count
      FROM tags t LEFT JOIN story_tags st ON st.tag_id = t.id
      GROUP BY t.id ORDER BY count DESC, t.name`) as Statement<[], FacetRow & { matchKey: string }>
  }
}
