/**
 * Stories written in the formats news arrives in (issue 20), for bench:formats: RSS 2.0, RSS 1.0, Atom, a
 * Meltwater-style and a Brandwatch-style export, and pages in a web archive. Each writer gives the file's text
 * in pieces (head, one piece per story, tail), so that files of any size stream to disk.
 */
import type { StoryFields } from '../src/core/library'
import { pageResponse, warcRecord, type HttpOptions } from '../test/fixtures/dumps/warcWriter'

export type BenchStory = Partial<StoryFields> & { body: string }

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const paragraphsHtml = (body: string): string =>
  body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeXml(line)}</p>`)
    .join('')
const firstSentence = (body: string): string => /^[^.!؟?\n]*[.!؟?]?/.exec(body)?.[0] ?? ''
/** The invented domain of an outlet, as a Brandwatch-style export names sources. */
export const outletHost = (source: string | null | undefined): string =>
  `${encodeURIComponent(source ?? 'outlet')
    .replace(/%/g, '')
    .toLowerCase()
    .slice(0, 40)}.example`

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** 'YYYY-MM-DD' as RFC 822, with a numeric zone as feeds write it. */
const rfc822 = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(year, month - 1, date)).getUTCDay()]
  return `${weekday}, ${String(date).padStart(2, '0')} ${MONTHS[month - 1]} ${year} 16:39:43 +0300`
}

export interface FormatWriter {
  /** File extension (the content decides the kind; the name is as an analyst would find it). */
  extension: string
  head: string
  item(story: BenchStory, index: number): string | Buffer
  tail: string
}

const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`

/**
 * Pages in a web archive, by default gzipped and chunked as a server sends them to a crawler that asks for it;
 * `chrome` (scripts, styles, menus) gives them a real page's weight.
 */
export function warcWriter(chrome = '', served: HttpOptions = { gzip: true, chunked: true }): FormatWriter {
  return {
    extension: 'warc',
    head: '',
    item: (story) => {
      const page =
        `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>${escapeXml(story.title ?? '')} | ${escapeXml(story.source ?? '')}</title>` +
        `<meta property="og:site_name" content="${escapeXml(story.source ?? '')}"><meta property="article:published_time" content="${story.date}T16:39:43+03:00">` +
        `</head><body>${chrome}<nav><a href="/">الرئيسية</a> <a href="/world">العالم</a> <a href="/sport">رياضة</a></nav>` +
        `<article><h1>${escapeXml(story.title ?? '')}</h1>${paragraphsHtml(story.body)}</article><footer>جميع الحقوق محفوظة</footer></body></html>`
      return warcRecord(pageResponse(story.url!, page, { ...served, headers: { 'Content-Type': 'text/html; charset=utf-8' } }))
    },
    tail: ''
  }
}

export const FORMATS: Record<'rss' | 'rdf' | 'atom' | 'meltwater' | 'brandwatch' | 'warc', FormatWriter> = {
  rss: {
    extension: 'xml',
    head: '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel><title>خلاصة مجمعة</title>\n',
    item: (story) =>
      `<item><title>${escapeXml(story.title ?? '')}</title><link>${story.url}</link><pubDate>${rfc822(story.date!)}</pubDate>` +
      `<source url="https://${outletHost(story.source)}/rss">${escapeXml(story.source ?? '')}</source>` +
      `<description>${escapeXml(firstSentence(story.body))}</description>` +
      `<content:encoded><![CDATA[${paragraphsHtml(story.body)}]]></content:encoded></item>\n`,
    tail: '</channel></rss>\n'
  },
  rdf: {
    extension: 'rdf',
    head:
      '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
      '<channel rdf:about="https://feed.example/"><title>خلاصة مجمعة</title></channel>\n',
    item: (story) =>
      `<item rdf:about="${story.url}"><title>${escapeXml(story.title ?? '')}</title><link>${story.url}</link>` +
      `<dc:date>${story.date}T16:39:43+03:00</dc:date><dc:publisher>${escapeXml(story.source ?? '')}</dc:publisher>` +
      `<description>${escapeXml(paragraphsHtml(story.body))}</description></item>\n`,
    tail: '</rdf:RDF>\n'
  },
  atom: {
    extension: 'atom',
    head: '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>خلاصة مجمعة</title>\n',
    item: (story) =>
      `<entry><title>${escapeXml(story.title ?? '')}</title><link rel="alternate" href="${story.url}"/><id>${story.url}</id>` +
      `<published>${story.date}T16:39:43+03:00</published><source><title>${escapeXml(story.source ?? '')}</title></source>` +
      `<author><name>${escapeXml(story.source ?? '')}</name></author>` +
      `<content type="html">${escapeXml(paragraphsHtml(story.body))}</content></entry>\n`,
    tail: '</feed>\n'
  },
  meltwater: {
    extension: 'csv',
    head: 'Date,Time,Headline,URL,Opening Text,Hit Sentence,Source,Reach\n',
    item: (story) => {
      const [year, month, day] = story.date!.split('-')
      return (
        [
          `${day}-${MONTHS[Number(month) - 1]}-${year}`,
          '04:39PM',
          csvField(story.title ?? ''),
          story.url,
          csvField(story.body),
          csvField(firstSentence(story.body)),
          csvField(story.source ?? ''),
          '1000'
        ].join(',') + '\n'
      )
    },
    tail: ''
  },
  brandwatch: {
    extension: 'csv',
    head: 'Query Id,Date,Title,Url,Domain,Sentiment,Full Text,Snippet\n',
    item: (story) =>
      [
        '7',
        `${story.date} 16:39:43.0`,
        csvField(story.title ?? ''),
        story.url,
        outletHost(story.source),
        'neutral',
        csvField(story.body),
        csvField(firstSentence(story.body))
      ].join(',') + '\n',
    tail: ''
  },
  warc: warcWriter()
}
