import type { Database, Statement } from 'better-sqlite3'
import type { Briefing, BriefingSectionChart } from '../../shared/contract/briefings'
import { StoryLookup } from './storyLookup'
import { writeTransaction } from './writeTransaction'

/** A briefing's own fields, as stored (table `briefings`): the contract's Briefing without what is computed from them. */
export type BriefingRecord = Omit<Briefing, 'effectiveLanguage' | 'sections'>

export type BriefingCoverFields = Omit<BriefingRecord, 'id' | 'createdAt' | 'updatedAt'>

export interface BriefingListRow extends BriefingRecord {
  sectionCount: number
  itemCount: number
}

export interface BriefingSectionRecord {
  id: number
  briefingId: number
  heading: string
  position: number
}

export interface BriefingItemRecord {
  id: number
  sectionId: number
  storyId: number
  position: number
  comment: string | null
  excerpt: string | null
  fullBody: boolean
}

/** An item with the heading of its story, as the editor lists it. */
export interface BriefingItemRow extends BriefingItemRecord {
  storyTitle: string | null
  storySource: string | null
  storyDate: string | null
  storyDateText: string | null
}

/** Everything a briefing holds, for undoing its deletion and for duplicating it. */
export interface BriefingSnapshot {
  briefing: BriefingRecord
  sections: BriefingSectionRecord[]
  items: BriefingItemRecord[]
  /** The sections' charts, by section id. */
  charts?: Map<number, BriefingSectionChart>
}

export type NewBriefingItem = Pick<BriefingItemRecord, 'storyId' | 'comment' | 'excerpt' | 'fullBody'>

const BRIEFING_COLUMNS = `id, title, subtitle, author, date, classification, introduction, language,
  created_at AS createdAt, updated_at AS updatedAt`
const SECTION_COLUMNS = 'id, briefing_id AS briefingId, heading, position'
const ITEM_COLUMNS = 'i.id, i.section_id AS sectionId, i.story_id AS storyId, i.position, i.comment, i.excerpt, i.full_body AS fullBody'

type StoredItem<T extends BriefingItemRecord> = Omit<T, 'fullBody'> & { fullBody: number }

/**
 * Briefings, their sections and their items (tables `briefings`, `briefing_sections`, `briefing_items`). Plain reads
 * and writes; the rules (where items go, ordering, undo) live in core/briefing. Order is by position (ties: the older
 * row first) within a briefing (sections) and within a section (items); a write that changes an order rewrites the
 * positions 0, 1, 2…, while a removal leaves a gap, so that an undo can put a row back where it was.
 */
export class BriefingRepository {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly storyLookup: StoryLookup

  constructor(private readonly db: Database) {
    this.statements = prepareStatements(db)
    this.storyLookup = new StoryLookup(db)
  }

  /** Every briefing with its counts, most recently edited first. */
  list(): BriefingListRow[] {
    return this.statements.list.all()
  }

  get(id: number): BriefingRecord | null {
    return this.statements.get.get(id) ?? null
  }

  /** Creates a briefing, under `id` when given (undo puts a deleted one back under its old id). */
  insert(fields: BriefingCoverFields, now: string, id: number | null = null): BriefingRecord {
    return this.statements.insert.get({ ...fields, id, createdAt: now, updatedAt: now })!
  }

  update(id: number, fields: BriefingCoverFields, now: string): BriefingRecord | null {
    return this.statements.update.get({ ...fields, id, updatedAt: now }) ?? null
  }

  /** Marks a briefing as edited now (its sections or items changed). */
  touch(id: number, now: string): void {
    this.statements.touch.run(now, id)
  }

  /** Deletes a briefing with its sections and items; returns all of it as it was, or null when there was none. */
  delete(id: number): BriefingSnapshot | null {
    return writeTransaction(this.db, () => {
      const snapshot = this.snapshot(id)
      if (snapshot) this.statements.delete.run(id)
      return snapshot
    })
  }

  snapshot(id: number): BriefingSnapshot | null {
    const briefing = this.get(id)
    if (!briefing) return null
    return { briefing, sections: this.sections(id), items: this.itemRows(id).map(itemRecord), charts: this.charts(id) }
  }

