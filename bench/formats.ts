/**
 * `npm run bench:formats`: the formats news arrives in (issue 20), on the 5,000 real articles of ../shared.
 *  1. Accuracy: the first 1,000 articles written as RSS 2.0, RSS 1.0, Atom, a Meltwater-style and a Brandwatch-style
 *     export and a web archive, each read back and compared, story by story and field by field, with the same
 *     articles read from JSON Lines (what Marsad makes of them when their fields are named plainly).
 *  2. Rate and peak memory of `marsad import` (the built CLI, a process of its own) on a 100,000-item RSS file and
 *     on a web archive of about 1 GB, beside the same stories as JSON Lines.
 * Needs ../shared and a built CLI (`npm run build`). Files go to /tmp. `--quick`: 20,000 items and a 100 MB archive.
 */
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { ParsedStory } from '../src/core/ingest'
import { readPaths } from '../test/fixtures/dumps/readDumps'
import { importWithCli, type CliImport } from './cliImport'
import { FORMATS, outletHost, warcWriter, type BenchStory, type FormatWriter } from './newsFormats'
import { benchStories, readArticles, SAMPLE_PATH } from './search/corpus'

const WORK = '/tmp/marsad-bench/formats'
const quick = process.argv.includes('--quick')
const log = (line: string) => console.log(line)

/** Page chrome as real article pages carry it (menus, scripts, styles): they weigh about 60 KB, not 5. */
const CHROME =
  `<script>${'window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'.repeat(300)}</script>` +
  `<style>${'.menu a{color:#333;padding:4px 8px}.menu a:hover{color:#c00}'.repeat(300)}</style>` +
  `<ul class="menu">${Array.from({ length: 200 }, (_, i) => `<li><a href="/section/${i}">قسم ${i}</a></li>`).join('')}</ul>`

