/**
 * `npm run bench:search [-- --stories 1000000] [-- --queries 300]`: how fast and how well Marsad searches.
 * - Builds (once, under /tmp/marsad-bench) a library of --stories stories (default 200,000) from the 5,000 real
 *   articles of ../shared/data/arabic-news/sample.jsonl: the articles themselves, then stories made of real
 *   sentences recombined across articles of the same category (bench/search/corpus.ts says how).
 * - In a fresh process (standing in for the app's main process): time from opening the library to the first
 *   result; latency of --queries queries of 1–3 words drawn from the corpus (top 20 with snippets and the exact
 *   total), also with facets and sorted by date; the coverage chart of each query (per week and source); the
 *   process's memory; the heap the first search leaves (the vocabulary, which it loads).
 * - Known-item success on the 5,000 real articles, against a plain FTS5 index of the raw text, per respelling.
 * - Over-stemming: 200 words whose first letter ف، ك، ب، ل or و is their own; how many find stories without them.
 * Prints its figures and exits 0; says so and exits 0 when the shared data is absent. SHOW_MISSES=1 also prints
 * the known-item queries Marsad missed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openLibrary } from '../src/core/library'
import { SearchState, searchStories } from '../src/core/search'
import { BENCH_DIR, benchLibrary } from './search/buildLibrary'
import { readArticles, SAMPLE_PATH } from './search/corpus'
import { knownItemEvaluation, type KnownItemReport } from './search/knownItem'
import { overStemmingCheck, type OverStemmingReport } from './search/overStemming'
import { drawQueries } from './search/queries'

interface Timing {
  milliseconds: number
  cpuMilliseconds: number
  total: number
}

interface Measurement {
  stories: number
  openMs: number
  firstResultMs: number
  firstTotal: number
  plain: Timing[]
  withFacets: Timing[]
  byDate: Timing[]
  trend: Timing[]
  rssAfterQueriesMb: number
  vocabulary: { firstFuzzyMs: number; nextFuzzyMs: number; heapMb: number; rssWithVocabularyMb: number }
}

const ms = (value: number) => `${value.toFixed(1)} ms`

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!
}

function describeLatency(label: string, timings: readonly Timing[]): string {
  const wall = timings.map((timing) => timing.milliseconds).sort((a, b) => a - b)
  const cpu = timings.map((timing) => timing.cpuMilliseconds).sort((a, b) => a - b)
  const mean = wall.reduce((sum, value) => sum + value, 0) / wall.length
  return (
    `  ${label.padEnd(34)} p50 ${ms(percentile(wall, 0.5))}, p95 ${ms(percentile(wall, 0.95))}, ` +
    `p99 ${ms(percentile(wall, 0.99))}, max ${ms(wall[wall.length - 1]!)}, mean ${ms(mean)}` +
    `  (CPU: p50 ${ms(percentile(cpu, 0.5))}, p95 ${ms(percentile(cpu, 0.95))})`
  )
}

/** Opens the library once (migrations) and builds its stored vocabulary, outside the timed process. */
async function prepare(path: string): Promise<{ vocabularySeconds: number }> {
  const library = openLibrary(path)
  const started = performance.now()
  await searchStories(new SearchState(library), { query: 'بحث~', sort: 'relevance', offset: 0, limit: 1, facets: false })
  const vocabularySeconds = (performance.now() - started) / 1000
  library.close()
  return { vocabularySeconds }
}

