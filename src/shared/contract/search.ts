import { z } from 'zod'
import type { AlertMode } from './alerts'
import type { ErrorShape } from '../errors'
import { method, noArguments, storyId } from './method'

/**
 * Search: the query language (see src/core/search/README.md), results with highlights on the original text,
 * facets, saved searches with "new since last opened" counts, batch search over a watch-list, and re-indexing.
 */

/** A UTF-16 range [start, end) into a text as stored (end exclusive). */
export type TextRange = [number, number]

/** Text to show with the ranges to mark; the interface wraps the ranges itself (never HTML from core). */
export interface HighlightedText {
  text: string
  highlights: TextRange[]
}

export interface FacetCount {
  /** A source name, a tag's full name (`parent/child`), or a month as `YYYY-MM`. */
  value: string
  count: number
}

/** Counts over the whole result set, not only the page shown: sources and tags the largest first (50 at most), months newest first. */
export interface SearchFacets {
  source: FacetCount[]
  tag: FacetCount[]
  month: FacetCount[]
}

export interface SearchHit {
  id: number
  title: string | null
  url: string | null
  source: string | null
  /** `YYYY-MM-DD` or null. */
  date: string | null
  /** The date as the dump wrote it. */
  dateText: string | null
  /** Relevance, larger is better (0 when sorted by date without ranking). */
  score: number
  /** The best passage of the body, cut at word boundaries with `…` marks, with every matched word marked. */
  snippet: HighlightedText
  /** Matched words in the stored title. */
  titleHighlights: TextRange[]
  /** The forms as written in this story that matched, distinct, in order of first appearance. */
  matched: string[]
  /** Full names of the story's tags. */
  tags: string[]
  /** The syndication cluster (the same story carried by several outlets), or null when the story stands alone. */
  clusterId: number | null
  /** Outlets' copies in the cluster, this one included (1 when alone): "carried by N outlets". */
  clusterSize: number
  /** When copies are grouped: how many of the cluster's copies match the query (this row stands for them all). */
  matchingCopies: number
}

export interface SearchResponse {
  /** The query as received. */
  query: string
  /** Exact number of matching stories (facets count stories too). */
  total: number
  /** When copies are grouped: the number of result rows (clusters with a matching copy, plus stories alone); else null. */
  groups: number | null
  tookMs: number
  results: SearchHit[]
  /** Null when the request asked for none. */
  facets: SearchFacets | null
  /** When nothing matched: the query with each word replaced by the nearest word in the library, if any. */
  didYouMean: string | null
  /**
   * Words of the query, as typed, that the library holds in no form (with or without clitics and endings): each
   * one alone empties an AND query, and the interface says which.
   */
  unmatchedWords: string[]
  /**
   * Only in batch results: why this line could not be searched (then total is 0), as an `invalid-query` error
   * whose params name the problem (src/shared/queryProblems.ts).
   */
  error?: ErrorShape
}

/** Every occurrence of a matched word in a stored story, for the reader's highlights and next/previous. */
export interface StoryHighlights {
  title: TextRange[]
  body: TextRange[]
}

export interface SavedSearch {
  id: number
  name: string
  query: string
  /** ISO 8601 timestamps. */
  createdAt: string
  lastOpenedAt: string | null
  /** Matching stories that arrived after the search was last opened. */
  newCount: number
  /** Whether imports that bring matching stories tell the analyst (contract/alerts). */
  alert: AlertMode
}

export interface SavedSearchCount {
  id: number
  newCount: number
}

/** What the search box offers while the analyst types. */
export interface SearchSuggestions {
  savedSearches: { id: number; name: string; query: string }[]
  /** Tag full names. */
  tags: string[]
  sources: string[]
  /**
   * Words of the library that complete the prefix's last word, most used first, spelt as a story writes them.
   * Empty until the library's vocabulary is loaded (the first call starts loading it).
   */
  terms: string[]
}

export const MAX_QUERY_LENGTH = 4000
const MAX_BATCH_QUERIES = 10_000

const query = z.string().max(MAX_QUERY_LENGTH)
/** A watch-list line of any length: one too long to be a query gets an error of its own, not the whole list's. */
const watchListLine = z.string()
const resultLimit = z.number().int().min(1).max(1000)
const savedSearchId = z.number().int().positive()
const savedSearchName = z.string().trim().min(1).max(200)
const batchQueries = z.array(watchListLine).max(MAX_BATCH_QUERIES)

export const TREND_PERIODS = ['day', 'week', 'month'] as const
export type TrendPeriod = (typeof TREND_PERIODS)[number]

export interface TrendSeries {
  /** The source, or null for all matches (without `bySource`) or for the sources beyond the largest (`other`). */
  source: string | null
  other: boolean
  /** Matches per period, in the order of `periods`. */
  counts: number[]
}