/** Writes a file piece by piece, waiting for the disk; stops after `limit` stories or once past `maxBytes`. */
async function writeFile(
  path: string,
  writer: FormatWriter,
  stories: Iterable<BenchStory>,
  limit: number,
  maxBytes = Infinity
): Promise<number> {
  const out = createWriteStream(path)
  const write = async (piece: string | Buffer) => {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await write(writer.head)
  let written = 0
  for (const story of stories) {
    if (written >= limit || out.bytesWritten + out.writableLength >= maxBytes) break
    await write(writer.item(story, written++))
  }
  await write(writer.tail)
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  return written
}

const JSON_LINES: FormatWriter = { extension: 'jsonl', head: '', item: (story) => `${JSON.stringify(story)}\n`, tail: '' }

async function readAll(path: string): Promise<ParsedStory[]> {
  const { results, problems } = await readPaths([path])
  const failure = problems[0]?.message ?? results.find((result) => result.error)?.error?.message
  if (failure) log(`   (${failure})`)
  return results.flatMap((result) => result.stories)
}

const FIELDS = ['title', 'date', 'source', 'body'] as const

async function accuracy(articles: BenchStory[]): Promise<void> {
  const reference = join(WORK, 'accuracy.jsonl')
  await writeFile(reference, JSON_LINES, articles, articles.length)
  const expected = await readAll(reference)
  log(`\n1. Accuracy against the same ${articles.length} real articles read from JSON Lines (% of stories whose field is the same)`)
  log(`   ${'format'.padEnd(12)}${'stories'.padStart(10)}${FIELDS.map((field) => field.padStart(9)).join('')}`)
  for (const [name, writer] of Object.entries(FORMATS)) {
    const path = join(WORK, `accuracy-${name}.${writer.extension}`)
    await writeFile(path, writer, articles, articles.length)
    const got = await readAll(path)
    // A Brandwatch-style export names only the outlet's domain.
    const wantSource = (story: ParsedStory, index: number) => (name === 'brandwatch' ? outletHost(articles[index]!.source) : story.source)
    const share = (same: (want: ParsedStory, have: ParsedStory, index: number) => boolean) =>
      `${((100 * expected.filter((want, i) => got[i] !== undefined && same(want, got[i]!, i)).length) / expected.length).toFixed(1)}%`
    const cells = [
      share((want, have) => want.title === have.title),
      share((want, have) => want.date === have.date),
      share((want, have, i) => wantSource(want, i) === have.source),
      share((want, have) => want.body === have.body)
    ]
    log(`   ${name.padEnd(12)}${`${got.length}/${expected.length}`.padStart(10)}${cells.map((cell) => cell.padStart(9)).join('')}`)
  }
}

const describeRun = (run: CliImport, bytes: number) =>
  `${run.stories} stories in ${run.seconds.toFixed(1)} s = ${Math.round(run.stories / run.seconds)} stories/s, ` +
  `${(bytes / 1024 ** 2 / run.seconds).toFixed(1)} MB/s; peak RSS ${run.peakMb} MB; failed files: ${run.failed}`

/** Imports a file with the CLI into a fresh library and says how it went. */
function timedImport(label: string, file: string): CliImport {
  const library = join(WORK, 'bench.marsad')
  for (const suffix of ['', '-wal', '-shm']) rmSync(library + suffix, { force: true })
  const run = importWithCli(file, library)
  log(`   ${label.padEnd(34)} ${describeRun(run, statSync(file).size)}`)
  return run
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE_PATH)) {
    log('bench:formats needs ../shared/data/arabic-news/sample.jsonl; it is absent, nothing measured.')
    return
  }
  mkdirSync(WORK, { recursive: true })
  log(`bench:formats on ${new Date().toISOString()} (Node ${process.version}, ${quick ? 'quick' : 'full'} run)`)
  const articles = readArticles()
  await accuracy([...benchStories(articles, 1000)])

  const items = quick ? 20_000 : 100_000
  const rss = join(WORK, `rss-${items}.xml`)
  const jsonl = join(WORK, `rss-${items}.jsonl`)
  if (!existsSync(rss)) await writeFile(rss, FORMATS.rss, benchStories(articles, items, 2020), items)
  if (!existsSync(jsonl)) await writeFile(jsonl, JSON_LINES, benchStories(articles, items, 2020), items)
  log(
    `\n2. marsad import of ${items.toLocaleString('en')} stories: RSS 2.0 (${(statSync(rss).size / 1024 ** 2).toFixed(0)} MB) beside JSON Lines (${(statSync(jsonl).size / 1024 ** 2).toFixed(0)} MB), alternately`
  )
  const rates = { rss: [] as number[], jsonl: [] as number[] }
  for (let round = 0; round < 2; round++) {
    const a = timedImport('JSON Lines', jsonl)
    rates.jsonl.push(a.stories / a.seconds)
    const b = timedImport('RSS 2.0', rss)
    rates.rss.push(b.stories / b.seconds)
  }
  const best = (values: number[]) => Math.max(...values)
  log(`   best RSS rate / best JSON Lines rate: ${(best(rates.rss) / best(rates.jsonl)).toFixed(2)}`)

  const warcMb = quick ? 100 : 1024
  const warc = join(WORK, `pages-${warcMb}mb.warc`)
  // Stored as wget stores them (it does not ask for compression): 1 GB is then about 17,000 pages, as in a real crawl.
  const plainPages = warcWriter(CHROME, {})
  if (!existsSync(warc))
    await writeFile(warc, plainPages, benchStories(articles, Number.MAX_SAFE_INTEGER, 2121), Number.MAX_SAFE_INTEGER, warcMb * 1024 ** 2)
  log(
    `\n3. marsad import of a web archive of ${(statSync(warc).size / 1024 ** 3).toFixed(2)} GB (article pages of about 60 KB with their scripts, styles and menus)`
  )
  timedImport('WARC', warc)
}

main().catch((error: Error) => {
  console.error(error)
  process.exitCode = 1
})
