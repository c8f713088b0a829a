import { filterTerm } from '../../../../shared/contract/search'
import { isQueryPeriod, readQueryPeriod } from '../../../../shared/queryDates'

/*
 * Editing a query's text the way an analyst would type it, so that every filter control (facets, the date range,
 * the search box's suggestions) produces the same query language the core reads (src/core/search/parseQuery.ts).
 * The controls only recognise the plain `field:value` chunks they write themselves; anything else the analyst
 * typed (groups, NOT, OR) is left exactly as it is.
 */

export type FilterField = 'source' | 'tag' | 'date' | 'after' | 'before'

const DATE_FIELDS: readonly string[] = ['date', 'after', 'before']

/** A run of the query between spaces; a quoted part may hold spaces (`source:"Sky News"`). */
interface Chunk {
  text: string
  start: number
  end: number
}

function chunksOf(query: string): Chunk[] {
  const chunks: Chunk[] = []
  let at = 0
  while (at < query.length) {
    if (/\s/u.test(query[at]!)) {
      at++
      continue
    }
    const start = at
    while (at < query.length && !/\s/u.test(query[at]!)) {
      if (query[at] === '"') {
        const close = query.indexOf('"', at + 1)
        at = close === -1 ? query.length : close + 1
      } else {
        at++
      }
    }
    chunks.push({ text: query.slice(start, at), start, end: at })
  }
  return chunks
}

function withoutChunks(query: string, remove: (chunk: Chunk) => boolean): string {
  return chunksOf(query)
    .filter((chunk) => !remove(chunk))
    .map((chunk) => chunk.text)
    .join(' ')
}

function appendTerm(query: string, term: string): string {
  const kept = query.trim()
  return kept ? `${kept} ${term}` : term
}

const isDateChunk = (chunk: Chunk): boolean => DATE_FIELDS.some((field) => chunk.text.startsWith(`${field}:`))

/** Whether the query holds this exact filter as a chunk of its own (what a facet shows as pressed). */
export function hasFilter(query: string, field: FilterField, value: string): boolean {
  const term = filterTerm(field, value)
  return chunksOf(query).some((chunk) => chunk.text === term)
}

/**
 * Adds the filter, or takes it away when the query already holds it. A date filter replaces the query's other
 * date filters (a story has one day: two periods would only find their overlap).
 */
export function toggleFilter(query: string, field: FilterField, value: string): string {
  const term = filterTerm(field, value)
  if (hasFilter(query, field, value)) return withoutChunks(query, (chunk) => chunk.text === term)
  const base = DATE_FIELDS.includes(field) ? withoutChunks(query, isDateChunk) : query
  return appendTerm(base, term)
}

/** Days as `YYYY-MM-DD` (either may be missing) for the date range control. */
export interface DayRange {
  from: string | null
  to: string | null
}

/** Replaces the query's date filters with `date:FROM..TO` (inclusive; an open end when one is missing). */
export function withDateRange(query: string, range: DayRange): string {
  const base = withoutChunks(query, isDateChunk)
  if (!range.from && !range.to) return base
  const value = range.from === range.to ? range.from! : `${range.from ?? ''}..${range.to ?? ''}`
  return appendTerm(base, filterTerm('date', value))
}

const pad = (value: number): string => String(value).padStart(2, '0')
const dayOf = (date: Date): string => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

/** The first and last day of a period written as the query language writes it (2024, 2024-03, 2024-03-15). */
function periodDays(text: string): { first: Date; last: Date } | null {
  const read = readQueryPeriod(text)
  if (!isQueryPeriod(read)) return null
  const { year, month, day } = read
  const first = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1))
  const last = day !== null ? first : month !== null ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31))
  return { first, last }
}

const DAY_MS = 86_400_000

/**
 * The days the query's date filters keep, for showing them in the date range control: `date:2024-03` is
 * 2024-03-01..2024-03-31, `after:2024-03` starts on 2024-04-01 (after: and before: exclude the period they name).
 * Filters that cannot be read as dates are left to the core, which explains them.
 */
export function dateRangeOf(query: string): DayRange {
  const range: DayRange = { from: null, to: null }
  for (const chunk of chunksOf(query)) {
    const field = /^(date|after|before):"?([^"]*)"?$/.exec(chunk.text)
    if (!field) continue
    const name = field[1]!
    const value = field[2]!
    if (name === 'date') {
      const [fromText, toText] = value.includes('..') ? value.split('..') : [value, value]
      const from = fromText ? periodDays(fromText) : null
      const to = toText ? periodDays(toText) : null
      if (from) range.from = dayOf(from.first)
      if (to) range.to = dayOf(to.last)
    } else {
      const period = periodDays(value)
      if (period && name === 'after') range.from = dayOf(new Date(period.last.getTime() + DAY_MS))
      if (period && name === 'before') range.to = dayOf(new Date(period.first.getTime() - DAY_MS))
    }
  }
  return range
}

const FILTER_CHUNK = /^(?:source|tag|date|after|before):\S/u
const OPERATORS: readonly string[] = ['OR', 'AND', 'NOT']

/** A query cut where its trailing filters start: what the analyst typed, then each filter as a chunk of its own. */
export interface QueryParts {
  text: string
  filters: string[]
}

/**
 * The filters at the end of the query (where facets, the date range and suggestions put them), apart from the text
 * before them, so that the search box can show each in its own direction: inside one right-to-left line,
 * `كوريا source:"BBC Arabic"` reads `"source:"BBC Arabic كوريا`. A filter after OR, AND or NOT is part of what was
 * typed and stays in the text. `joinQuery` gives the query back, as searched.
 */
export function splitTrailingFilters(query: string): QueryParts {
  const chunks = chunksOf(query)
  let first = chunks.length
  while (first > 0 && FILTER_CHUNK.test(chunks[first - 1]!.text) && !chunks[first - 1]!.text.endsWith(')')) first--
  while (first < chunks.length && first > 0 && OPERATORS.includes(chunks[first - 1]!.text)) first++
  return {
    text: first === 0 ? '' : query.slice(0, chunks[first - 1]!.end).trim(),
    filters: chunks.slice(first).map((chunk) => chunk.text)
  }
}

/** The query the text and the filters make. */
export function joinQuery(text: string, filters: readonly string[]): string {
  return [text.trim(), ...filters].filter(Boolean).join(' ')
}

/** The word being typed: what follows the last space (suggestions complete or replace it). */
export function currentWord(text: string): string {
  return /\S*$/u.exec(text)![0]
}

/** The text with its last word replaced (a completed word, or a `tag:`/`source:` filter). */
export function replaceCurrentWord(text: string, replacement: string): string {
  return text.slice(0, text.length - currentWord(text).length) + replacement
}
