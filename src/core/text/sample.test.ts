import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze, forEachToken, stemTerm, type Token } from './index'

// Real articles live outside the repository; these checks run only where they are present.
const SHARED = resolve(__dirname, '../../../../shared/data')
const SAMPLE = resolve(SHARED, 'arabic-news/sample.jsonl')
const SEED = resolve(SHARED, 'dumps/seed/seed-news-dump.txt')
const ARTICLES_CHECKED = 500

if (!existsSync(SAMPLE)) console.info(`Skipping real-data analyser checks: ${SAMPLE} is absent.`)
if (!existsSync(SEED)) console.info(`Skipping the seed dump's analyser checks: ${SEED} is absent.`)

/** A term is letters/digits (any script), or digits with single dots inside (3.5, 2.0.1). */
const TERM_SHAPE = /^(?:[\p{L}\p{N}]+|[0-9]+(?:\.[0-9]+)*)$/u

describe.skipIf(!existsSync(SAMPLE))('analyze over real news articles', () => {
  const articles = readSample()

  it('gives every token offsets that point at its own text, and well-formed terms and stems', () => {
    const malformed: Token[] = []
    for (const text of articles) {
      for (const token of analyze(text)) {
        const wellFormed =
          text.slice(token.start, token.end) === token.text &&
          TERM_SHAPE.test(token.term) &&
          token.stem.length > 0 &&
          token.term.includes(token.stem)
        if (!wellFormed) malformed.push(token)
      }
    }
    expect(malformed).toEqual([])
  })
})

describe.skipIf(!existsSync(SAMPLE))("stems over the sample's whole vocabulary", () => {
  it('gives ال + w the stem of w for every word w that carries no article', () => {
    const words = new Set<string>()
    for (const text of readSample(Infinity)) forEachToken(text, (term) => words.add(term))
    const differing: string[] = []
    let checked = 0
    for (const word of words) {
      const stem = stemTerm(word)
      if (!/^[\u0621-\u064a]/u.test(word) || !word.startsWith(stem)) continue // not Arabic, or it has an article already
      const withArticle = stemTerm(`ال${word}`)
      // The analyser keeps ال when too little would remain (ال + ب) or ال + w reads as a hamza-initial word of
      // stemExceptions.ts (الفريد as ألفريد, المان as ألمان): then no article was taken off to compare with.
      if (withArticle.startsWith('ال')) continue
      checked++
      if (withArticle !== stem) differing.push(`${word}: ${stem} / ال${word}: ${withArticle}`)
    }
    expect(checked).toBeGreaterThan(50_000)
    expect(differing).toEqual([])
  })
})

describe.skipIf(!existsSync(SEED))('the seed dump', () => {
  it('analyses its keyword كوريا الشمالية like the article body spells it', () => {
    const seed = readFileSync(SEED, 'utf8')
    const keywords = seed.split('\n').find((line) => line.startsWith('كلمات دلالية:'))
    expect(keywords).toBeDefined()
    const searchForms = (text: string): string[] => analyze(text).map(({ term, stem }) => `${term}/${stem}`)
    const persianSpelling = searchForms(keywords ?? '').slice(-2)
    expect(persianSpelling).toEqual(searchForms('كوريا الشمالية'))
  })
})

function readSample(articles = ARTICLES_CHECKED): string[] {
  if (!existsSync(SAMPLE)) return []
  return readFileSync(SAMPLE, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .slice(0, articles)
    .map((line) => {
      const article = JSON.parse(line) as { title: string; body: string }
      return `${article.title}\n${article.body}`
    })
}
