import type {
  AddedToBriefing,
  Briefing,
  BriefingEvents,
  BriefingItem,
  BriefingLanguage,
  BriefingDocument,
  BriefingSectionChart,
  BriefingSummary
} from '../../shared/contract/briefings'
import { MAX_STORIES_PER_ADD } from '../../shared/contract/briefings'
import type { SearchTrend, TrendPeriod } from '../../shared/contract/search'
import type { UndoTicket } from '../../shared/contract/organise'
import { MarsadError } from '../../shared/errors'
import type { BriefingCoverFields, BriefingItemRecord, BriefingItemRow, BriefingRecord, BriefingRepository, Library } from '../library'
import { noSuchStory } from '../library'
import { UndoStack } from '../undo'
import { buildBriefingDocument } from './document'
import { briefingWords } from './labels'
import { judgeBriefingLanguage } from './language'

/** How the service tells the interface what changed (the core's `emit`, narrowed to briefing events). */
export type EmitBriefingEvent = <E extends keyof BriefingEvents>(event: E, payload: BriefingEvents[E]) => void

export interface BriefingServiceOptions {
  emit?: EmitBriefingEvent
  /** Every story of a tag and the tags below it (the search layer); without it, items are added by story id only. */
  findTagStoryIds?: ((tagName: string) => Promise<number[]>) | null
  /** The library session's undo stack, shared by every service; by default one of this service's own. */
  undo?: UndoStack
  /** A query's coverage over time (the search layer's `searchTrend`), for the charts of an export. */
  trend?: ((request: { query: string; by: TrendPeriod; bySource: boolean }) => Promise<SearchTrend>) | null
  /** The clock, for tests. */
  now?: () => Date
}

export type CoverPatch = Partial<BriefingCoverFields>

export interface ItemPatch {
  comment?: string | null
  excerpt?: string | null
  fullBody?: boolean
}

export interface AddRequest {
  storyIds?: number[]
  tag?: string
  sectionId?: number
  section?: string
  position?: number
  comment?: string | null
  excerpt?: string | null
}

/**
 * Composing briefings: the cover, sections and items, their order, duplicating and deleting, each change saved at
 * once (the editor saves as the analyst types). Removals hand back an undo ticket; every change is announced.
 */
export class BriefingService {
  private readonly repository: BriefingRepository
  private readonly emit: EmitBriefingEvent
  private readonly undo: UndoStack
  private readonly now: () => Date

  constructor(
    private readonly library: Library,
    private readonly options: BriefingServiceOptions = {}
  ) {
    this.repository = library.briefings
    this.emit = options.emit ?? (() => {})
    this.undo = options.undo ?? new UndoStack((work) => library.transaction(work))
    this.now = options.now ?? (() => new Date())
  }

  list(): BriefingSummary[] {
    return this.repository.list().map(({ id, title, subtitle, author, date, sectionCount, itemCount, createdAt, updatedAt }) => ({
      id,
      title,
      subtitle,
      author,
      date,
      sectionCount,
      itemCount,
      createdAt,
      updatedAt
    }))
  }

  /** The briefing laid out for export: its items with their stories' text, dates and links, in its language. */
  document(id: number): BriefingDocument {
    return buildBriefingDocument(this.library, this.get(id))
  }

  /** The document with each chart's counts taken from the library now, as exports and the preview draw it. */
  async exportDocument(id: number): Promise<BriefingDocument> {
    const document = this.document(id)
    const trend = this.options.trend
    if (!trend) return document
    for (const section of document.sections) {
      if (section.chart)
        section.chart.trend = await trend({ query: section.chart.query, by: section.chart.by, bySource: section.chart.bySource })
    }
    return document
  }

  /** Gives a section a coverage chart (replacing its chart); the caption defaults to the query. */
  setSectionChart(sectionId: number, chart: Omit<BriefingSectionChart, 'caption'> & { caption?: string | null }): Briefing {
    const section = this.section(sectionId)
    const query = requiredText(chart.query, 'A chart needs a query.')
    this.repository.setChart(sectionId, { query, by: chart.by, bySource: chart.bySource, caption: optionalText(chart.caption) ?? query })
    return this.changed(section.briefingId)
  }