export interface SearchTrend {
  query: string
  by: TrendPeriod
  /** Each period's first day: `2024-02-05` (a day, or a week's Monday) or `2024-02` (a month). */
  periods: string[]
  series: TrendSeries[]
  /** Dated matches in all, and matches without a date (not in any period). */
  total: number
  undated: number
  tookMs: number
}

export interface CoverageShare {
  savedSearch: { id: number; name: string; query: string }
  /** Dated matches per period, in the order of `periods`. */
  counts: number[]
  total: number
  /** This search's part of all the compared searches' matches over the period (0–1). */
  share: number
}

export interface CoverageComparison {
  by: TrendPeriod
  periods: string[]
  searches: CoverageShare[]
}

export const searchContract = {
  /** Runs a query. An unparseable query fails with `invalid-query` and a message that points at the problem. */
  searchStories: method(
    z
      .object({
        query,
        sort: z.enum(['relevance', 'date']).default('relevance'),
        offset: z.number().int().min(0).default(0),
        limit: resultLimit.default(20),
        facets: z.boolean().default(true),
        /** Show a story carried by several outlets once (its best copy); false shows every copy. */
        collapse: z.boolean().default(true)
      })
      .strict()
  ).returns<SearchResponse>(),
  /** Ranges of every matched word in one story (the reader pane). `not-found` when the story is gone. */
  storyHighlights: method(z.object({ id: storyId, query }).strict()).returns<StoryHighlights>(),
  suggest: method(
    z.object({ prefix: z.string().max(200), limit: z.number().int().min(1).max(50).default(8) }).strict()
  ).returns<SearchSuggestions>(),
  listSavedSearches: method(noArguments).returns<SavedSearch[]>(),
  /** `bad-request` when the name is taken; `invalid-query` when the query cannot be read. */
  saveSearch: method(z.object({ name: savedSearchName, query: query.min(1) }).strict()).returns<SavedSearch>(),
  renameSavedSearch: method(z.object({ id: savedSearchId, name: savedSearchName }).strict()).returns<SavedSearch>(),
  deleteSavedSearch: method(z.object({ id: savedSearchId }).strict()).returns<{ deleted: boolean }>(),
  /** Marks everything the search matches as seen: its newCount becomes 0. */
  openSavedSearch: method(z.object({ id: savedSearchId }).strict()).returns<SavedSearch>(),
  /** One response per query, in order; a line that cannot be searched gets `error` instead of failing the batch. */
  batchSearch: method(
    z.object({ queries: batchQueries, limit: resultLimit.default(20), facets: z.boolean().default(false) }).strict()
  ).returns<{ results: SearchResponse[] }>(),
  /**
   * The batch's results as CSV (columns: query, rank, id, title, source, date, url, score, snippet), UTF-8 with a
   * byte-order mark so that spreadsheet programs read the Arabic correctly.
   */
  batchSearchCsv: method(z.object({ queries: batchQueries, limit: resultLimit.default(20) }).strict()).returns<{
    csv: string
  }>(),
  /** Rebuilds the whole search index from the stories' text (reports `reindexProgress`). */
  reindex: method(noArguments).returns<{ stories: number }>(),
  /**
   * Coverage over time: how many stories the query matches per day, week (from Monday) or month, in total or for
   * its main sources (the `series` largest, the rest as "other"). Periods run without gaps from the first dated
   * match to the last; undated matches are counted apart.
   */
  searchTrend: method(
    z
      .object({
        query,
        by: z.enum(TREND_PERIODS).default('month'),
        bySource: z.boolean().default(false),
        series: z.number().int().min(1).max(12).default(5)
      })
      .strict()
  ).returns<SearchTrend>(),
  /** Saved searches side by side over the same periods, each with its share of their coverage. */
  compareSavedSearches: method(
    z.object({ ids: z.array(savedSearchId).min(1).max(12), by: z.enum(TREND_PERIODS).default('month') }).strict()
  ).returns<CoverageComparison>()
}

export interface SearchEvents {
  /** After every import (and when a saved search is opened, saved or deleted): the new counts. */
  savedSearchesChanged: { counts: SavedSearchCount[] }
  reindexProgress: { done: number; total: number }
}

/**
 * Quotes a filter value for the query language, so that controls can build the same query an analyst would
 * type: `filterTerm('source', 'Sky News')` → `source:"Sky News"`.
 */
export function filterTerm(field: 'title' | 'source' | 'tag' | 'lang' | 'note' | 'date' | 'after' | 'before', value: string): string {
  const plain = /^[^\s"()]+$/.test(value)
  return plain ? `${field}:${value}` : `${field}:"${value.replace(/"/g, ' ')}"`
}
