/**
 * HTML article pages: the article, not the navigation. Mozilla Readability finds the article over a
 * linkedom DOM; metadata (title, site, dates, keywords) comes from the page's <meta> tags, JSON-LD and
 * <time>, which Readability does not keep.
 */
import { Readability } from '@mozilla/readability'
import { parseDateOnly, parseDumpDate } from '../dates'
import { splitKeywords } from '../fields'
import { splitLines } from '../lines'
import { isPageChrome } from './pageChrome'
import { applyDate, emptyDraft, finishStory, type StoryDraft } from '../story'
import type { ParsedStory } from '../types'
import { htmlNestingDepth, MAX_HTML_NESTING } from './htmlNesting'
import { ParseProblem } from './parser'

/** The few DOM members used here (the node type-check runs without the DOM library). */
interface DomNode {
  nodeType: number
  textContent: string | null
  childNodes: ArrayLike<DomNode>
}
interface DomElement extends DomNode {
  localName: string
  getAttribute(name: string): string | null
  removeAttribute(name: string): void
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
  remove(): void
}
interface DomDocument {
  title: string
  documentElement: DomElement
  body: DomElement | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'figure',
  'figcaption',
  'hr',
  'address',
  'time'
])
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'button', 'select', 'input', 'textarea'])
/** Never article text: removed before Readability looks, so that a short page does not keep its menu (forms: removeForms). */
const NEVER_ARTICLE = 'script, style, noscript, template, nav, iframe, svg, button, select, figure, figcaption'
/** Page chrome that Readability weighs itself; dropped too when it finds no article. */
const PAGE_CHROME = 'header, footer, aside'
const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|Report)$/

type ParseHtml = typeof import('linkedom').parseHTML
/** linkedom takes about a fifth of a second to load: only an import that meets an HTML page pays for it. */
let loadingParser: Promise<ParseHtml> | null = null
const htmlParser = (): Promise<ParseHtml> => (loadingParser ??= import('linkedom').then((linkedom) => linkedom.parseHTML))

function parseDocument(parseHtml: ParseHtml, html: string): DomDocument {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`
  return (parseHtml(wrapped) as unknown as { document: DomDocument }).document
}

/** Text of a DOM subtree as lines: one per block. */
function linesOf(root: DomNode): string[] {
  const lines: string[] = []
  let current = ''
  const flush = (): void => {
    // Source-code line breaks and indentation are layout; spaces typed inside a sentence stay as written.
    const text = current.replace(/[ \t]*[\r\n\t]\s*/g, ' ').trim()
    if (text) lines.push(text)
    current = ''
  }
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? ''
      return
    }
    if (node.nodeType !== ELEMENT_NODE) return
    const name = (node as DomElement).localName
    if (INVISIBLE.has(name)) return
    if (name === 'br') return flush()
    const block = BLOCKS.has(name)
    if (block) flush()
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!)
    if (block) flush()
  }
  walk(root)
  flush()
  return lines
}

function metaContent(document: DomDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`) ??
      document.querySelector(`meta[itemprop="${name}"]`)
    const content = element?.getAttribute('content')?.trim()
    if (content) return content
  }
  return null
}

type JsonLd = Record<string, unknown>

/** The page's schema.org article object, if it has one. */
function jsonLdArticle(document: DomDocument): JsonLd | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '')
    } catch {
      continue
    }
    const candidates: unknown[] = Array.isArray(data) ? data : [data, ...(((data as JsonLd | null)?.['@graph'] as unknown[]) ?? [])]
    for (const candidate of candidates) {
      const item = candidate as JsonLd | null
      const type = item?.['@type']
      if (item && [type].flat().some((t) => typeof t === 'string' && NEWS_TYPES.test(t)) && item['headline']) return item
    }
  }
  return null
}

function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (Array.isArray(value)) return ldText(value[0])
  if (value && typeof value === 'object') return ldText((value as JsonLd)['name'])
  return null
}

/** Metadata the page declares, read before Readability rewrites the document. */
function readMetadata(document: DomDocument, draft: StoryDraft): void {
  const ld = jsonLdArticle(document)
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1')
  const siteName = metaContent(document, 'og:site_name', 'application-name') ?? ldText(ld?.['publisher'])
  draft.title =
    metaContent(document, 'og:title', 'twitter:title') ??
    ldText(ld?.['headline']) ??
    h1?.textContent?.replace(/\s+/g, ' ').trim() ??
    titleWithoutSite(document.title, siteName)
  if (siteName) {
    draft.source = siteName
    draft.sourceFrom = 'meta'
  }
  const time = document.querySelector('article time') ?? document.querySelector('time')
  const timeText = time?.textContent?.trim() ?? ''
  const dated = [
    timeText,
    time?.getAttribute('datetime') ?? '',
    metaContent(document, 'article:published_time', 'datePublished', 'pubdate', 'publish-date', 'date', 'dc.date') ?? '',
    ldText(ld?.['datePublished']) ?? ''
  ]
  const asWritten = dated.find((text) => parseDumpDate(text)?.date) ?? dated.find((text) => text.trim() !== '')
  if (asWritten) applyDate(draft, 'date', parseDumpDate(asWritten), asWritten)
  const modified = metaContent(document, 'article:modified_time', 'og:updated_time', 'dateModified') ?? ldText(ld?.['dateModified'])
  if (modified) applyDate(draft, 'updated', parseDumpDate(modified), modified)
  const tags = document.querySelectorAll('meta[property="article:tag"]')
  const tagList = Array.from({ length: tags.length }, (_, i) => tags[i]!.getAttribute('content')?.trim() ?? '').filter(Boolean)
  const keywordText = metaContent(document, 'news_keywords', 'keywords') ?? ldText(ld?.['keywords'])
  draft.keywords = tagList.length > 0 ? tagList : keywordText ? splitKeywords(keywordText) : []
  draft.author = metaContent(document, 'author', 'article:author') ?? ldText(ld?.['author'])
  draft.category = metaContent(document, 'article:section') ?? ldText(ld?.['articleSection'])
  draft.url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, 'og:url')
}

