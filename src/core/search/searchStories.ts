import type { SearchFacets, SearchHit, SearchResponse, StoryHighlights } from '../../shared/contract/search'
import type { ColumnWeights, GroupedStory, HitRow, RankedStory, StoryFacets } from '../library'
import { noSuchStory } from '../library'
import { analyze } from '../text'
import type { CompiledQuery, HighlightRule } from './compileQuery'
import { findWordMatches, matchRanges, snippet, type WordMatch } from './highlight'
import { prepareQuery } from './prepareQuery'
import type { SearchState } from './searchState'
import { spellingSuggestion } from './spelling'

/**
 * bm25 weight of each story_index column (title, body, keywords, notes, source, then the stems of the first
 * four, then the stems under clitics of the title and of the rest). Titles weigh most; a stem match counts half an
 * exact one, and an exact form matches both columns; a clitic form counts as a stem match in its field.
 * Tuned on the known-item evaluation of `npm run bench:search`.
 */
const RANK_WEIGHTS: ColumnWeights = [8, 1, 3, 2, 0, 4, 0.5, 1.5, 1, 4, 0.5]

export interface SearchRequest {
  query: string
  sort: 'relevance' | 'date'
  offset: number
  limit: number
  facets: boolean
  /** Group copies of one story (syndication clusters) into one row. */
  collapse?: boolean
}

const noFacets = (): SearchFacets => ({ source: [], tag: [], month: [] })

const toFacets = (facets: StoryFacets): SearchFacets => ({ source: facets.sources, tag: facets.tags, month: facets.months })

/** Facets over the whole result: sources and months counted in memory once the facet table is loaded. */
function facetsOf(state: SearchState, query: CompiledQuery): SearchFacets {
  const table = state.facetTableIfReady()
  if (!table) return toFacets(state.repository.facets(query))
  const { sources, months } = table.count(state.repository.matchingIds(query))
  return { source: sources, month: months, tag: state.repository.tagFacet(query) }
}

/** Runs a query: exact total, one page (by relevance or newest first), facets, and "did you mean" when nothing matched. */
export async function searchStories(state: SearchState, request: SearchRequest): Promise<SearchResponse> {
  const started = performance.now()
  const compiled = await prepareQuery(state, request.query)
  const repository = state.repository
  const total = repository.count(compiled)
  let results: SearchHit[] = []
  let facets: SearchFacets | null = request.facets ? noFacets() : null
  let didYouMean: string | null = null
  const grouped = (request.collapse ?? true) && total > 0 && repository.hasClusters()
  if (total > 0) {
    const byDate = request.sort === 'date' || compiled.match === null
    const page: (RankedStory & Partial<GroupedStory>)[] = grouped
      ? repository.pageGrouped(compiled, byDate ? null : RANK_WEIGHTS, request.offset, request.limit)
      : byDate
        ? repository.pageByDate(compiled, request.offset, request.limit, total)
        : repository.pageByRelevance(compiled, RANK_WEIGHTS, request.offset, request.limit)
    results = searchHits(state, page, compiled.rules)
    if (request.facets) facets = facetsOf(state, compiled)
  } else {
    didYouMean = await spellingSuggestion(state, request.query, compiled.words)
  }
  const groups = grouped ? repository.countGroups(compiled) : null
  return {
    query: request.query,
    total,
    groups,
    tookMs: Math.round(performance.now() - started),
    results,
    facets,
    didYouMean,
    unmatchedWords: compiled.unmatched
  }
}

/** Every story id the query matches, ascending (for acting on a whole result, such as tagging it). */
export async function matchingStoryIds(state: SearchState, query: string): Promise<number[]> {
  return state.repository.ids(await prepareQuery(state, query))
}

/** Ranges of every occurrence of the query's words in a story's stored title and body, for the reader. */
export async function storyHighlights(state: SearchState, id: number, query: string): Promise<StoryHighlights> {
  const story = state.repository.storyText(id)
  if (!story) throw noSuchStory(id)
  const { rules } = await prepareQuery(state, query)
  return {
    title: matchRanges(findWordMatches(analyze(story.title ?? ''), rules, 'title')),
    body: matchRanges(findWordMatches(analyze(story.body), rules, 'body'))
  }
}

function searchHits(
  state: SearchState,
  page: readonly (RankedStory & Partial<GroupedStory>)[],
  rules: readonly HighlightRule[]
): SearchHit[] {
  const ids = page.map((story) => story.id)
  const rows = state.repository.hitRows(ids)
  const tags = state.repository.tagsOf(ids)
  const clusters = state.repository.clusterInfo(ids)
  const ranked = new Map(page.map((story) => [story.id, story]))
  return rows.map((row) => {
    const cluster = clusters.get(row.id)
    return {
      ...searchHit(row, ranked.get(row.id)?.score ?? 0, tags.get(row.id) ?? [], rules),
      clusterId: cluster?.clusterId ?? null,
      clusterSize: cluster?.clusterSize ?? 1,
      matchingCopies: ranked.get(row.id)?.matching ?? 1
    }
  })
}

function searchHit(
  row: HitRow,
  score: number,
  tags: string[],
  rules: readonly HighlightRule[]
): Omit<SearchHit, 'clusterId' | 'clusterSize' | 'matchingCopies'> {
  const titleTokens = analyze(row.title ?? '')
  const titleMatches = findWordMatches(titleTokens, rules, 'title')
  const bodyTokens = analyze(row.body)
  const bodyMatches = findWordMatches(bodyTokens, rules, 'body')
  const keywordForms = (JSON.parse(row.keywords) as string[]).flatMap((keyword) =>
    matchedForms(keyword, findWordMatches(analyze(keyword), rules, 'keywords'))
  )
  const matched = new Set([...matchedForms(row.title ?? '', titleMatches), ...matchedForms(row.body, bodyMatches), ...keywordForms])
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    date: row.date,
    dateText: row.dateText,
    score: Math.round(score * 1000) / 1000,
    snippet: snippet(row.body, bodyTokens, bodyMatches),
    titleHighlights: matchRanges(titleMatches),
    matched: [...matched],
    tags
  }
}

/** The matched words as the story writes them (a phrase's line breaks as spaces). */
function matchedForms(text: string, matches: readonly WordMatch[]): string[] {
  return matches.map((match) => text.slice(match.start, match.end).replace(/\s+/g, ' '))
}
