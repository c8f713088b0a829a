/** A feed's items as stories: which of an item's fields gives the title, body, date, source, author, URL and keywords. */
import { parseDumpDate } from '../dates'
import { storiesRead } from '../errors'
import { splitLines } from '../lines'
import { htmlFragmentLines } from '../parsers/html'
import { ParseProblem } from '../parsers/parser'
import { applyDate, emptyDraft, finishStory } from '../story'
import type { ParsedStory } from '../types'
import { FeedItemReader, type FeedField, type FeedItem } from './feedItems'

/** Fields that may hold the story's text; on a tie in length the earlier one wins. */
const BODY_FIELDS = ['content:encoded', 'content', 'description', 'summary']
/** The publication date, most specific first; Atom's `updated` is the date only when nothing else is given. */
const DATE_FIELDS = ['pubDate', 'published', 'dc:date', 'issued', 'updated']
const MARKUP = /<[a-z!/][^>]*>|&[#a-z0-9]+;/i

const first = (item: FeedItem, name: string): FeedField | undefined => item.fields.find(([field]) => field === name)?.[1]
const all = (item: FeedItem, name: string): FeedField[] => item.fields.filter(([field]) => field === name).map(([, value]) => value)
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** A field's text as lines: Atom says whether it is text or HTML; RSS leaves it to the content. */
async function linesOf(field: FeedField): Promise<string[]> {
  const type = field.attributes['type']
  const isText = type === 'text' || type === 'text/plain'
  if (!isText && MARKUP.test(field.text)) return htmlFragmentLines(field.text)
  return splitLines(field.text)
}

/** The title on one line; spaces typed inside it stay as written, as in a JSON or CSV dump. */
async function titleOf(item: FeedItem): Promise<string | null> {
  const title = first(item, 'title')
  if (!title) return null
  return (await linesOf(title)).map((line) => line.trim()).join(' ') || null
}

/** The item's page: RSS `<link>` text, Atom `<link rel="alternate" href>`, else a permalink `<guid>` or Atom `<id>`. */
function urlOf(item: FeedItem): string | null {
  for (const link of all(item, 'link')) {
    const rel = link.attributes['rel'] ?? 'alternate'
    const url = link.text.trim() || (rel === 'alternate' ? link.attributes['href']?.trim() : '')
    if (url) return url
  }
  const guid = first(item, 'guid')
  if (guid && guid.attributes['isPermaLink'] !== 'false' && /^https?:\/\//i.test(guid.text.trim())) return guid.text.trim()
  const id = first(item, 'id')?.text.trim()
  return id && /^https?:\/\//i.test(id) ? id : null
}

/**
 * The outlet: an item's own source (RSS `<source url>`, as aggregators write it; Atom `<source><title>`) or
 * `dc:publisher`, else the feed's publisher or title.
 */
function sourceOf(item: FeedItem): string | null {
  const itemSource = first(item, 'source')
  const named = itemSource
    ? oneLine(itemSource.children['title'] ?? (itemSource.attributes['url'] !== undefined ? itemSource.text : ''))
    : ''
  return named || oneLine(first(item, 'dc:publisher')?.text ?? '') || item.feedPublisher || item.feedTitle
}

/** RSS `<author>` or `dc:creator` as written; an Atom person by its `<name>`. */
function authorOf(item: FeedItem): string | null {
  const author = first(item, 'author') ?? first(item, 'dc:creator')
  return author ? oneLine(author.children['name'] ?? author.text) || null : null
}

function keywordsOf(item: FeedItem): string[] {
  const names = [...all(item, 'category'), ...all(item, 'dc:subject')].map((field) =>
    oneLine(field.text || field.attributes['label'] || field.attributes['term'] || '')
  )
  return [...new Set(names.filter(Boolean))]
}

/** The longest of the item's texts is the body; a shorter one beside it (a teaser) is kept apart as `summary`. */
async function bodyAndSummary(item: FeedItem): Promise<{ body: string[]; summary: string[] }> {
  const texts: string[][] = []
  for (const name of BODY_FIELDS) {
    const field = first(item, name)
    if (field) texts.push(await linesOf(field))
  }
  const length = (lines: string[]): number => lines.reduce((sum, line) => sum + line.length, 0)
  const ranked = texts.filter((lines) => lines.length > 0).sort((a, b) => length(b) - length(a))
  const body = ranked[0] ?? []
  const summary = ranked.find((lines) => lines.join('\n') !== body.join('\n')) ?? []
  return { body, summary }
}

export async function storyFromFeedItem(position: number, item: FeedItem): Promise<ParsedStory | null> {
  const draft = emptyDraft()
  draft.title = await titleOf(item)
  const { body, summary } = await bodyAndSummary(item)
  draft.bodyLines = body
  if (summary.length > 0) draft.extra['summary'] = summary.join('\n')
  const dateName = DATE_FIELDS.find((name) => first(item, name)?.text.trim())
  if (dateName) {
    const text = first(item, dateName)!.text.trim()
    applyDate(draft, 'date', parseDumpDate(text), text)
  }
  const updated = first(item, 'updated')?.text.trim()
  if (updated && dateName !== 'updated') applyDate(draft, 'updated', parseDumpDate(updated), updated)
  draft.source = sourceOf(item)
  if (draft.source) draft.sourceFrom = 'field'
  draft.author = authorOf(item)
  draft.url = urlOf(item)
  draft.keywords = keywordsOf(item)
  return finishStory(position, draft)
}

/** saxes writes '3:17: unexpected end.'; the analyst reads 'line 3, column 17: unexpected end'. */
function describeXmlError(message: string): string {
  const located = /^(?:.*?:)?(\d+):(\d+): (.*?)\.?$/.exec(message)
  return located ? `line ${located[1]}, column ${located[2]}: ${located[3]}` : message
}

/** The stories of a feed, item by item as the text arrives. */
export async function* feedStories(texts: AsyncIterable<string>): AsyncGenerator<ParsedStory> {
  const reader = new FeedItemReader()
  let position = 0
  async function* finished(items: FeedItem[]): AsyncGenerator<ParsedStory> {
    for (const item of items) {
      const story = await storyFromFeedItem(position, item)
      if (story) {
        position++
        yield story
      }
    }
  }
  for await (const text of texts) {
    reader.write(text)
    yield* finished(reader.take())
  }
  reader.close()
  yield* finished(reader.take())
  if (reader.error) {
    throw new ParseProblem('invalid-xml', `the feed is not well-formed XML (${describeXmlError(reader.error)}); ${storiesRead(position)}.`)
  }
}
