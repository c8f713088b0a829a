/**
 * Run in a fresh process by bench/search.ts, standing in for the app's main process: opens the library, times
 * the first result, then every query (top 20 with snippets and the exact total; the coverage chart), and reports
 * its memory.
 * Usage: tsx bench/search/measure.ts <library> <queries.json>; prints one JSON object.
 */
import { readFileSync } from 'node:fs'
import { openLibrary } from '../../src/core/library'
import { SearchState, searchStories, searchTrend } from '../../src/core/search'

const [libraryPath, queriesPath] = process.argv.slice(2) as [string, string]
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as string[]
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024)

async function timed(search: SearchState, query: string, options: { facets: boolean; sort?: 'relevance' | 'date' }) {
  // Between two searches the app's event loop turns (IPC, rendering); background loads run then, so here too.
  await new Promise((resolve) => setImmediate(resolve))
  const started = performance.now()
  const cpu = process.cpuUsage()
  const response = await searchStories(search, { query, sort: options.sort ?? 'relevance', offset: 0, limit: 20, facets: options.facets })
  const used = process.cpuUsage(cpu)
  // CPU time is what the search cost this process; wall time also holds the waits of a shared machine.
  return { milliseconds: performance.now() - started, cpuMilliseconds: (used.user + used.system) / 1000, total: response.total }
}

/** The coverage chart as the app draws it while the analyst types: per week, split among the main sources. */
async function timedTrend(search: SearchState, query: string) {
  await new Promise((resolve) => setImmediate(resolve))
  const started = performance.now()
  const cpu = process.cpuUsage()
  const trend = await searchTrend(search, { query, by: 'week', bySource: true, series: 5 })
  const used = process.cpuUsage(cpu)
  return {
    milliseconds: performance.now() - started,
    cpuMilliseconds: (used.user + used.system) / 1000,
    total: trend.total + trend.undated
  }
}

async function main(): Promise<void> {
  globalThis.gc?.()
  const heapBeforeOpening = process.memoryUsage().heapUsed
  const opened = performance.now()
  const library = openLibrary(libraryPath)
  const search = new SearchState(library)
  const openMs = performance.now() - opened
  const first = await timed(search, queries[0]!, { facets: false })
  const firstResultMs = performance.now() - opened
  // The first search loads the vocabulary (plain words look for their clitic forms there): what it holds.
  globalThis.gc?.()
  const heapAfterFirstSearch = process.memoryUsage().heapUsed

  const plain = []
  for (const query of queries) plain.push(await timed(search, query, { facets: false }))
  const withFacets = []
  for (const query of queries) withFacets.push(await timed(search, query, { facets: true }))
  const byDate = []
  for (const query of queries) byDate.push(await timed(search, query, { facets: false, sort: 'date' }))
  const trend = []
  for (const query of queries) trend.push(await timedTrend(search, query))
  const rssAfterQueries = process.memoryUsage().rss

  const fuzzy = await timed(search, `${queries[1]!.split(' ')[0]}~`, { facets: false })
  const fuzzyAgain = await timed(search, `${queries[2]!.split(' ')[0]}~`, { facets: false })

  console.log(
    JSON.stringify({
      stories: library.stories.count(),
      openMs,
      firstResultMs,
      firstTotal: first.total,
      plain,
      withFacets,
      byDate,
      trend,
      rssAfterQueriesMb: megabytes(rssAfterQueries),
      vocabulary: {
        firstFuzzyMs: fuzzy.milliseconds,
        nextFuzzyMs: fuzzyAgain.milliseconds,
        heapMb: megabytes(heapAfterFirstSearch - heapBeforeOpening),
        rssWithVocabularyMb: megabytes(process.memoryUsage().rss)
      }
    })
  )
  library.close()
}

void main()
