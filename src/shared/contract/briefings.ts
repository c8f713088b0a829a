/**
 * Briefings (issue 7): the analyst's output. A briefing has a cover (title, subtitle, author, date, classification),
 * an introduction and ordered sections of ordered items; an item is a story with the analyst's comment and,
 * optionally, an excerpt. It exports as PDF, one self-contained HTML file, or DOCX, all from one document model
 * (`BriefingDocument`), which the editor's preview shows too. The `marsad briefing`/`briefings` commands use these
 * methods.
 */
import { z } from 'zod'
import type { LinkKind, UndoTicket } from './organise'
import { method, noArguments, storyId } from './method'
import { TREND_PERIODS, type SearchTrend, type TrendPeriod } from './search'

export const BRIEFING_LANGUAGES = ['ar', 'en'] as const
/** The language of a briefing's export: Arabic exports right to left. */
export type BriefingLanguage = (typeof BRIEFING_LANGUAGES)[number]

export const BRIEFING_EXPORT_FORMATS = ['pdf', 'html', 'docx'] as const
export type BriefingExportFormat = (typeof BRIEFING_EXPORT_FORMATS)[number]

/** At most this many stories go into a briefing in one call (a tag may hold thousands). */
export const MAX_STORIES_PER_ADD = 500

export interface BriefingSummary {
  id: number
  title: string
  subtitle: string | null
  author: string | null
  /** `YYYY-MM-DD`, the date on the cover. */
  date: string | null
  sectionCount: number
  itemCount: number
  /** ISO 8601 timestamps; `updatedAt` moves with every edit of the briefing, its sections or its items. */
  createdAt: string
  updatedAt: string
}

/** What an item shows of its story in the editor. */
export interface BriefingItemStory {
  id: number
  title: string | null
  source: string | null
  date: string | null
  dateText: string | null
}

export interface BriefingItem {
  id: number
  sectionId: number
  storyId: number
  /** The analyst's comment, plain text with line breaks. */
  comment: string | null
  /** A passage of the story the analyst chose; null when none was chosen. */
  excerpt: string | null
  /** Export the whole story even though an excerpt was chosen. Without an excerpt the whole story goes out anyway. */
  fullBody: boolean
  story: BriefingItemStory
}

/** A coverage chart a section carries: the search it charts, and its caption. */
export interface BriefingSectionChart {
  query: string
  by: TrendPeriod
  /** Stacked by source (the largest sources and "other"), or one series of all matches. */
  bySource: boolean
  caption: string
}

export interface BriefingSection {
  id: number
  heading: string
  items: BriefingItem[]
  /** The section's coverage chart, drawn under its heading in the export; null when it has none. */
  chart: BriefingSectionChart | null
}

export interface Briefing {
  id: number
  title: string
  subtitle: string | null
  author: string | null
  date: string | null
  /** A line such as "Restricted" printed on the cover and in the running header. */
  classification: string | null
  /** The analyst's summary, plain text; blank lines separate paragraphs. */
  introduction: string | null
  /** The analyst's choice; null lets the export judge it from the briefing's text. */
  language: BriefingLanguage | null
  /** The language the export will use: the analyst's choice, or the one most of the briefing's text is written in. */
  effectiveLanguage: BriefingLanguage
  sections: BriefingSection[]
  createdAt: string
  updatedAt: string
}

/** The fixed words an export adds around the analyst's text, in the briefing's language. */
export interface BriefingLabels {
  contents: string
  introduction: string
  comment: string
  excerpt: string
  source: string
  date: string
  tags: string
  seeAlso: string
  /** Before the other outlets that carried the same story (syndication clusters). */
  alsoCarriedBy: string
  untitledStory: string
  /** Before the query a chart was drawn from. */
  chartQuery: string
  /** "Page", before the page number in the footer. */
  page: string
  /** "of", between the page number and the page count. */
  of: string
  /** Between the entries of a list (tags, links): "، " or ", ". */
  listSeparator: string
}

