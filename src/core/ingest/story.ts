/** Building a ParsedStory: the draft every parser fills, the cleaning they share, and mapping of JSON/CSV records. */
import { cleanBody } from './clean'
import { dateFromEpoch, parseDumpDate, type DumpDate } from './dates'
import { fieldForName, foldFieldName, nameRank, splitKeywords, type StoryField } from './fields'
import { detectLanguage } from './language'
import { splitLines } from './lines'
import type { ParsedStory } from './types'

/** A story as a parser collects it, before the body is cleaned. */
export type StoryDraft = Omit<ParsedStory, 'position' | 'body' | 'language' | 'teasers'> & { bodyLines: string[] }

export function emptyDraft(): StoryDraft {
  return {
    title: null,
    bodyLines: [],
    date: null,
    dateText: null,
    updated: null,
    updatedText: null,
    source: null,
    sourceFrom: null,
    keywords: [],
    url: null,
    author: null,
    category: null,
    related: [],
    extra: {}
  }
}

export function applyDate(draft: StoryDraft, which: 'date' | 'updated', parsed: DumpDate | null, asWritten: string): void {
  const text = asWritten.trim()
  if (text === '') return
  if (which === 'date') {
    draft.date = parsed?.date ?? null
    draft.dateText = text
  } else {
    draft.updated = parsed?.date ?? null
    draft.updatedText = text
  }
}

/** Cleans the body and fills in what follows from it; null when the draft holds neither title nor text. */
export function finishStory(position: number, draft: StoryDraft): ParsedStory | null {
  const cleaned = cleanBody(draft.bodyLines)
  const title = draft.title?.trim() || null
  if (!title && cleaned.body === '') return null
  let source = draft.source?.trim() || null
  let sourceFrom = source ? draft.sourceFrom : null
  if (!source && cleaned.datelineSource) {
    source = cleaned.datelineSource
    sourceFrom = 'dateline'
  }
  return {
    position,
    title,
    body: cleaned.body,
    date: draft.date,
    dateText: draft.dateText,
    updated: draft.updated,
    updatedText: draft.updatedText,
    source,
    sourceFrom,
    keywords: draft.keywords,
    url: draft.url?.trim() || null,
    author: draft.author?.trim() || null,
    category: draft.category?.trim() || null,
    language: detectLanguage(`${title ?? ''}\n${cleaned.body}`),
    teasers: cleaned.teasers,
    related: draft.related,
    extra: draft.extra
  }
}

const HTML_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|span|a|strong|em|b|i|blockquote|figure|img)\b[^>]*>/i
const BLOCK_END = /<\/(?:p|div|li|h[1-6]|blockquote|figure|tr)\s*>|<br\s*\/?>/gi
const ANY_TAG = /<[^>]*>/g
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rlm: '\u200f',
  lrm: '\u200e'
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Body text that a scraper left as HTML (`<p>…</p>`): one line per block, tags gone, entities decoded. */
function bodyLinesOf(text: string): string[] {
  if (!HTML_TAG.test(text)) return splitLines(text)
  return splitLines(decodeEntities(text.replace(BLOCK_END, '\n').replace(ANY_TAG, '')))
}

/** A value as text for metadata: objects give their name, lists are joined. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((part): part is string => !!part && part.trim() !== '')
    return parts.length > 0 ? parts.join('، ') : null
  }
  if (typeof value === 'object') {
    const named = value as Record<string, unknown>
    return textOf(named['name'] ?? named['title'] ?? named['label'] ?? named['value'] ?? null)
  }
  return null
}

function keywordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (textOf(item)?.trim() ? [textOf(item)!.trim()] : []))
  const text = textOf(value)
  return text ? splitKeywords(text) : []
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
}

/** Columns that give a time of day beside the date ('Date' 11-May-2017, 'Time' 08:12AM in Meltwater's exports). */
const TIME_COLUMNS = new Set(['time', 'الوقت', 'وقت النشر'].map(foldFieldName))
const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ص|م)?$/i

/** The record's date joined to a time-of-day column beside it, as one date as written; null when there is none. */
function dateWithTime(record: Record<string, unknown>, dateName: string | undefined, draft: StoryDraft): string | null {
  const date = dateName === undefined ? undefined : record[dateName]
  if (typeof date !== 'string') return null
  const timeName = Object.keys(record).find((name) => name !== dateName && TIME_COLUMNS.has(foldFieldName(name)))
  const time = timeName === undefined ? undefined : record[timeName]
  if (typeof time !== 'string' || !TIME_OF_DAY.test(time.trim())) return null
  delete draft.extra[timeName!]
  return `${date.trim()} ${time.trim()}`
}

/** A story from a record of named fields (a JSON object, a CSV row): known names fill the story, others go to `extra`. */
export function draftFromRecord(record: Record<string, unknown>): StoryDraft {
  const draft = emptyDraft()
  // When two names mean the same field ('content' and 'description'), the more specific one wins.
  const chosen = new Map<StoryField, string>()
  for (const [name, value] of Object.entries(record)) {
    const field = fieldForName(name)
    if (value === null || value === undefined || value === '') continue
    if (!field) {
      draft.extra[name] = stringify(value)
      continue
    }
    const previous = chosen.get(field)
    if (previous !== undefined && nameRank(previous) <= nameRank(name)) {
      draft.extra[name] = stringify(value)
      continue
    }
    if (previous !== undefined) draft.extra[previous] = stringify(record[previous])
    chosen.set(field, name)
  }
  const joinedDate = dateWithTime(record, chosen.get('date'), draft)
  for (const [field, name] of chosen) applyField(draft, field, field === 'date' && joinedDate ? joinedDate : record[name])
  if (draft.source) draft.sourceFrom = 'field'
  return draft
}

function applyField(draft: StoryDraft, field: StoryField, value: unknown): void {
  if (field === 'keywords') {
    draft.keywords = keywordsOf(value)
    return
  }
  if (field === 'body') {
    const text = Array.isArray(value) ? value.map(textOf).join('\n') : textOf(value)
    draft.bodyLines = text ? bodyLinesOf(text) : []
    return
  }
  if (field === 'date' || field === 'updated') {
    if (typeof value === 'number') applyDate(draft, field, dateFromEpoch(value), String(value))
    else {
      const text = textOf(value) ?? ''
      applyDate(draft, field, parseDumpDate(text), text)
    }
    return
  }
  const text =
    textOf(value)
      ?.replace(/\s*[\r\n]+\s*/g, ' ')
      .trim() || null
  if (field === 'title') draft.title = text
  else if (field === 'source') draft.source = text
  else if (field === 'url') draft.url = text
  else if (field === 'author') draft.author = text
  else draft.category = text
}
