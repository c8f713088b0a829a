/**
 * Zyte's article-extraction benchmark (github.com/scrapinghub/article-extraction-benchmark): 181 real article
 * pages (html/*.html.gz) and the true article body of each (ground-truth.json), scored as its evaluate.py scores
 * them: precision and recall of word 4-gram shingles per page, averaged over pages, and their F1. The pages stay
 * in the local copy whose path is given; nothing of them enters this repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { readOne } from '../test/fixtures/dumps/readDumps'

const SHINGLE = 4
/** Python's `\w+` with re.UNICODE, as evaluate.py tokenizes. */
const WORD = /[\p{L}\p{N}_]+/gu

function shingles(text: string): Map<string, number> {
  const words = text.match(WORD) ?? []
  const counts = new Map<string, number>()
  for (let i = 0; i < Math.max(1, words.length - SHINGLE + 1); i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ')
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  return counts
}

/** True and false positives and false negatives over shingles, normalised so that every page weighs the same. */
function matching(truth: string, prediction: string): [number, number, number] {
  const want = shingles(truth)
  const got = shingles(prediction)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const [w, g] = [want.get(key) ?? 0, got.get(key) ?? 0]
    tp += Math.min(w, g)
    fp += Math.max(0, g - w)
    fn += Math.max(0, w - g)
  }
  const sum = tp + fp + fn
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0]
}

const precisionOf = ([tp, fp, fn]: number[]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp! / (tp! + fp!))
const recallOf = ([tp, fp, fn]: number[]): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp! / (tp! + fn!))
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length

export interface ExtractionScore {
  pages: number
  failed: string[]
  precision: number
  recall: number
  f1: number
}

/** Imports each page as an HTML dump (encoding sniffed, as for any file) and scores the bodies. */
export async function articleExtractionScore(benchmarkDir: string): Promise<ExtractionScore> {
  const truthPath = join(benchmarkDir, 'ground-truth.json')
  if (!existsSync(truthPath)) throw new Error(`${benchmarkDir} is not a copy of article-extraction-benchmark (no ground-truth.json).`)
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody?: string }>
  const counts: Array<[number, number, number]> = []
  const failed: string[] = []
  const pages = readdirSync(join(benchmarkDir, 'html')).filter((name) => name.endsWith('.html.gz'))
  for (const name of pages) {
    const id = name.replace(/\.html\.gz$/, '')
    const { stories, error } = await readOne(`${id}.html`, gunzipSync(readFileSync(join(benchmarkDir, 'html', name))))
    if (error) failed.push(`${id}: ${error.message}`)
    counts.push(matching(truth[id]?.articleBody ?? '', stories[0]?.body ?? ''))
  }
  // As evaluate.py: pages with nothing predicted (or nothing true) do not count towards precision (recall).
  const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionOf))
  const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallOf))
  return { pages: pages.length, failed, precision, recall, f1: (2 * precision * recall) / (precision + recall) }
}