  /**
   * Writes sections and their items (as a snapshot holds them) into a briefing that exists, under new ids, at their
   * recorded positions. Returns the new id of each section by its old id.
   */
  restoreContents(briefingId: number, contents: Omit<BriefingSnapshot, 'briefing'>): Map<number, number> {
    return writeTransaction(this.db, () => {
      const newSectionIds = new Map<number, number>()
      for (const section of contents.sections) {
        newSectionIds.set(section.id, this.insertSection(briefingId, section.heading, section.position).id)
      }
      for (const [sectionId, chart] of contents.charts ?? []) {
        const newId = newSectionIds.get(sectionId)
        if (newId !== undefined) this.setChart(newId, chart)
      }
      for (const item of contents.items) {
        const sectionId = newSectionIds.get(item.sectionId)
        if (sectionId !== undefined) this.insertItem({ ...item, sectionId, id: null })
      }
      return newSectionIds
    })
  }

  /** A briefing's sections in order. */
  sections(briefingId: number): BriefingSectionRecord[] {
    return this.statements.sections.all(briefingId)
  }

  section(id: number): BriefingSectionRecord | null {
    return this.statements.section.get(id) ?? null
  }

  insertSection(briefingId: number, heading: string, position: number, id: number | null = null): BriefingSectionRecord {
    return this.statements.insertSection.get({ id, briefingId, heading, position })!
  }

  renameSection(id: number, heading: string): void {
    this.statements.renameSection.run(heading, id)
  }

  /** Removes a section with its items and chart; returns them as they were, or null. */
  deleteSection(
    id: number
  ): { section: BriefingSectionRecord; items: BriefingItemRecord[]; charts: Map<number, BriefingSectionChart> } | null {
    return writeTransaction(this.db, () => {
      const section = this.section(id)
      if (!section) return null
      const items = this.statements.itemsOfSection.all(id).map(fromStored)
      const chart = this.charts(section.briefingId).get(id)
      this.statements.deleteSection.run(id)
      return { section, items, charts: new Map(chart ? [[id, chart]] : []) }
    })
  }

  /** The charts of a briefing's sections, by section id. */
  charts(briefingId: number): Map<number, BriefingSectionChart> {
    return new Map(
      this.statements.charts.all(briefingId).map(({ sectionId, bySource, ...chart }) => [sectionId, { ...chart, bySource: bySource === 1 }])
    )
  }

  /** Gives a section its chart, replacing the one it had. */
  setChart(sectionId: number, chart: BriefingSectionChart): void {
    this.statements.setChart.run({ sectionId, query: chart.query, by: chart.by, bySource: chart.bySource ? 1 : 0, caption: chart.caption })
  }

  /** Takes a section's chart out; false when it had none. */
  removeChart(sectionId: number): boolean {
    return this.statements.removeChart.run(sectionId).changes > 0
  }

  /** Gives the sections these positions, in this order (all of one briefing's sections). */
  orderSections(sectionIds: readonly number[]): void {
    writeTransaction(this.db, () => sectionIds.forEach((id, position) => this.statements.positionSection.run(position, id)))
  }

  /** Every item of a briefing with its story's heading: by section, then position. */
  itemRows(briefingId: number): BriefingItemRow[] {
    return this.statements.itemRows.all(briefingId).map(fromStored)
  }

  item(id: number): BriefingItemRecord | null {
    const stored = this.statements.item.get(id)
    return stored ? fromStored(stored) : null
  }

  /** The briefing an item belongs to. */
  briefingOfItem(itemId: number): number | null {
    return this.statements.briefingOfItem.get(itemId) ?? null
  }

  itemRow(id: number): BriefingItemRow | null {
    const stored = this.statements.itemRow.get(id)
    return stored ? fromStored(stored) : null
  }

  insertItem(item: NewBriefingItem & { sectionId: number; position: number; id?: number | null }): number {
    return this.statements.insertItem.get({ ...item, id: item.id ?? null, fullBody: item.fullBody ? 1 : 0 })!
  }

  updateItem(id: number, fields: Pick<BriefingItemRecord, 'comment' | 'excerpt' | 'fullBody'>): void {
    this.statements.updateItem.run({ ...fields, id, fullBody: fields.fullBody ? 1 : 0 })
  }

  /** Puts these items into `sectionId` at these positions, in this order (moving any that were elsewhere). */
  orderItems(sectionId: number, itemIds: readonly number[]): void {
    writeTransaction(this.db, () => itemIds.forEach((id, position) => this.statements.positionItem.run(sectionId, position, id)))
  }

