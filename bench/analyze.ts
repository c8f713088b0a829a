/**
 * `npm run bench:analyze`: how fast and how well the Arabic analyser (src/core/text) works on the 5,000
 * real news articles in ../shared/data/arabic-news/sample.jsonl (title and body of each).
 * - Throughput of forEachToken (normalise + tokenise + stem, with offsets), in MB/s of UTF-8 text on one core.
 * - Conflation: distinct words as written → distinct terms → distinct stems, the largest stem groups and 30
 *   random ones (seeded, so every run prints the same), for a reader to judge over- and under-stemming.
 * Prints its figures and exits 0; says so and exits 0 when the shared data is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { analyze, forEachToken, isStopword } from '../src/core/text'
import { seededRandom } from '../test/helpers/seededRandom'

const SAMPLE = resolve(__dirname, '../../shared/data/arabic-news/sample.jsonl')
const TIMED_PASSES = 5
const RANDOM_GROUPS = 30
const GROUP_SEED = 20240204
const TERMS_SHOWN_PER_GROUP = 12

interface Article {
  title: string
  body: string
}

function readArticles(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const article = JSON.parse(line) as Article
      return `${article.title}\n${article.body}`
    })
}

interface Pass {
  /** Wall-clock milliseconds. */
  milliseconds: number
  /** Milliseconds of CPU this process used (all its threads): the fair figure when other jobs share the cores. */
  cpuMilliseconds: number
  tokens: number
}

/** One forEachToken pass over every article, with a visitor that touches what it gets. */
function timeOnePass(texts: readonly string[]): Pass {
  let tokens = 0
  let checksum = 0
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  for (const text of texts) {
    forEachToken(text, (term, stem, start, end) => {
      tokens++
      checksum += term.length + stem.length + end - start
    })
  }
  const milliseconds = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  if (checksum < 0) throw new Error('unreachable: keeps the visitor from being optimised away')
  return { milliseconds, cpuMilliseconds: (cpu.user + cpu.system) / 1000, tokens }
}

const megabytesPerSecond = (bytes: number, milliseconds: number): string => (bytes / 1e6 / (milliseconds / 1000)).toFixed(1)

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

function reportThroughput(texts: readonly string[]): void {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0)
  console.log(`Articles: ${texts.length}, UTF-8 text: ${(bytes / 1e6).toFixed(2)} MB`)
  console.log(
    `Load average before timing (2 cores are shared): ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`
  )

  const cold = timeOnePass(texts)
  console.log(
    `forEachToken, first pass (cold JIT): ${megabytesPerSecond(bytes, cold.milliseconds)} MB/s ` +
      `(${cold.milliseconds.toFixed(0)} ms, ${cold.tokens} tokens)`
  )
  const passes = Array.from({ length: TIMED_PASSES }, () => timeOnePass(texts))
  const wall = median(passes.map((pass) => pass.milliseconds))
  const cpu = median(passes.map((pass) => pass.cpuMilliseconds))
  console.log(
    `forEachToken, median of ${TIMED_PASSES} warm passes: ${megabytesPerSecond(bytes, wall)} MB/s wall clock, ` +
      `${megabytesPerSecond(bytes, cpu)} MB per CPU-second ` +
      `(${(cold.tokens / (wall / 1000) / 1e6).toFixed(1)} M tokens/s, ` +
      `${((wall * 1000) / texts.length).toFixed(0)} µs per article)`
  )

  const started = performance.now()
  for (const text of texts) analyze(text)
  const analyzeMilliseconds = performance.now() - started
  console.log(`analyze() building Token objects, one pass: ${megabytesPerSecond(bytes, analyzeMilliseconds)} MB/s`)
}

interface Vocabulary {
  /** Occurrences of each word as written. */
  words: Map<string, number>
  /** Occurrences of each term, grouped by stem. */
  stems: Map<string, Map<string, number>>
  tokens: number
  stopwordTokens: number
}

function collectVocabulary(texts: readonly string[]): Vocabulary {
  const vocabulary: Vocabulary = { words: new Map(), stems: new Map(), tokens: 0, stopwordTokens: 0 }
  for (const text of texts) {
    forEachToken(text, (term, stem, start, end) => {
      const word = text.slice(start, end)
      vocabulary.words.set(word, (vocabulary.words.get(word) ?? 0) + 1)
      let group = vocabulary.stems.get(stem)
      if (!group) vocabulary.stems.set(stem, (group = new Map()))
      group.set(term, (group.get(term) ?? 0) + 1)
      vocabulary.tokens++
      if (isStopword(term)) vocabulary.stopwordTokens++
    })
  }
  return vocabulary
}

function formatGroup(stem: string, group: Map<string, number>): string {
  const terms = [...group].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const shown = terms.slice(0, TERMS_SHOWN_PER_GROUP).map(([term, count]) => `${term} ${count}`)
  const more = terms.length > TERMS_SHOWN_PER_GROUP ? ` … +${terms.length - TERMS_SHOWN_PER_GROUP} more` : ''
  return `  ${stem} ← ${shown.join(', ')}${more}`
}

function reportConflation(texts: readonly string[]): void {
  const vocabulary = collectVocabulary(texts)
  const terms = [...vocabulary.stems.values()].reduce((sum, group) => sum + group.size, 0)
  console.log(`\nDistinct words as written: ${vocabulary.words.size}`)
  console.log(`Distinct normalised terms: ${terms}`)
  console.log(`Distinct stems: ${vocabulary.stems.size}`)
  console.log(`Stopwords: ${((100 * vocabulary.stopwordTokens) / vocabulary.tokens).toFixed(1)}% of ${vocabulary.tokens} tokens`)

  const groups = [...vocabulary.stems].filter(([, group]) => group.size > 1)
  groups.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  console.log(`Stems shared by several terms: ${groups.length}`)

  console.log('\nThe 10 stems with the most distinct terms (where over-stemming would show first):')
  const largest = [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, 10)
  for (const [stem, group] of largest) console.log(formatGroup(stem, group))

  console.log(`\n${RANDOM_GROUPS} random stem groups (seed ${GROUP_SEED}; term and its number of occurrences):`)
  const random = seededRandom(GROUP_SEED)
  const pool = [...groups]
  for (let drawn = 0; drawn < RANDOM_GROUPS && pool.length > 0; drawn++) {
    const [stem, group] = pool.splice(Math.floor(random() * pool.length), 1)[0]
    console.log(formatGroup(stem, group))
  }
}

function main(): void {
  if (!existsSync(SAMPLE)) {
    console.log(`bench:analyze skipped: the real-article sample ${SAMPLE} is absent.`)
    return
  }
  const texts = readArticles(SAMPLE)
  reportThroughput(texts)
  reportConflation(texts)
}

main()
