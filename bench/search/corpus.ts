/**
 * The benchmark's stories, made from the 5,000 real articles of ../shared/data/arabic-news/sample.jsonl:
 * the real articles first, as they are, then as many synthetic stories as asked for, each a real title with a
 * body of 4–14 real sentences drawn from other articles (seven in ten from articles of the same category, so
 * that a story keeps a topic), a real outlet as its source, and a day drawn from 2018–2025. Seeded, so that
 * every run builds the same library.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { StoryFields } from '../../src/core/library'
import { seededRandom } from '../../test/helpers/seededRandom'

export const SAMPLE_PATH = resolve(__dirname, '../../../shared/data/arabic-news/sample.jsonl')

export interface Article {
  id: string
  outlet: string
  title: string
  date: string
  category: string
  body: string
}

const SAME_CATEGORY_SHARE = 0.7
const MIN_SENTENCES = 4
const MAX_SENTENCES = 14
const FIRST_DAY = Date.UTC(2018, 0, 1)
const DAYS = 8 * 365

export function readArticles(path = SAMPLE_PATH): Article[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Article)
}

/** The calendar day of an RSS date such as `Mon, 09 Jul 2018 16:39:43 +0400`, as written (no zone shift). */
function dayOf(rssDate: string): string | null {
  const match = /(\d{1,2}) (\w{3}) (\d{4})/.exec(rssDate)
  if (!match) return null
  const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(match[2]!) / 3 + 1
  return month > 0 ? `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : null
}

export function articleFields(article: Article): Partial<StoryFields> & { body: string } {
  return {
    title: article.title,
    body: article.body,
    date: dayOf(article.date),
    dateText: article.date,
    source: article.outlet,
    category: article.category,
    language: 'ar',
    url: `https://example.invalid/${article.id}`
  }
}

const splitSentences = (body: string): string[] =>
  body
    .split(/(?<=[.!?؟])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 20)

/** Yields `count` stories: the real articles, then synthetic ones (see the file comment). */
export function* benchStories(
  articles: readonly Article[],
  count: number,
  seed = 20250101
): Generator<Partial<StoryFields> & { body: string }> {
  for (const article of articles.slice(0, count)) yield articleFields(article)
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const sentences = articles.map((article) => splitSentences(article.body))
  const byCategory = new Map<string, number[]>()
  articles.forEach((article, index) => byCategory.set(article.category, [...(byCategory.get(article.category) ?? []), index]))

  for (let made = articles.length; made < count; made++) {
    const base = pick(articles)
    const sameCategory = byCategory.get(base.category)!
    const length = MIN_SENTENCES + Math.floor(random() * (MAX_SENTENCES - MIN_SENTENCES + 1))
    const body: string[] = []
    while (body.length < length) {
      const from = sentences[random() < SAME_CATEGORY_SHARE ? pick(sameCategory) : Math.floor(random() * articles.length)]!
      if (from.length > 0) body.push(pick(from))
    }
    const day = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10)
    yield {
      title: base.title,
      body: body.join(' '),
      date: day,
      dateText: day,
      source: base.outlet,
      category: base.category,
      language: 'ar',
      url: `https://example.invalid/bench/${made}`
    }
  }
}
