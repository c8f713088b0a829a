/**
 * `npm run bench:load`: does the window stay responsive while an import writes (issue 17 §5)? A library of
 * 20,000 stories (bench/search's recipe) takes 25,000 more through the app's own import threads (an import worker
 * writing, a reader worker decoding and analysing: out/main), in five imports of 5,000 (each followed by the upkeep the app runs after an import), while this thread — standing
 * in for the app's main process and its read connection — runs searches one after another. Before each import and
 * after the last, the same searches run with nothing writing: the "without" figures are taken on the same library
 * sizes as those during the imports (20,000 to 45,000 stories), since a search over a larger library costs more
 * whether or not anything writes. It prints the searches' p50, p95 and max inside the engine, without an import and
 * during one; the target is a p95 during the imports within 1.5 times the p95 without. Needs ../shared and a built
 * app (`npm run build`); files go to /tmp/marsad-bench.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { setImmediate as yieldToEvents } from 'node:timers/promises'
import { ImportJobs, workerThreadRunner } from '../src/core/ingest/job'
import { openLibrary } from '../src/core/library'
import { SearchState, searchStories } from '../src/core/search'
import { BENCH_DIR, benchLibrary } from './search/buildLibrary'
import { benchStories, readArticles, SAMPLE_PATH } from './search/corpus'
import { drawQueries } from './search/queries'

const ROOT = resolve(__dirname, '..')
const APP_IMPORT_WORKER = resolve(ROOT, 'out/main/writerWorker.js')
const APP_READER = resolve(ROOT, 'out/main/readWorker.js')
const LIBRARY_STORIES = 20_000
const ARRIVING_STORIES = 25_000
const STORIES_PER_DUMP = 1000
const IMPORTS = 5
const QUERIES = 200

const log = (line: string) => console.log(line)

/** One search as the window runs it: the first page of 20, with facets, copies grouped. */
async function timedSearch(search: SearchState, query: string): Promise<number> {
  const started = performance.now()
  await searchStories(search, { query, sort: 'relevance', offset: 0, limit: 20, facets: true, collapse: true })
  return performance.now() - started
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(0.95 * values.length)]!

function percentiles(milliseconds: number[]): string {
  const sorted = [...milliseconds].sort((a, b) => a - b)
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!
  return `p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${sorted.length} searches)`
}

/**
 * The stories arriving, as JSON Lines dumps of 1,000 stories each (small files, committed in batches about once a
 * second, as dumps usually come), with new URLs: none of them is in the library yet.
 */
function writeArrivingDumps(folder: string, articles: ReturnType<typeof readArticles>): void {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const lines = [...benchStories(articles, ARRIVING_STORIES, 4242)].map((story) =>
    JSON.stringify({ ...story, url: `${story.url}/arriving` })
  )
  for (let from = 0; from < lines.length; from += STORIES_PER_DUMP) {
    writeFileSync(
      join(folder, `arriving-${String(from / STORIES_PER_DUMP).padStart(3, '0')}.jsonl`),
      lines.slice(from, from + STORIES_PER_DUMP).join('\n')
    )
  }
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE_PATH)) {
    log(`bench:load needs ${SAMPLE_PATH} (../shared); skipped.`)
    return
  }
  if (!existsSync(APP_IMPORT_WORKER)) throw new Error('bench:load needs the built app: run `npm run build` first.')
  const articles = readArticles()
  const built = benchLibrary(articles, LIBRARY_STORIES, log)
  const path = join(BENCH_DIR, 'load.marsad')
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  copyFileSync(built.path, path)
  const dumps = join(BENCH_DIR, 'load-arriving')
  writeArrivingDumps(dumps, articles)
  const queries = drawQueries(articles, QUERIES)

  const window = openLibrary(path)
  // The copy is new to Marsad, so a quick check of it runs on a thread of its own: over before the measures start
  // (that thread does not keep a process alive by itself, so a timer does meanwhile).
  const keepAlive = setInterval(() => undefined, 1000)
  await window.backgroundCheck
  clearInterval(keepAlive)
  const search = new SearchState(window)
  for (const query of queries.slice(0, 20)) await timedSearch(search, query) // the engine compiles the search code first

  // The app's own import queue and threads: each import, then the upkeep after it, as in the window.
  const runner = workerThreadRunner(APP_IMPORT_WORKER, { readerWorkerFile: APP_READER })
  let stories = 0
  const imports = new ImportJobs(runner, () => path, {
    onProgress() {},
    onFinished: (summary) => void (stories += summary.stories),
    onFailed: (_jobId, error) => {
      throw error
    }
  })
  const dumpFiles = readdirSync(dumps)
    .sort()
    .map((name) => join(dumps, name))
  const perImport = Math.ceil(dumpFiles.length / IMPORTS)
  const quiet: number[] = []
  const quietBySize: string[] = []
  let beforeAnyImport = 0
  const during: number[] = []
  let seconds = 0
  let next = 0
  for (let round = 0; round <= IMPORTS; round++) {
    const atThisSize: number[] = []
    for (const query of queries) atThisSize.push(await timedSearch(search, query))
    quiet.push(...atThisSize)
    if (round === 0) beforeAnyImport = p95(atThisSize)
    quietBySize.push(`${(LIBRARY_STORIES + stories).toLocaleString('en')}: ${p95(atThisSize).toFixed(1)} ms`)
    if (round === IMPORTS) break
    let importing = true
    const started = performance.now()
    imports.start({ paths: dumpFiles.slice(round * perImport, (round + 1) * perImport) })
    // Until the import and the upkeep after it (merging the search index, copying the log into the library) are done.
    const done = imports.idle().finally(() => (importing = false))
    while (importing) {
      during.push(await timedSearch(search, queries[next++ % queries.length]!))
      await yieldToEvents() // the window's event loop: the import's progress messages come in between searches
    }
    await done
    seconds += (performance.now() - started) / 1000
  }
  await runner.close()
  window.close()

  const finalSize = (LIBRARY_STORIES + stories).toLocaleString('en')
  log(`Searches on the window's connection, library of ${LIBRARY_STORIES.toLocaleString('en')} → ${finalSize} stories:`)
  log(`  without an import (before each import and after the last): ${percentiles(quiet)}`)
  log(`    p95 by library size: ${quietBySize.join(', ')}`)
  log(
    `  while ${stories.toLocaleString('en')} stories were imported in ${IMPORTS} imports (${seconds.toFixed(1)} s): ${percentiles(during)}`
  )
  log(`  p95 during / without: ${(p95(during) / p95(quiet)).toFixed(2)} (target ≤ 1.5)`)
  log(
    `  p95 during / without at ${LIBRARY_STORIES.toLocaleString('en')} stories only (the library before the imports): ${(p95(during) / beforeAnyImport).toFixed(2)}`
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
