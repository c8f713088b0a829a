import { analyze, isStopword } from '../../src/core/text'
import type { Article } from './corpus'
import { seededRandom } from '../../test/helpers/seededRandom'

/** A word worth searching: not a function word, not a number, at least three letters. */
const isContentWord = (term: string): boolean => term.length >= 3 && !isStopword(term) && !/\d/.test(term)

/**
 * `count` queries of 1–3 consecutive content words as an article writes them (clitics, harakat and all), drawn
 * from random places of random articles: the searches an analyst makes after reading something.
 */
export function drawQueries(articles: readonly Article[], count: number, seed = 20240204): string[] {
  const random = seededRandom(seed)
  const queries: string[] = []
  while (queries.length < count) {
    const article = articles[Math.floor(random() * articles.length)]!
    const tokens = analyze(article.body)
    const words = 1 + Math.floor(random() * 3)
    const start = Math.floor(random() * Math.max(1, tokens.length - words))
    const run = tokens.slice(start, start + words)
    if (run.length === words && run.every((token) => isContentWord(token.term))) queries.push(run.map((token) => token.text).join(' '))
  }
  return queries
}