  /** Takes a section's chart away; the undo gives it back as it was (query, periods, caption). */
  removeSectionChart(sectionId: number): { briefing: Briefing; undo: UndoTicket } {
    const section = this.section(sectionId)
    const chart = this.repository.charts(section.briefingId).get(sectionId)
    if (!chart || !this.repository.removeChart(sectionId)) {
      throw new MarsadError('not-found', `Section ${sectionId} has no chart.`, { id: sectionId })
    }
    const undo = this.undo.push({
      label: `Remove the chart of section «${section.heading}»`,
      action: 'removeSectionChart',
      params: { heading: section.heading },
      inverse: () => {
        const sectionThere = this.repository.sections(section.briefingId).some((candidate) => candidate.id === sectionId)
        if (!sectionThere) throw cannotUndo('its section was removed since')
        this.repository.setChart(sectionId, chart)
        this.changed(section.briefingId)
      }
    })
    return { briefing: this.changed(section.briefingId), undo }
  }

  get(id: number): Briefing {
    const record = this.record(id)
    const sections = this.repository.sections(id)
    const charts = this.repository.charts(id)
    const rows = this.repository.itemRows(id)
    const items = new Map(sections.map((section) => [section.id, [] as BriefingItem[]]))
    for (const row of rows) items.get(row.sectionId)!.push(briefingItem(row))
    return {
      ...record,
      effectiveLanguage: effectiveLanguage(
        record,
        sections.map((section) => section.heading),
        rows
      ),
      sections: sections.map((section) => ({
        id: section.id,
        heading: section.heading,
        items: items.get(section.id)!,
        chart: charts.get(section.id) ?? null
      }))
    }
  }

  create(title: string, cover: CoverPatch = {}): Briefing {
    const record = this.repository.insert(
      {
        title: requiredText(title, 'A briefing needs a title.'),
        subtitle: optionalText(cover.subtitle),
        author: optionalText(cover.author),
        date: cover.date === undefined ? this.today() : cover.date,
        classification: optionalText(cover.classification),
        introduction: optionalText(cover.introduction),
        language: cover.language ?? null
      },
      this.timestamp()
    )
    return this.changed(record.id)
  }

  update(id: number, patch: CoverPatch): Briefing {
    const record = this.record(id)
    const next: BriefingCoverFields = { ...coverOf(record) }
    if (patch.title !== undefined) next.title = requiredText(patch.title, 'A briefing needs a title.')
    for (const field of ['subtitle', 'author', 'classification', 'introduction'] as const) {
      if (patch[field] !== undefined) next[field] = optionalText(patch[field])
    }
    if (patch.date !== undefined) next.date = patch.date
    if (patch.language !== undefined) next.language = patch.language
    this.repository.update(id, next, this.timestamp())
    return this.changed(id)
  }

  duplicate(id: number, title?: string): Briefing {
    const snapshot = this.repository.snapshot(id)
    if (!snapshot) throw noSuchBriefing(id)
    const copyTitle = title === undefined ? briefingWords(this.get(id).effectiveLanguage).copyOf(snapshot.briefing.title) : title
    return this.library.transaction(() => {
      const copy = this.repository.insert(
        { ...coverOf(snapshot.briefing), title: requiredText(copyTitle, 'A briefing needs a title.') },
        this.timestamp()
      )
      this.repository.restoreContents(copy.id, snapshot)
      return this.changed(copy.id)
    })
  }