  /** Items of one section in order. */
  itemIdsOfSection(sectionId: number): number[] {
    return this.statements.itemIdsOfSection.all(sectionId)
  }

  /** Removes items; returns them as they were. */
  deleteItems(ids: readonly number[]): BriefingItemRecord[] {
    return writeTransaction(this.db, () => {
      const removed = this.statements.itemsById.all(JSON.stringify(ids)).map(fromStored)
      this.statements.deleteItems.run(JSON.stringify(ids))
      return removed
    })
  }

  /** The briefings these items belong to (distinct). */
  briefingsOfItems(ids: readonly number[]): number[] {
    return this.statements.briefingsOfItems.all(JSON.stringify(ids))
  }

  /** The stories a briefing already has items for. */
  storyIds(briefingId: number): Set<number> {
    return new Set(this.statements.storyIds.all(briefingId))
  }

  /** The days of these stories (`YYYY-MM-DD` or null), for putting a tag's stories in date order. */
  storyDays(storyIds: readonly number[]): Map<number, string | null> {
    return new Map(this.storyLookup.headings(storyIds).map((story) => [story.id, story.date]))
  }

  /** The ids among `storyIds` that name no story, ascending. */
  missingStories(storyIds: readonly number[]): number[] {
    return this.storyLookup.missing(storyIds)
  }
}

function fromStored<T extends BriefingItemRecord>(stored: StoredItem<T>): T {
  return { ...stored, fullBody: stored.fullBody === 1 } as T
}

function itemRecord(row: BriefingItemRow): BriefingItemRecord {
  const { id, sectionId, storyId, position, comment, excerpt, fullBody } = row
  return { id, sectionId, storyId, position, comment, excerpt, fullBody }
}

type StoredBriefingFields = BriefingCoverFields & { id: number | null; createdAt: string; updatedAt: string }
type StoredItemFields = Omit<BriefingItemRecord, 'id' | 'fullBody'> & { id: number | null; fullBody: number }

