/**
 * Known-item search on the 5,000 real articles: for 300 of them, two distinctive words as the article writes
 * them, each respelt the way analysts type (respell.ts); success when the article is in the top 10. The same
 * queries go to Marsad and to a plain FTS5 index of the raw text (default unicode61 tokenizer), and, as a
 * reference, the words as written.
 */
import { existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { openLibrary } from '../../src/core/library'
import { SearchState, searchStories } from '../../src/core/search'
import { analyze, isStopword, normalizeTerm } from '../../src/core/text'
import { BENCH_DIR, benchLibrary } from './buildLibrary'
import type { Article } from './corpus'
import { seededRandom } from '../../test/helpers/seededRandom'
import { respell } from './respell'

const ARTICLES_TRIED = 300
const TOP = 10
/** Distinctive: used by at least this many articles (so a word alone rarely decides) and at most that many. */
const MIN_ARTICLES = 2
const MAX_ARTICLES = 50
const RAREST_CONSIDERED = 8

interface Trial {
  article: number
  written: [string, string]
  respelt: [string, string]
  how: [string, string]
}

export interface KnownItemReport {
  trials: number
  /** Articles found in the top 10, and found first. */
  marsad: { respelt: number; written: number; respeltFirst: number }
  plainFts5: { respelt: number; written: number; respeltFirst: number }
  /** Successes per respelling, out of the words respelt that way (each trial respells two words). */
  byRespelling: Record<string, { words: number; marsad: number; plainFts5: number }>
}

const textOf = (article: Article) => `${article.title}\n${article.body}`
const isCandidate = (term: string) => term.length >= 4 && !isStopword(term) && !/\d/.test(term)

function drawTrials(articles: readonly Article[]): Trial[] {
  const articlesWith = new Map<string, number>()
  const tokensOf = articles.map((article) => analyze(textOf(article)))
  for (const tokens of tokensOf)
    for (const term of new Set(tokens.map((token) => token.term))) articlesWith.set(term, (articlesWith.get(term) ?? 0) + 1)

  const knownWords = { takesArticle: (word: string) => articlesWith.has(`ال${normalizeTerm(word)}`) }
  const random = seededRandom(5000)
  const trials: Trial[] = []
  while (trials.length < ARTICLES_TRIED) {
    const article = Math.floor(random() * articles.length)
    const firstWritten = new Map<string, string>()
    for (const token of tokensOf[article]!) if (!firstWritten.has(token.term)) firstWritten.set(token.term, token.text)
    const rarest = [...firstWritten.keys()]
      .filter((term) => isCandidate(term) && articlesWith.get(term)! >= MIN_ARTICLES && articlesWith.get(term)! <= MAX_ARTICLES)
      .sort((a, b) => articlesWith.get(a)! - articlesWith.get(b)! || (a < b ? -1 : 1))
      .slice(0, RAREST_CONSIDERED)
    if (rarest.length < 2) continue
    const first = rarest.splice(Math.floor(random() * rarest.length), 1)[0]!
    const second = rarest[Math.floor(random() * rarest.length)]!
    const written: [string, string] = [firstWritten.get(first)!, firstWritten.get(second)!]
    const changed = written.map((word) => respell(word, random, knownWords))
    trials.push({ article, written, respelt: [changed[0]!.word, changed[1]!.word], how: [changed[0]!.how, changed[1]!.how] })
  }
  return trials
}

/** The baseline: FTS5 as it comes, over the raw title and body. */
function plainFts5(articles: readonly Article[]): (words: readonly string[]) => number[] {
  const path = join(BENCH_DIR, 'known-item-plain-fts5.sqlite')
  if (!existsSync(path)) {
    rmSync(`${path}.building`, { force: true })
    const building = new BetterSqlite3(`${path}.building`)
    building.exec('CREATE VIRTUAL TABLE articles USING fts5(title, body)')
    const insert = building.prepare('INSERT INTO articles (rowid, title, body) VALUES (?, ?, ?)')
    building.transaction(() => articles.forEach((article, index) => insert.run(index, article.title, article.body)))()
    building.close()
    renameSync(`${path}.building`, path)
  }
  const db = new BetterSqlite3(path, { readonly: true })
  const top = db.prepare(`SELECT rowid FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT ${TOP}`).pluck()
  // Each word quoted, so that FTS5's own syntax never trips over what was typed.
  return (words) => top.all(words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' ')) as number[]
}

async function marsadTop(search: SearchState, words: readonly string[]): Promise<number[]> {
  const response = await searchStories(search, { query: words.join(' '), sort: 'relevance', offset: 0, limit: TOP, facets: false })
  return response.results.map((hit) => hit.id)
}

export async function knownItemEvaluation(articles: readonly Article[], log: (line: string) => void): Promise<KnownItemReport> {
  const { path } = benchLibrary(articles, articles.length, log)
  const library = openLibrary(path)
  const search = new SearchState(library)
  // The bench gives every story its article's id in the url; stories are numbered from 1 in article order.
  const storyOfArticle = new Map<string, number>()
  for (let id = 1; id <= library.stories.count(); id++) {
    const url = library.stories.get(id)?.url
    if (url) storyOfArticle.set(url.slice(url.lastIndexOf('/') + 1), id)
  }
  const plain = plainFts5(articles)
  const report: KnownItemReport = {
    trials: 0,
    marsad: { respelt: 0, written: 0, respeltFirst: 0 },
    plainFts5: { respelt: 0, written: 0, respeltFirst: 0 },
    byRespelling: {}
  }
  for (const trial of drawTrials(articles)) {
    const story = storyOfArticle.get(articles[trial.article]!.id)
    if (story === undefined) continue // folded into an identical article by the importer
    report.trials++
    const marsadTopTen = await marsadTop(search, trial.respelt)
    const plainTopTen = plain(trial.respelt)
    const marsadFinds = marsadTopTen.includes(story)
    if (!marsadFinds && process.env.SHOW_MISSES)
      log(`  miss: ${trial.written.join(' ')} → ${trial.respelt.join(' ')} (${trial.how.join(', ')})`)
    const plainFinds = plainTopTen.includes(trial.article)
    report.marsad.respelt += Number(marsadFinds)
    report.plainFts5.respelt += Number(plainFinds)
    report.marsad.respeltFirst += Number(marsadTopTen[0] === story)
    report.plainFts5.respeltFirst += Number(plainTopTen[0] === trial.article)
    report.marsad.written += Number((await marsadTop(search, trial.written)).includes(story))
    report.plainFts5.written += Number(plain(trial.written).includes(trial.article))
    for (const how of trial.how) {
      const tally = (report.byRespelling[how] ??= { words: 0, marsad: 0, plainFts5: 0 })
      tally.words++
      tally.marsad += Number(marsadFinds)
      tally.plainFts5 += Number(plainFinds)
    }
  }
  library.close()
  return report
}