/** A link from one item's story to another item's story in the same briefing. */
export interface BriefingDocumentLink {
  kind: LinkKind
  /** The kind as read from this item: "follows", or "followed by" when the other story follows this one. */
  label: string
  /** The other item's anchor and number ("2.3") and title. */
  anchor: string
  number: string
  title: string
}

export interface BriefingDocumentItem {
  /** "2.3": section 2, item 3; also in the table of contents. */
  number: string
  /** A fragment id unique in the document (`item-2-3`), for the contents and for links between items. */
  anchor: string
  storyId: number
  title: string
  source: string | null
  /** The story's date in the briefing's language, or the date as the dump wrote it. */
  date: string | null
  url: string | null
  /** The excerpt or the whole story, as the analyst chose; paragraphs separated by line breaks. */
  text: string
  textKind: 'excerpt' | 'body'
  comment: string | null
  tags: string[]
  links: BriefingDocumentLink[]
  /** Other outlets that carried the same story (its syndication cluster), first reported first. */
  alsoCarriedBy: string[]
}

/** A section's chart with the counts taken from the library when the document was made. */
export interface BriefingDocumentChart extends BriefingSectionChart {
  /** Null only where counts were not asked for (a document built without the search layer). */
  trend: SearchTrend | null
}

export interface BriefingDocumentSection {
  number: string
  anchor: string
  heading: string
  items: BriefingDocumentItem[]
  chart: BriefingDocumentChart | null
}

/**
 * The briefing as it will be exported: every renderer (HTML for the PDF and the HTML file, DOCX, the editor's
 * preview) draws this and adds no content of its own.
 */
export interface BriefingDocument {
  language: BriefingLanguage
  direction: 'rtl' | 'ltr'
  title: string
  subtitle: string | null
  author: string | null
  /** The cover date in the briefing's language. */
  date: string | null
  classification: string | null
  introduction: string | null
  labels: BriefingLabels
  sections: BriefingDocumentSection[]
}

export interface BriefingExport {
  /** A file name made from the title, with the format's extension. */
  fileName: string
  mimeType: string
  /** The file's bytes, base64-encoded (they cross JSON transports). */
  base64: string
  bytes: number
}

export interface AddedToBriefing {
  briefing: Briefing
  /** Ids of the new items, in the order added. */
  itemIds: number[]
  /** Stories left out because the briefing already has them (an item with an excerpt is always added). */
  skippedStoryIds: number[]
  /** The section the items went to. */
  sectionId: number
  /** Takes the new items out again. */
  undo: UndoTicket
}

const briefingId = z.number().int().positive()
const sectionId = z.number().int().positive()
const itemId = z.number().int().positive()
const title = z.string().max(500)
const line = z.string().max(500).nullable()
const longText = z.string().max(200_000).nullable()
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .nullable()
const heading = z.string().max(500)
const position = z.number().int().min(0)
const language = z.enum(BRIEFING_LANGUAGES).nullable()

const coverFields = {
  subtitle: line.optional(),
  author: line.optional(),
  date: isoDay.optional(),
  classification: line.optional(),
  introduction: longText.optional(),
  language: language.optional()
}