  delete(id: number): { undo: UndoTicket } {
    const snapshot = this.repository.delete(id)
    if (!snapshot) throw noSuchBriefing(id)
    const undo = this.undo.push({
      label: `Delete briefing «${snapshot.briefing.title}»`,
      action: 'deleteBriefing',
      params: { title: snapshot.briefing.title },
      inverse: () => {
        const idFree = this.repository.get(snapshot.briefing.id) === null
        const restored = this.repository.insert(coverOf(snapshot.briefing), this.timestamp(), idFree ? snapshot.briefing.id : null)
        this.repository.restoreContents(restored.id, {
          sections: snapshot.sections,
          items: this.storiesStillThere(snapshot.items),
          charts: snapshot.charts
        })
        this.emit('briefingsChanged', { id: null })
      }
    })
    this.emit('briefingsChanged', { id: null })
    return { undo }
  }

  addSection(briefingId: number, heading: string, position?: number): Briefing {
    this.record(briefingId)
    return this.library.transaction(() => {
      const section = this.repository.insertSection(
        briefingId,
        requiredText(heading, 'A section needs a heading.'),
        Number.MAX_SAFE_INTEGER
      )
      this.placeSection(briefingId, section.id, position)
      return this.changed(briefingId)
    })
  }

  renameSection(id: number, heading: string): Briefing {
    const section = this.section(id)
    this.repository.renameSection(id, requiredText(heading, 'A section needs a heading.'))
    return this.changed(section.briefingId)
  }

  moveSection(id: number, position: number): Briefing {
    const section = this.section(id)
    this.placeSection(section.briefingId, id, position)
    return this.changed(section.briefingId)
  }

  removeSection(id: number): { briefing: Briefing; undo: UndoTicket } {
    const section = this.section(id)
    const index = this.repository.sections(section.briefingId).findIndex((candidate) => candidate.id === id)
    const removed = this.repository.deleteSection(id)!
    const undo = this.undo.push({
      label: `Remove section «${section.heading}»`,
      action: 'removeBriefingSection',
      params: { heading: section.heading, items: removed.items.length },
      inverse: () => {
        if (!this.repository.get(section.briefingId)) throw cannotUndo('its briefing was deleted since')
        const restored = this.repository.restoreContents(section.briefingId, {
          sections: [section],
          items: this.storiesStillThere(removed.items),
          charts: removed.charts
        })
        this.placeSection(section.briefingId, restored.get(section.id)!, index)
        this.changed(section.briefingId)
      }
    })
    return { briefing: this.changed(section.briefingId), undo }
  }

  async add(briefingId: number, request: AddRequest): Promise<AddedToBriefing> {
    this.record(briefingId)
    const storyIds = request.tag !== undefined ? await this.storiesOfTag(request.tag) : (request.storyIds ?? [])
    const [missing] = this.repository.missingStories(storyIds)
    if (missing !== undefined) throw noSuchStory(missing)
    const excerpt = optionalText(request.excerpt)
    const comment = optionalText(request.comment)
    return this.library.transaction(() => {
      const sectionId = this.targetSection(briefingId, request)
      const present = this.repository.storyIds(briefingId)
      // The same story twice is a slip, unless the analyst chose another passage of it.
      const wanted = [...new Set(storyIds)]
      const adding = excerpt === null ? wanted.filter((id) => !present.has(id)) : wanted
      const itemIds = adding.map((storyId) =>
        this.repository.insertItem({ sectionId, storyId, position: Number.MAX_SAFE_INTEGER, comment, excerpt, fullBody: false })
      )
      const order = this.repository.itemIdsOfSection(sectionId).filter((id) => !itemIds.includes(id))
      order.splice(clampPosition(request.position, order.length), 0, ...itemIds)
      this.repository.orderItems(sectionId, order)
      const undo = this.undo.push({
        label: `Add ${itemIds.length === 1 ? 'a story' : `${itemIds.length} stories`} to a briefing`,
        action: 'addToBriefing',
        params: { items: itemIds.length },
        inverse: () => {
          this.repository.deleteItems(itemIds)
          if (this.repository.get(briefingId)) this.changed(briefingId)
        }
      })
      return {
        briefing: this.changed(briefingId),
        itemIds,
        skippedStoryIds: wanted.filter((id) => !adding.includes(id)),
        sectionId,
        undo
      }
    })
  }

