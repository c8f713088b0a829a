import type { SearchHit, SearchResponse } from '../../shared/contract/search'
import { UsageError, type CliCommand, type OptionValues } from '../command'

/*
 * How search results leave the command line. JSON is the contract scripts rely on: the response as the API
 * gives it, except that the snippet is its plain text (its marks move to `snippetHighlights`).
 */

export function searchResponseJson(response: SearchResponse) {
  return {
    query: response.query,
    total: response.total,
    groups: response.groups,
    tookMs: response.tookMs,
    results: response.results.map((hit) => ({
      id: hit.id,
      title: hit.title,
      url: hit.url,
      source: hit.source,
      date: hit.date,
      dateText: hit.dateText,
      score: hit.score,
      snippet: hit.snippet.text,
      snippetHighlights: hit.snippet.highlights,
      titleHighlights: hit.titleHighlights,
      matched: hit.matched,
      tags: hit.tags,
      cluster: hit.clusterId,
      clusterSize: hit.clusterSize,
      matchingCopies: hit.matchingCopies
    })),
    facets: response.facets,
    didYouMean: response.didYouMean,
    unmatchedWords: response.unmatchedWords,
    ...(response.error === undefined ? {} : { error: response.error.message })
  }
}

/** The snippet with its matched words in [brackets], for a terminal. */
function markedSnippet(hit: SearchHit): string {
  let text = ''
  let at = 0
  for (const [start, end] of hit.snippet.highlights) {
    text += `${hit.snippet.text.slice(at, start)}[${hit.snippet.text.slice(start, end)}]`
    at = end
  }
  return text + hit.snippet.text.slice(at)
}

export function describeSearchResponse(response: SearchResponse, offset = 0): string {
  if (response.error !== undefined) return `"${response.query}": ${response.error.message}`
  const grouped = response.groups === null ? '' : ` in ${response.groups} ${response.groups === 1 ? 'group' : 'groups'} of copies`
  const lines = [
    `${response.total} ${response.total === 1 ? 'story' : 'stories'}${grouped} for "${response.query}" (${response.tookMs} ms)`
  ]
  response.results.forEach((hit, index) => {
    const carried = hit.clusterSize > 1 ? `carried by ${hit.clusterSize} outlets` : null
    const about = [hit.source, hit.date ?? hit.dateText, `#${hit.id}`, carried].filter(Boolean).join(' · ')
    lines.push(`${offset + index + 1}. ${hit.title ?? '(no title)'} — ${about}`)
    if (hit.snippet.text) lines.push(`   ${markedSnippet(hit)}`)
    if (hit.matched.length > 0) lines.push(`   matched: ${hit.matched.join(', ')}`)
  })
  if (response.unmatchedWords.length > 0) lines.push(`No story has: ${response.unmatchedWords.join(', ')}`)
  if (response.didYouMean) lines.push(`Did you mean: ${response.didYouMean}`)
  return lines.join('\n')
}

/** A whole number option within bounds, or a usage error naming it. */
export function integerOption(values: OptionValues, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name]
  if (raw === undefined) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} takes a whole number from ${min} to ${max} (got ${String(raw)}).`)
  }
  return value
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the library (Arabic-aware; OR, NOT, "phrases", word*, word~, NEAR, fields and filters)',
  usage: 'marsad search <query> [--library FILE] [--limit N] [--offset N] [--sort relevance|date] [--all-copies] [--json]',
  details: [
    'Words all must match, however they are written (harakat, hamza, ة/ه, Persian letters, clitics).',
    'Operators: OR, NOT or -word, ( ), "exact phrase", word* (prefix), =word (exact form), word~ (fuzzy),',
    'NEAR(a b, 5) or "a b"~5; fields: title: note: source: tag: lang: date:2024-02 date:2024-01..2024-03 after: before:.',
    'Put -- before a query that starts with -, as in: marsad search -- -word other.',
    'Copies of one story carried by several outlets show once (the best copy, with "cluster" and "clusterSize");',
    '--all-copies lists every copy. "total" counts stories; "groups" counts the rows when copies are grouped.',
    'With --json: {"query", "total", "tookMs", "results": [{"id", "title", "url", "source", "date", "score",',
    '"snippet", "matched", …}], "facets", "didYouMean", "unmatchedWords"}.'
  ].join('\n'),
  options: {
    limit: { type: 'string' },
    offset: { type: 'string' },
    sort: { type: 'string' },
    'all-copies': { type: 'boolean', default: false }
  },
  async run(context, positionals, values) {
    if (positionals.length === 0) throw new UsageError('give a query, as in: marsad search "كوريا الشمالية"')
    const sort = values.sort ?? 'relevance'
    if (sort !== 'relevance' && sort !== 'date') throw new UsageError(`--sort is relevance or date (got ${String(sort)}).`)
    const offset = integerOption(values, 'offset', 0, 0, Number.MAX_SAFE_INTEGER)
    const limit = integerOption(values, 'limit', 20, 1, 1000)
    const collapse = values['all-copies'] !== true
    const response = await context.call('searchStories', { query: positionals.join(' '), sort, offset, limit, collapse })
    context.print(searchResponseJson(response), () => describeSearchResponse(response, offset))
  }
}
