/**
 * A web archive's stories: every response (or resource) record that holds an HTML page goes through the same
 * article extraction as an HTML dump; the archive adds the page's address, its capture date when the page gives
 * none, and its host when the page does not name its site. Everything else is counted and passed over.
 */
import iconv from 'iconv-lite'
import { parseDumpDate } from '../dates'
import { decodeWhole } from '../decode'
import { parseHtmlStory } from '../parsers/html'
import { ParseProblem } from '../parsers/parser'
import { detectEncoding, SNIFF_BYTES } from '../sniff'
import type { PassedOverRecord } from '../../../shared/contract/imports'
import type { ParsedStory } from '../types'
import { parseHttpResponse } from './httpResponse'
import { warcRecords, type WarcRecord } from './warcRecords'

/** As for an HTML dump: a saved article page is far smaller; a bigger record is a video or a download. */
const MAX_PAGE_BYTES = 32 * 1024 * 1024
const PAGE_RECORD_TYPES = new Set(['response', 'resource'])
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i
/** Types that say nothing of the content, so the content is looked at. */
const UNTELLING_TYPES = /^(?:application\/octet-stream|text\/plain|unknown\/unknown)?$/i

/** Why a record gave no story, as the archive's summary counts them. */
type Skipped = PassedOverRecord
/** Records passed over by why, filled in as the archive is read (the import summary shows them beside the pages). */
export type PassedOverCounts = Map<Skipped, number>

function wantsBlock(fields: Map<string, string>, length: number): boolean {
  return PAGE_RECORD_TYPES.has((fields.get('warc-type') ?? '').toLowerCase()) && length <= MAX_PAGE_BYTES
}

interface ArchivedPage {
  bytes: Buffer
  contentType: string
}

/** The HTML page a record holds, or why it holds none. */
function pageOf(record: WarcRecord): ArchivedPage | Skipped {
  if (record.type === 'request') return 'request'
  if (record.type === 'metadata' || record.type === 'warcinfo') return 'metadata'
  if (!PAGE_RECORD_TYPES.has(record.type)) return 'other'
  if (!record.block) return 'too-large'
  let page: ArchivedPage
  if (record.type === 'response') {
    const response = parseHttpResponse(record.block, MAX_PAGE_BYTES)
    if (!response) return 'other'
    if (response.status < 200 || response.status >= 300 || response.status === 204) return 'redirect-or-error'
    page = { bytes: response.body, contentType: response.headers.get('content-type') ?? '' }
  } else {
    page = { bytes: record.block, contentType: record.fields.get('content-type') ?? '' }
  }
  const mediaType = page.contentType.split(';')[0]!.trim()
  const isHtml =
    /html/i.test(mediaType) || (UNTELLING_TYPES.test(mediaType) && HTML_START.test(page.bytes.subarray(0, 1024).toString('latin1')))
  return isHtml ? page : 'not-page'
}

/** The page's charset: the HTTP header's, else its own <meta>, else what the bytes read as. */
function decodePage(page: ArchivedPage): string {
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(page.contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(page.bytes.subarray(0, 4096).toString('latin1'))?.[1]
  if (declared && iconv.encodingExists(declared)) return iconv.decode(page.bytes, declared)
  const sniffed = detectEncoding(page.bytes.subarray(0, SNIFF_BYTES), page.bytes.length <= SNIFF_BYTES)
  return sniffed ? decodeWhole(page.bytes, sniffed) : page.bytes.toString('utf8')
}

/** WARC 1.0 wrote the target in angle brackets; 1.1 does not. */
const targetUri = (record: WarcRecord): string | null => record.fields.get('warc-target-uri')?.replace(/^<|>$/g, '').trim() || null

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null
  } catch {
    return null
  }
}

/** What the archive knows of a page beside what the page says of itself. */
function withArchiveFacts(story: ParsedStory, position: number, record: WarcRecord): ParsedStory {
  const url = targetUri(record)
  const captured = record.fields.get('warc-date') ?? ''
  const archived: ParsedStory = { ...story, position, url: url ?? story.url }
  if (!story.date && captured) {
    if (story.dateText) archived.extra = { ...story.extra, 'date on the page': story.dateText }
    archived.date = parseDumpDate(captured)?.date ?? null
    archived.dateText = captured
  }
  if (!story.source) {
    archived.source = hostOf(url)
    archived.sourceFrom = archived.source ? 'meta' : null
  }
  return archived
}

function describeSkipped(counts: Map<Skipped, number>, records: number): string {
  const names: Record<Skipped, string> = {
    request: 'requests',
    metadata: 'metadata records',
    'not-page': 'responses that are not HTML (images, styles, scripts)',
    'redirect-or-error': 'redirects or errors',
    'too-large': 'records over 32 MB',
    other: 'other records'
  }
  const parts = [...counts].map(([why, count]) => `${count} ${names[why]}`)
  return `the web archive holds ${records} ${records === 1 ? 'record' : 'records'} but no HTML page${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`
}

export async function* warcStories(bytes: AsyncIterable<Uint8Array>, skipped: PassedOverCounts = new Map()): AsyncGenerator<ParsedStory> {
  let records = 0
  let position = 0
  for await (const record of warcRecords(bytes, wantsBlock)) {
    records++
    const page = pageOf(record)
    if (typeof page === 'string') {
      skipped.set(page, (skipped.get(page) ?? 0) + 1)
      continue
    }
    const story = await parseHtmlStory(decodePage(page))
    if (story) yield withArchiveFacts(story, position++, record)
  }
  if (position === 0) throw new ParseProblem('no-stories', describeSkipped(skipped, records))
}
