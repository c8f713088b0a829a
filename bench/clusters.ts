/**
 * `npm run bench:clusters`: how well import-time clustering groups syndicated copies, and what it costs.
 * From the 5,000 real articles: 500 are "wire stories", each republished 1–5 times the way outlets do it (a new
 * headline, an added dateline, a paragraph dropped or two swapped, a few words respelled — harakat, tatweel,
 * ة→ه, bare alef, Persian letters — and another outlet as source); the other 4,000 are mixed in untouched.
 * Everything is imported as JSON Lines through the import pipeline, then the clusters are compared with the
 * truth pair by pair. The same files imported with clustering off give the rate it costs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ReaderThread, runImport } from '../src/core/ingest/job'
import { openLibrary } from '../src/core/library'
import { readArticles, SAMPLE_PATH, type Article } from './search/corpus'
import { seededRandom } from '../test/helpers/seededRandom'
import { existsSync } from 'node:fs'

const WORK = '/tmp/marsad-bench/clusters'
const READER = resolve(__dirname, '../out/cli/readWorker.js')
const WIRE_STORIES = 500
const UNTOUCHED = 4000
const random = seededRandom(8080)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const CITIES = ['عمّان', 'بيروت', 'القاهرة', 'الرياض', 'دبي', 'الرباط', 'تونس', 'بغداد']
const OUTLETS = ['وكالة الأنباء', 'صحيفة الصباح', 'إذاعة المدينة', 'الشروق', 'النهار', 'موقع الخبر', 'القناة الأولى']

/** The ways analysts' sources respell a word; the analyser must see through each. */
function respell(word: string): string {
  const ways = [
    (w: string) => w.replace(/ة$/, 'ه'),
    (w: string) => w.replace(/^[أإآ]/, 'ا'),
    (w: string) => w.replace(/ي/g, 'ی').replace(/ك/g, 'ک'),
    (w: string) => (w.length > 3 ? `${w.slice(0, 2)}ـ${w.slice(2)}` : w),
    (w: string) => w.replace(/([بتثجحخدذرزسشصضطظعغفقكلمن])/, '$1َ')
  ]
  return pick(ways)(word)
}

function paragraphsOf(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
}

/** A republished copy of `article` as another outlet would carry it. */
function syndicate(article: Article): { title: string; body: string; source: string } {
  let paragraphs = paragraphsOf(article.body)
  if (paragraphs.length >= 3 && random() < 0.5) paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 1)), 1)
  else if (paragraphs.length >= 3) {
    const at = 1 + Math.floor(random() * (paragraphs.length - 2))
    ;[paragraphs[at], paragraphs[at + 1]] = [paragraphs[at + 1]!, paragraphs[at]!]
  }
  paragraphs = paragraphs.map((paragraph) =>
    paragraph
      .split(' ')
      .map((word) => (random() < 0.04 ? respell(word) : word))
      .join(' ')
  )
  const source = pick(OUTLETS)
  if (random() < 0.7) paragraphs[0] = `${pick(CITIES)} (${source}) - ${paragraphs[0]}`
  const titleWords = article.title.split(' ')
  const title =
    random() < 0.5
      ? `${source}: ${article.title}`
      : [...titleWords.slice(Math.ceil(titleWords.length / 2)), ...titleWords.slice(0, Math.ceil(titleWords.length / 2))].join(' ')
  return { title, body: paragraphs.join('\n'), source }
}

interface Truth {
  id: string
  group: number | null
}

/** Where each record is: its file and line, which is how the library records every arrival (sightings). */
interface Placed {
  file: string
  position: number
  id: string
}

function buildFiles(articles: readonly Article[]): { files: string[]; truth: Truth[]; placed: Placed[] } {
  mkdirSync(WORK, { recursive: true })
  const order = articles.map((_, index) => index).sort(() => random() - 0.5)
  const wire = order.slice(0, WIRE_STORIES)
  const untouched = order.slice(WIRE_STORIES, WIRE_STORIES + UNTOUCHED)
  const records: { id: string; title: string; body: string; source: string; date: string }[] = []
  const truth: Truth[] = []
  wire.forEach((index, group) => {
    const article = articles[index]!
    records.push({ id: `w${group}-0`, title: article.title, body: article.body, source: article.outlet, date: '2024-01-01' })
    truth.push({ id: `w${group}-0`, group })
    const copies = 1 + Math.floor(random() * 5)
    for (let copy = 1; copy <= copies; copy++) {
      records.push({ id: `w${group}-${copy}`, ...syndicate(article), date: `2024-01-0${1 + copy}` })
      truth.push({ id: `w${group}-${copy}`, group })
    }
  })
  for (const index of untouched) {
    const article = articles[index]!
    records.push({ id: `u${index}`, title: article.title, body: article.body, source: article.outlet, date: '2024-01-01' })
    truth.push({ id: `u${index}`, group: null })
  }
  records.sort(() => random() - 0.5)
  const files: string[] = []
  const placed: Placed[] = []
  for (let part = 0; part < 4; part++) {
    const file = join(WORK, `mixed-${part}.jsonl`)
    const lines = records.filter((_, index) => index % 4 === part)
    lines.forEach((record, position) => placed.push({ file, position, id: record.id }))
    writeFileSync(file, lines.map((record) => JSON.stringify(record)).join('\n'))
    files.push(file)
  }
  return { files, truth, placed }
}