function measure(path: string, queriesPath: string): Measurement {
  const script = resolve(__dirname, 'search/measure.ts')
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, path, queriesPath], {
    cwd: resolve(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`measuring failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as Measurement
}

function reportKnownItem(report: KnownItemReport): void {
  const share = (count: number) => `${((100 * count) / report.trials).toFixed(1)}%`
  console.log(`\nKnown-item search on the real articles (${report.trials} articles, two distinctive words each, top 10):`)
  console.log(
    `  respelt as analysts type: Marsad ${share(report.marsad.respelt)}, plain FTS5 (unicode61) ${share(report.plainFts5.respelt)}`
  )
  console.log(`    … and ranked first: Marsad ${share(report.marsad.respeltFirst)}, plain FTS5 ${share(report.plainFts5.respeltFirst)}`)
  console.log(`  as the article writes them: Marsad ${share(report.marsad.written)}, plain FTS5 ${share(report.plainFts5.written)}`)
  console.log('  by respelling (queries holding a word respelt that way: Marsad / plain FTS5):')
  for (const [how, tally] of Object.entries(report.byRespelling).sort()) {
    const of = (count: number) => `${((100 * count) / tally.words).toFixed(0)}%`
    console.log(
      `    ${how.padEnd(16)} ${String(tally.words).padStart(4)} words: ${of(tally.marsad).padStart(4)} / ${of(tally.plainFts5).padStart(4)}`
    )
  }
}

function reportOverStemming(report: OverStemmingReport): void {
  const share = ((100 * report.merged.length) / report.words).toFixed(1)
  console.log(
    `\nOver-stemming: of ${report.words} words whose first letter (ف ك ب ل و) is their own, ${report.merged.length} (${share}%) find a story without the word:`
  )
  for (const { word, story } of report.merged) console.log(`    ${word} (e.g. story ${story})`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { stories: { type: 'string', default: '200000' }, queries: { type: 'string', default: '300' } } })
  const storyCount = Number(values.stories)
  const queryCount = Number(values.queries)
  if (!existsSync(SAMPLE_PATH)) {
    console.log(`bench:search skipped: the real-article sample ${SAMPLE_PATH} is absent.`)
    return
  }
  console.log(
    `Load average (2 cores, shared): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`
  )
  const articles = readArticles()

  const built = benchLibrary(articles, storyCount, (line) => console.log(line))
  const size = statSync(built.path).size
  console.log(
    `Library: ${built.path}, ${(size / 1e9).toFixed(2)} GB, ` +
      (built.buildSeconds === null ? 'built by an earlier run' : `built in ${built.buildSeconds.toFixed(0)} s`)
  )
  const { vocabularySeconds } = await prepare(built.path)
  console.log(
    `Vocabulary ready for the library in ${vocabularySeconds.toFixed(1)} s (built from the index on the first run, read from search_terms after)`
  )

  const queries = drawQueries(articles, queryCount)
  const queriesPath = join(BENCH_DIR, `queries-${queryCount}.json`)
  writeFileSync(queriesPath, JSON.stringify(queries))
  const figures = measure(built.path, queriesPath)
  const empty = figures.plain.filter((timing) => timing.total === 0).length
  const totals = figures.plain.map((timing) => timing.total).sort((a, b) => a - b)
  console.log(
    `\n${figures.stories} stories; ${queries.length} queries of 1–3 words drawn from the articles, e.g. ${queries
      .slice(0, 4)
      .map((query) => `«${query}»`)
      .join(', ')}`
  )
  console.log(
    `  matches per query: median ${percentile(totals, 0.5)}, p95 ${percentile(totals, 0.95)}, max ${totals[totals.length - 1]}; ${empty} found nothing`
  )
  console.log(
    `  open → first result: ${ms(figures.firstResultMs)} (opening ${ms(figures.openMs)}; the first query found ${figures.firstTotal})`
  )
  console.log(describeLatency('top 20 + snippets + exact total:', figures.plain))
  console.log(describeLatency('… and facets:', figures.withFacets))
  console.log(describeLatency('… newest first instead:', figures.byDate))
  console.log(describeLatency('coverage chart (week × source):', figures.trend))
  const common = figures.trend.filter((timing) => timing.total >= percentile(totals, 0.9))
  if (common.length > 0) console.log(describeLatency(`  … for the commonest tenth (≥ ${percentile(totals, 0.9)} matches):`, common))
  console.log(`  memory (RSS) after opening and ${queries.length * 3} searches: ${figures.rssAfterQueriesMb} MB`)
  console.log(
    `  vocabulary (loaded by the first search): +${figures.vocabulary.heapMb} MB of heap after it; ` +
      `fuzzy searches ${ms(figures.vocabulary.firstFuzzyMs)} and ${ms(figures.vocabulary.nextFuzzyMs)}; RSS ${figures.vocabulary.rssWithVocabularyMb} MB at the end`
  )

  reportKnownItem(await knownItemEvaluation(articles, (line) => console.log(line)))
  reportOverStemming(await overStemmingCheck(articles, (line) => console.log(line)))
}

void main()
