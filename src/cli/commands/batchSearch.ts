import { readFileSync } from 'node:fs'
import { fileProblem } from '../../shared/fileProblems'
import { UsageError, type CliCommand } from '../command'
import { describeSearchResponse, integerOption, searchResponseJson } from './search'

/** Queries sent per call, within the contract's limit on one batch. */
const QUERIES_PER_CALL = 1000

function readQueries(path: string): string[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`${path}: ${fileProblem(error, 'file')}`, { cause: error })
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

export const batchSearchCommand: CliCommand = {
  name: 'batch-search',
  summary: 'Run a watch-list: one query per line of a file',
  usage: 'marsad batch-search <file> [--library FILE] [--limit N] [--csv] [--json]',
  details: [
    'Blank lines are skipped. With --json, one JSON object per query, in the order of the file (JSON Lines),',
    'each shaped like `marsad search --json`; a line that cannot be searched has total 0 and "error".',
    'With --csv, the results as CSV (query, rank, id, title, source, date, url, score, snippet) for spreadsheets.'
  ].join('\n'),
  options: {
    limit: { type: 'string' },
    csv: { type: 'boolean', default: false }
  },
  async run(context, positionals, values) {
    if (positionals.length !== 1) throw new UsageError('give one file of queries, one per line.')
    const limit = integerOption(values, 'limit', 20, 1, 1000)
    const queries = readQueries(positionals[0]!)
    for (let from = 0; from < queries.length; from += QUERIES_PER_CALL) {
      const slice = queries.slice(from, from + QUERIES_PER_CALL)
      if (values.csv) {
        const { csv } = await context.call('batchSearchCsv', { queries: slice, limit })
        // One header, one byte-order mark: later slices continue the same table.
        context.io.stdout(from === 0 ? csv : csv.slice(csv.indexOf('\n') + 1))
        continue
      }
      const { results } = await context.call('batchSearch', { queries: slice, limit })
      for (const response of results) {
        context.io.stdout(context.json ? JSON.stringify(searchResponseJson(response)) : `${describeSearchResponse(response)}\n`)
      }
    }
  }
}