  updateItem(id: number, patch: ItemPatch): BriefingItem {
    const item = this.item(id)
    this.repository.updateItem(id, {
      comment: patch.comment !== undefined ? optionalText(patch.comment) : item.comment,
      excerpt: patch.excerpt !== undefined ? optionalText(patch.excerpt) : item.excerpt,
      fullBody: patch.fullBody ?? item.fullBody
    })
    const briefingId = this.repository.briefingOfItem(id)!
    this.changed(briefingId)
    return briefingItem(this.repository.itemRow(id)!)
  }

  /** Moves an item within its section or into another section of the same briefing. */
  moveItem(id: number, position: number, sectionId?: number): Briefing {
    const item = this.item(id)
    const briefingId = this.repository.briefingOfItem(id)!
    const target = sectionId ?? item.sectionId
    if (this.section(target).briefingId !== briefingId) {
      throw new MarsadError('bad-request', `Section ${target} belongs to another briefing; an item moves only within its briefing.`, {
        id: target
      })
    }
    return this.library.transaction(() => {
      if (target !== item.sectionId) {
        this.repository.orderItems(
          item.sectionId,
          this.repository.itemIdsOfSection(item.sectionId).filter((other) => other !== id)
        )
      }
      const order = this.repository.itemIdsOfSection(target).filter((other) => other !== id)
      order.splice(clampPosition(position, order.length), 0, id)
      this.repository.orderItems(target, order)
      return this.changed(briefingId)
    })
  }

  removeItems(ids: readonly number[]): { briefing: Briefing; undo: UndoTicket } {
    const briefingIds = this.repository.briefingsOfItems(ids)
    if (briefingIds.length !== 1) {
      throw briefingIds.length === 0
        ? new MarsadError('not-found', `There is no briefing item with id ${ids.join(', ')}.`, { id: ids[0]! })
        : new MarsadError('bad-request', 'Items of different briefings cannot be removed together.')
    }
    const briefingId = briefingIds[0]!
    const removed = this.repository.deleteItems(ids)
    const undo = this.undo.push({
      label: `Remove ${removed.length === 1 ? 'an item' : `${removed.length} items`} from a briefing`,
      action: 'removeBriefingItems',
      params: { items: removed.length },
      inverse: () => {
        const sectionsLeft = new Set(this.repository.sections(briefingId).map((section) => section.id))
        const restorable = this.storiesStillThere(removed).filter((item) => sectionsLeft.has(item.sectionId))
        if (restorable.length === 0) throw cannotUndo('their section, briefing or stories were deleted since')
        // Back at their old positions; the others kept theirs, so each lands where it was (ties: the older item first).
        for (const item of restorable) this.repository.insertItem({ ...item, id: null })
        for (const sectionId of new Set(restorable.map((item) => item.sectionId))) {
          this.repository.orderItems(sectionId, this.repository.itemIdsOfSection(sectionId))
        }
        this.changed(briefingId)
      }
    })
    return { briefing: this.changed(briefingId), undo }
  }

  private record(id: number): BriefingRecord {
    const record = this.repository.get(id)
    if (!record) throw noSuchBriefing(id)
    return record
  }

  private section(id: number) {
    const section = this.repository.section(id)
    if (!section) throw new MarsadError('not-found', `There is no briefing section with id ${id}.`, { id })
    return section
  }

  private item(id: number): BriefingItemRecord {
    const item = this.repository.item(id)
    if (!item) throw new MarsadError('not-found', `There is no briefing item with id ${id}.`, { id })
    return item
  }

  /** Where added items go: the section named by id or heading (created when missing), else the last one. */
  private targetSection(briefingId: number, request: AddRequest): number {
    if (request.sectionId !== undefined) {
      if (this.section(request.sectionId).briefingId !== briefingId) {
        throw new MarsadError('bad-request', `Section ${request.sectionId} belongs to another briefing.`, { id: request.sectionId })
      }
      return request.sectionId
    }
    const sections = this.repository.sections(briefingId)
    if (request.section !== undefined) {
      const heading = requiredText(request.section, 'A section needs a heading.')
      const existing = sections.find((section) => section.heading === heading)
      return existing ? existing.id : this.repository.insertSection(briefingId, heading, sections.length).id
    }
    const last = sections.at(-1)
    if (last) return last.id
    return this.repository.insertSection(briefingId, briefingWords(this.get(briefingId).effectiveLanguage).defaultSection, 0).id
  }