async function importAll(files: string[], clusterCopies: boolean): Promise<{ libraryPath: string; rate: number; stories: number }> {
  const libraryPath = join(WORK, clusterCopies ? 'clustered.marsad' : 'plain.marsad')
  for (const suffix of ['', '-wal', '-shm']) rmSync(libraryPath + suffix, { force: true })
  const library = openLibrary(libraryPath)
  const started = performance.now()
  const reader = new ReaderThread(READER) // a thread of its own for each import: both start cold
  const summary = await runImport(library, { paths: files }, { jobId: 'bench', reader, clusterCopies })
  const seconds = (performance.now() - started) / 1000
  await reader.close()
  library.close()
  return { libraryPath, rate: (summary.stories + summary.duplicates) / seconds, stories: summary.stories }
}

/** Pairwise precision and recall: a pair is "together" when both stories share a cluster (or a true group). */
function pairwise(
  truth: Truth[],
  predicted: Map<string, number | null>
): { precision: number; recall: number; truePairs: number; predictedPairs: number } {
  const pairs = (groupOf: (item: Truth) => number | null) => {
    const groups = new Map<number, string[]>()
    for (const item of truth) {
      const group = groupOf(item)
      if (group !== null) groups.set(group, [...(groups.get(group) ?? []), item.id])
    }
    const set = new Set<string>()
    for (const members of groups.values()) {
      const sorted = [...members].sort()
      for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) set.add(`${sorted[i]}|${sorted[j]}`)
    }
    return set
  }
  const truePairs = pairs((item) => item.group)
  const predictedPairs = pairs((item) => predicted.get(item.id) ?? null)
  let both = 0
  for (const pair of predictedPairs) if (truePairs.has(pair)) both++
  return {
    precision: both / predictedPairs.size,
    recall: both / truePairs.size,
    truePairs: truePairs.size,
    predictedPairs: predictedPairs.size
  }
}

async function main(): Promise<void> {
  if (!existsSync(SAMPLE_PATH)) {
    console.log('bench:clusters needs ../shared/data/arabic-news/sample.jsonl; it is absent, nothing measured.')
    return
  }
  if (!existsSync(READER)) throw new Error('Build first: npm run build (out/cli/readWorker.js is missing).')
  const articles = readArticles()
  const { files, truth, placed } = buildFiles(articles)
  console.log(
    `bench:clusters: ${WIRE_STORIES} wire stories with 1–5 copies each, ${UNTOUCHED} untouched articles (${truth.length} stories)`
  )

  const plainRuns = [await importAll(files, false), await importAll(files, false)]
  const clusteredRuns = [await importAll(files, true), await importAll(files, true)]
  const plain = Math.max(...plainRuns.map((run) => run.rate))
  const clustered = Math.max(...clusteredRuns.map((run) => run.rate))

  const library = openLibrary(clusteredRuns[1]!.libraryPath)
  // A record identical to an earlier one (same normalised title and body) is the same story: it takes that
  // story's cluster, or, alone, a group of its own with the story it repeats.
  const arrivals = library.db
    .prepare(
      `SELECT f.path AS file, s.position, s.story_id AS storyId, g.cluster_id AS cluster
      FROM sightings s JOIN import_files f ON f.id = s.file_id LEFT JOIN story_signatures g ON g.story_id = s.story_id`
    )
    .all() as { file: string; position: number; storyId: number; cluster: number | null }[]
  const arrivalOf = new Map(arrivals.map((row) => [`${row.file}#${row.position}`, row]))
  const predicted = new Map<string, number | null>()
  for (const record of placed) {
    const arrival = arrivalOf.get(`${record.file}#${record.position}`)!
    predicted.set(record.id, arrival.cluster ?? -arrival.storyId)
  }
  const clusterCount = library.clusters.list(2).length
  library.close()

  const all = pairwise(truth, predicted)
  console.log(`\nclusters found: ${clusterCount} (true groups: ${WIRE_STORIES})`)
  console.log(`pairwise precision: ${all.precision.toFixed(4)} (target ≥ 0.98)   predicted pairs: ${all.predictedPairs}`)
  console.log(`pairwise recall:    ${all.recall.toFixed(4)} (target ≥ 0.95)   true pairs: ${all.truePairs}`)
  const falsePairs = truth.filter((item) => item.group === null && (predicted.get(item.id) ?? -1) > 0).length
  console.log(`untouched articles placed in a cluster: ${falsePairs} (the real sample has some genuine copies of its own)`)
  console.log(`\nimport rate without clustering: ${Math.round(plain)} stories/s; with: ${Math.round(clustered)} stories/s`)
  console.log(`cost of clustering: ${(((plain - clustered) / plain) * 100).toFixed(1)}% slower (target < 25%)`)
}

main().catch((error: Error) => {
  console.error(error)
  process.exitCode = 1
})