function prepareStatements(db: Database) {
  const itemRowSelect = `
    SELECT ${ITEM_COLUMNS}, s.title AS storyTitle, s.source AS storySource, s.date AS storyDate, s.date_text AS storyDateText
    FROM briefing_items i JOIN stories s ON s.id = i.story_id`
  return {
    list: db.prepare(`
      SELECT ${BRIEFING_COLUMNS},
        (SELECT count(*) FROM briefing_sections WHERE briefing_id = b.id) AS sectionCount,
        (SELECT count(*) FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id WHERE s.briefing_id = b.id) AS itemCount
      FROM briefings b
      ORDER BY updated_at DESC, id DESC`) as Statement<[], BriefingListRow>,
    get: db.prepare(`SELECT ${BRIEFING_COLUMNS} FROM briefings WHERE id = ?`) as Statement<[number], BriefingRecord>,
    insert: db.prepare(`
      INSERT INTO briefings (id, title, subtitle, author, date, classification, introduction, language, created_at, updated_at)
      VALUES (@id, @title, @subtitle, @author, @date, @classification, @introduction, @language, @createdAt, @updatedAt)
      RETURNING ${BRIEFING_COLUMNS}`) as Statement<[StoredBriefingFields], BriefingRecord>,
    update: db.prepare(`
      UPDATE briefings SET title = @title, subtitle = @subtitle, author = @author, date = @date,
        classification = @classification, introduction = @introduction, language = @language, updated_at = @updatedAt
      WHERE id = @id
      RETURNING ${BRIEFING_COLUMNS}`) as Statement<[BriefingCoverFields & { id: number; updatedAt: string }], BriefingRecord>,
    touch: db.prepare('UPDATE briefings SET updated_at = ? WHERE id = ?') as Statement<[string, number]>,
    delete: db.prepare('DELETE FROM briefings WHERE id = ?') as Statement<[number]>,

    sections: db.prepare(`SELECT ${SECTION_COLUMNS} FROM briefing_sections WHERE briefing_id = ? ORDER BY position, id`) as Statement<
      [number],
      BriefingSectionRecord
    >,
    section: db.prepare(`SELECT ${SECTION_COLUMNS} FROM briefing_sections WHERE id = ?`) as Statement<[number], BriefingSectionRecord>,
    insertSection: db.prepare(`
      INSERT INTO briefing_sections (id, briefing_id, heading, position) VALUES (@id, @briefingId, @heading, @position)
      RETURNING ${SECTION_COLUMNS}`) as Statement<[Omit<BriefingSectionRecord, 'id'> & { id: number | null }], BriefingSectionRecord>,
    renameSection: db.prepare('UPDATE briefing_sections SET heading = ? WHERE id = ?') as Statement<[string, number]>,
    deleteSection: db.prepare('DELETE FROM briefing_sections WHERE id = ?') as Statement<[number]>,
    charts: db.prepare(`
      SELECT c.section_id AS sectionId, c.query, c.period AS by, c.by_source AS bySource, c.caption
      FROM briefing_section_charts c JOIN briefing_sections s ON s.id = c.section_id WHERE s.briefing_id = ?`) as Statement<
      [number],
      Omit<BriefingSectionChart, 'bySource'> & { sectionId: number; bySource: number }
    >,
    setChart: db.prepare(`
      INSERT INTO briefing_section_charts (section_id, query, period, by_source, caption) VALUES (@sectionId, @query, @by, @bySource, @caption)
      ON CONFLICT (section_id) DO UPDATE SET query = excluded.query, period = excluded.period, by_source = excluded.by_source,
        caption = excluded.caption`) as Statement<[{ sectionId: number; query: string; by: string; bySource: number; caption: string }]>,
    removeChart: db.prepare('DELETE FROM briefing_section_charts WHERE section_id = ?') as Statement<[number]>,
    positionSection: db.prepare('UPDATE briefing_sections SET position = ? WHERE id = ?') as Statement<[number, number]>,

    itemRows: db.prepare(`${itemRowSelect}
      JOIN briefing_sections sec ON sec.id = i.section_id
      WHERE sec.briefing_id = ?
      ORDER BY sec.position, sec.id, i.position, i.id`) as Statement<[number], StoredItem<BriefingItemRow>>,
    itemRow: db.prepare(`${itemRowSelect} WHERE i.id = ?`) as Statement<[number], StoredItem<BriefingItemRow>>,
    item: db.prepare(`SELECT ${ITEM_COLUMNS} FROM briefing_items i WHERE i.id = ?`) as Statement<[number], StoredItem<BriefingItemRecord>>,
    itemsOfSection: db.prepare(
      `SELECT ${ITEM_COLUMNS} FROM briefing_items i WHERE i.section_id = ? ORDER BY i.position, i.id`
    ) as Statement<[number], StoredItem<BriefingItemRecord>>,
    itemIdsOfSection: db.prepare('SELECT id FROM briefing_items WHERE section_id = ? ORDER BY position, id').pluck() as Statement<
      [number],
      number
    >,
    itemsById: db.prepare(`SELECT ${ITEM_COLUMNS} FROM briefing_items i WHERE i.id IN (SELECT value FROM json_each(?))`) as Statement<
      [string],
      StoredItem<BriefingItemRecord>
    >,
    briefingOfItem: db
      .prepare('SELECT s.briefing_id FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id WHERE i.id = ?')
      .pluck() as Statement<[number], number>,
    briefingsOfItems: db
      .prepare(
        `
        SELECT DISTINCT s.briefing_id FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id
        WHERE i.id IN (SELECT value FROM json_each(?))`
      )
      .pluck() as Statement<[string], number>,
    insertItem: db
      .prepare(
        `
        INSERT INTO briefing_items (id, section_id, story_id, position, comment, excerpt, full_body)
        VALUES (@id, @sectionId, @storyId, @position, @comment, @excerpt, @fullBody)
        RETURNING id`
      )
      .pluck() as Statement<[StoredItemFields], number>,
    updateItem: db.prepare(
      'UPDATE briefing_items SET comment = @comment, excerpt = @excerpt, full_body = @fullBody WHERE id = @id'
    ) as Statement<[{ id: number; comment: string | null; excerpt: string | null; fullBody: number }]>,
    positionItem: db.prepare('UPDATE briefing_items SET section_id = ?, position = ? WHERE id = ?') as Statement<[number, number, number]>,
    deleteItems: db.prepare('DELETE FROM briefing_items WHERE id IN (SELECT value FROM json_each(?))') as Statement<[string]>,
    storyIds: db
      .prepare('SELECT DISTINCT i.story_id FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id WHERE s.briefing_id = ?')
      .pluck() as Statement<[number], number>
  }
}