  private async storiesOfTag(tag: string): Promise<number[]> {
    if (!this.options.findTagStoryIds)
      throw new MarsadError('bad-request', 'Adding a tag’s stories needs the search layer; give story ids instead.')
    const ids = await this.options.findTagStoryIds(tag)
    if (ids.length > MAX_STORIES_PER_ADD) {
      throw new MarsadError(
        'bad-request',
        `The tag «${tag}» has ${ids.length} stories; a briefing takes at most ${MAX_STORIES_PER_ADD} at once. Choose a narrower tag or pick stories from a search.`,
        { tag, count: ids.length, limit: MAX_STORIES_PER_ADD }
      )
    }
    const days = this.repository.storyDays(ids)
    // Oldest first, undated last: a briefing tells what happened in order.
    return [...ids].sort((a, b) => compareDays(days.get(a) ?? null, days.get(b) ?? null) || a - b)
  }

  private placeSection(briefingId: number, sectionId: number, position: number | undefined): void {
    const order = this.repository
      .sections(briefingId)
      .map((section) => section.id)
      .filter((id) => id !== sectionId)
    order.splice(clampPosition(position, order.length), 0, sectionId)
    this.repository.orderSections(order)
  }

  private storiesStillThere<T extends { storyId: number }>(items: readonly T[]): T[] {
    const gone = new Set(this.repository.missingStories(items.map((item) => item.storyId)))
    return items.filter((item) => !gone.has(item.storyId))
  }

  /** Marks the briefing as edited, announces it, and returns it as it now is. */
  private changed(id: number): Briefing {
    this.repository.touch(id, this.timestamp())
    this.emit('briefingsChanged', { id })
    return this.get(id)
  }

  private timestamp(): string {
    return this.now().toISOString()
  }

  private today(): string {
    const now = this.now()
    const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000)
    return local.toISOString().slice(0, 10)
  }
}

function briefingItem(row: BriefingItemRow): BriefingItem {
  return {
    id: row.id,
    sectionId: row.sectionId,
    storyId: row.storyId,
    comment: row.comment,
    excerpt: row.excerpt,
    fullBody: row.fullBody,
    story: { id: row.storyId, title: row.storyTitle, source: row.storySource, date: row.storyDate, dateText: row.storyDateText }
  }
}

function effectiveLanguage(record: BriefingRecord, headings: string[], rows: readonly BriefingItemRow[]): BriefingLanguage {
  if (record.language) return record.language
  const analystText = [record.title, record.subtitle, record.introduction, ...headings, ...rows.map((row) => row.comment)]
  return judgeBriefingLanguage(
    analystText,
    rows.map((row) => row.storyTitle)
  )
}

function coverOf(record: BriefingRecord): BriefingCoverFields {
  const { title, subtitle, author, date, classification, introduction, language } = record
  return { title, subtitle, author, date, classification, introduction, language }
}

function requiredText(text: string, message: string): string {
  const trimmed = text.trim()
  if (trimmed === '') throw new MarsadError('bad-request', message)
  return trimmed
}

/** Blank means absent. Kept as written otherwise (line breaks separate paragraphs). */
function optionalText(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim()
}

function clampPosition(position: number | undefined, length: number): number {
  return position === undefined ? length : Math.min(Math.max(position, 0), length)
}

function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

function noSuchBriefing(id: number): MarsadError {
  return new MarsadError('not-found', `There is no briefing with id ${id}.`, { id })
}

function cannotUndo(reason: string): MarsadError {
  return new MarsadError('not-found', `This cannot be undone: ${reason}.`)
}