function titleWithoutSite(title: string, siteName: string | null): string | null {
  const trimmed = title.replace(/\s+/g, ' ').trim()
  if (!trimmed) return null
  if (siteName) {
    for (const separator of [' | ', ' - ', ' – ', ' — ']) {
      if (trimmed.endsWith(separator + siteName)) return trimmed.slice(0, -(separator + siteName).length)
    }
  }
  return trimmed
}

function removeAll(document: DomDocument, selector: string): void {
  const found = document.querySelectorAll(selector)
  for (let i = found.length - 1; i >= 0; i--) found[i]!.remove()
}

/** Paragraphs from which a form is the page itself rather than a search box, a newsletter or a comment form. */
const PARAGRAPHS_OF_A_PAGE_FORM = 3

/**
 * Forms go with the page chrome, except one that wraps the page: ASP.NET sites put the whole page in one
 * <form>, and removing it left such a page (Al Jazeera's of 2019) without an article.
 */
function removeForms(document: DomDocument): void {
  const forms = document.querySelectorAll('form')
  for (let i = forms.length - 1; i >= 0; i--) {
    const form = forms[i]!
    if (!form.querySelector('article') && form.querySelectorAll('p').length < PARAGRAPHS_OF_A_PAGE_FORM) form.remove()
  }
}

/** What is never article text (see NEVER_ARTICLE), forms that are not the page included. */
function removeNonArticle(document: DomDocument): void {
  removeAll(document, NEVER_ARTICLE)
  removeForms(document)
}

/** The article's text: Readability's pick, or (when it finds nothing) the page without its navigation. */
function articleLines(document: DomDocument, parseHtml: ParseHtml): string[] {
  removeNonArticle(document)
  // Readability judges <html> by its class and id as it judges a <div>: a page whose root is
  // <html class="header-spacing"> lost its whole document as an "unlikely candidate".
  document.documentElement.removeAttribute('class')
  document.documentElement.removeAttribute('id')
  type ReadabilityDocument = ConstructorParameters<typeof Readability>[0]
  const article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse()
  if (article?.content) {
    const content = parseDocument(parseHtml, article.content)
    return linesOf(content.body ?? content.documentElement)
  }
  removeAll(document, PAGE_CHROME)
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement
  return linesOf(root)
}

/** Lines at the top that repeat the title or are only the date, which the story holds apart. */
function withoutRepeatedHeading(lines: string[], draft: StoryDraft): string[] {
  // The title is read with its spaces collapsed; the heading in the text keeps a double space typed in it.
  const collapsed = (text: string | null): string | undefined => text?.replace(/\s+/g, ' ')
  let start = 0
  while (start < Math.min(lines.length, 3)) {
    const line = lines[start]!
    if (collapsed(line) === collapsed(draft.title) || line === draft.dateText || parseDateOnly(line)) start++
    else break
  }
  return lines.slice(start)
}

/**
 * Text of an HTML fragment (a feed item's content), one line per block, read the way an article's text is
 * read from a page, so that a feed's story and the same story's page come out alike.
 */
export async function htmlFragmentLines(html: string): Promise<string[]> {
  const parseHtml = await htmlParser()
  const document = parseDocument(parseHtml, html)
  removeNonArticle(document)
  return linesOf(document.body ?? document.documentElement).flatMap(splitLines)
}

export async function parseHtmlStory(html: string): Promise<ParsedStory | null> {
  if (htmlNestingDepth(html) > MAX_HTML_NESTING) {
    throw new ParseProblem(
      'too-deep',
      `the page nests its elements more than ${MAX_HTML_NESTING} deep, which no article page does; open it in a browser and save it as text (.txt) to import it.`
    )
  }
  const parseHtml = await htmlParser()
  const document = parseDocument(parseHtml, html)
  const draft = emptyDraft()
  readMetadata(document, draft)
  // Read before Readability, which rewrites the document.
  const lang = document.documentElement.getAttribute('lang')
  if (lang) draft.extra['lang'] = lang
  const lines = articleLines(document, parseHtml)
    .flatMap(splitLines)
    .filter((line) => !isPageChrome(line))
  draft.bodyLines = withoutRepeatedHeading(lines, draft)
  return finishStory(0, draft)
}
