import type { SearchState } from './searchState'
import { MAX_QUERY_LENGTH, type SearchResponse } from '../../shared/contract/search'
import { MarsadError } from '../../shared/errors'
import { describeQueryProblem, englishQueryProblems, type QueryProblem } from '../../shared/queryProblems'
import { searchStories } from './searchStories'

/** CSV columns of a batch export, in order. */
const CSV_COLUMNS = ['query', 'rank', 'id', 'title', 'source', 'date', 'url', 'score', 'snippet'] as const
const BYTE_ORDER_MARK = '\uFEFF'

/**
 * Runs a watch-list: every query in order, relevance first. A line that cannot be searched gets a response with
 * total 0 and `error`, so that one bad line never sinks the batch.
 */
export async function batchSearch(
  state: SearchState,
  queries: readonly string[],
  limit: number,
  facets: boolean
): Promise<SearchResponse[]> {
  const responses: SearchResponse[] = []
  for (const query of queries) {
    const started = performance.now()
    const failed = (error: MarsadError): SearchResponse => ({
      query,
      total: 0,
      groups: null,
      tookMs: Math.round(performance.now() - started),
      results: [],
      facets: null,
      didYouMean: null,
      unmatchedWords: [],
      error: error.toShape()
    })
    if (query.length > MAX_QUERY_LENGTH) {
      const problem: QueryProblem = { problem: 'line-too-long', length: query.length, maximum: MAX_QUERY_LENGTH }
      responses.push(failed(new MarsadError('invalid-query', `${describeQueryProblem(englishQueryProblems, problem)}.`, problem)))
      continue
    }
    try {
      // A watch-list lists every copy: each outlet that carried a story is a line of its own in the export.
      responses.push(await searchStories(state, { query, sort: 'relevance', offset: 0, limit, facets, collapse: false }))
    } catch (error) {
      if (!(error instanceof MarsadError && error.code === 'invalid-query')) throw error
      responses.push(failed(error))
    }
  }
  return responses
}

/**
 * A cell for spreadsheet programs: quoted (RFC 4180), and with a leading ' when it would otherwise start like a
 * formula (queries such as `-word` or `=word` do), so that opening the file never runs anything.
 */
function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

/** A batch's results as CSV: one row per result, and one row for a query that found nothing or failed. */
export function batchCsv(responses: readonly SearchResponse[]): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]]
  for (const response of responses) {
    if (response.results.length === 0) {
      rows.push([response.query, null, null, null, null, null, null, null, response.error?.message ?? null])
    }
    response.results.forEach((hit, index) => {
      rows.push([response.query, index + 1, hit.id, hit.title, hit.source, hit.date, hit.url, hit.score, hit.snippet.text])
    })
  }
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