export const briefingsContract = {
  /** Every briefing, most recently edited first. */
  listBriefings: method(noArguments).returns<BriefingSummary[]>(),
  /** One briefing with its sections and items; `not-found` when it is gone. */
  getBriefing: method(z.object({ id: briefingId }).strict()).returns<Briefing>(),
  /** A new, empty briefing; the date defaults to today. */
  createBriefing: method(z.object({ title, ...coverFields }).strict()).returns<Briefing>(),
  /** Changes the cover fields given; null clears one. */
  updateBriefing: method(z.object({ id: briefingId, title: title.optional(), ...coverFields }).strict()).returns<Briefing>(),
  /** A copy with every section and item, titled `title` or "<title> (copy)". */
  duplicateBriefing: method(z.object({ id: briefingId, title: title.optional() }).strict()).returns<Briefing>(),
  /** Deletes a briefing with its sections and items (the stories stay); the undo brings all of it back. */
  deleteBriefing: method(z.object({ id: briefingId }).strict()).returns<{ undo: UndoTicket }>(),

  /** A new section at `position` (0 = first), at the end by default. */
  addBriefingSection: method(z.object({ briefingId, heading, position: position.optional() }).strict()).returns<Briefing>(),
  renameBriefingSection: method(z.object({ id: sectionId, heading }).strict()).returns<Briefing>(),
  /** Moves a section to `position` among its briefing's sections. */
  moveBriefingSection: method(z.object({ id: sectionId, position }).strict()).returns<Briefing>(),
  /** Removes a section with its items; the undo brings them back in place. */
  removeBriefingSection: method(z.object({ id: sectionId }).strict()).returns<{ briefing: Briefing; undo: UndoTicket }>(),

  /** Gives a section a coverage chart of `query` (replacing the one it had); the caption defaults to the query. */
  setSectionChart: method(
    z
      .object({
        sectionId,
        query: z.string().min(1).max(2000),
        by: z.enum(TREND_PERIODS).default('week'),
        bySource: z.boolean().default(false),
        caption: z.string().max(500).optional()
      })
      .strict()
  ).returns<Briefing>(),
  /** Takes a section's chart away; the undo gives it back. */
  removeSectionChart: method(z.object({ sectionId }).strict()).returns<{ briefing: Briefing; undo: UndoTicket }>(),

  /**
   * Adds stories as items: the given ones in the given order, or every story of a tag (and the tags below it), oldest
   * first. They go to `sectionId`, or to the section headed `section` (created at the end when missing), or to the
   * last section (created when the briefing has none); at `position` in it, at the end by default.
   */
  addToBriefing: method(
    z
      .object({
        briefingId,
        storyIds: z.array(storyId).min(1).max(MAX_STORIES_PER_ADD).optional(),
        tag: z.string().min(1).max(300).optional(),
        sectionId: sectionId.optional(),
        section: heading.optional(),
        position: position.optional(),
        comment: longText.optional(),
        excerpt: longText.optional()
      })
      .strict()
      .refine((request) => (request.storyIds === undefined) !== (request.tag === undefined), {
        message: 'Give either storyIds or tag, not both and not neither.'
      })
      .refine((request) => request.sectionId === undefined || request.section === undefined, {
        message: 'Give sectionId or section, not both.'
      })
  ).returns<AddedToBriefing>(),
  /** Changes the fields given of one item. */
  updateBriefingItem: method(
    z.object({ id: itemId, comment: longText.optional(), excerpt: longText.optional(), fullBody: z.boolean().optional() }).strict()
  ).returns<BriefingItem>(),
  /** Moves an item to `position` in `sectionId` (its own section by default), which may be another section of the briefing. */
  moveBriefingItem: method(z.object({ id: itemId, sectionId: sectionId.optional(), position }).strict()).returns<Briefing>(),
  /** Removes items (of one briefing); the undo puts them back where they were. */
  removeBriefingItems: method(z.object({ ids: z.array(itemId).min(1).max(10_000) }).strict()).returns<{
    briefing: Briefing
    undo: UndoTicket
  }>(),

  /** The briefing as it will be exported, for the editor's preview. */
  briefingDocument: method(z.object({ id: briefingId }).strict()).returns<BriefingDocument>(),
  /** Renders the briefing as a PDF, one self-contained HTML file, or a DOCX document. */
  exportBriefing: method(z.object({ id: briefingId, format: z.enum(BRIEFING_EXPORT_FORMATS) }).strict()).returns<BriefingExport>()
}

export interface BriefingEvents {
  /** A briefing was created, edited or deleted (id), or several were (null): refresh the list and an open editor. */
  briefingsChanged: { id: number | null }
}
