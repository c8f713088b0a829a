/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom, read as a stream of XML events (saxes): each item or entry comes out
 * as soon as it closes, as the fields it was written with, so a feed of any length holds one item in memory.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes'

const ATOM = new Set(['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'])
/** RSS 2.0 and 0.9x have no namespace; RSS 1.0 and 0.90 put their elements in one. */
const RSS = new Set(['', 'http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'])
/** Module namespaces by the prefix this reader files their elements under, whatever prefix a feed declares. */
const MODULE_PREFIXES = new Map([
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dc']
])

/** One field of an item as written: its text (markup kept for Atom XHTML content), attributes and child elements' texts. */
export interface FeedField {
  text: string
  attributes: Record<string, string>
  /** Texts of child elements by local name, the first of each: an Atom person's `name`, an Atom source's `title`. */
  children: Record<string, string>
}

export interface FeedItem {
  /** Fields by name ('title', 'pubDate', 'content:encoded', 'dc:creator'…), in the order written. */
  fields: Array<[string, FeedField]>
  /** The channel's or feed's title and publisher as read so far (feeds give them before their items). */
  feedTitle: string | null
  feedPublisher: string | null
}

/** The name a field is filed under: the element's local name, with a module prefix such as 'dc:' or 'content:'. */
function fieldName(tag: SaxesTagNS): string {
  if (ATOM.has(tag.uri) || RSS.has(tag.uri)) return tag.local
  const prefix = MODULE_PREFIXES.get(tag.uri) ?? tag.prefix
  return prefix ? `${prefix}:${tag.local}` : tag.local
}

function isItem(tag: SaxesTagNS): boolean {
  return (tag.local === 'item' && RSS.has(tag.uri)) || (tag.local === 'entry' && ATOM.has(tag.uri))
}

function isFeedRoot(tag: SaxesTagNS): boolean {
  return (tag.local === 'channel' && RSS.has(tag.uri)) || (tag.local === 'feed' && ATOM.has(tag.uri))
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const attribute of Object.values(tag.attributes)) attributes[attribute.local || attribute.name] = attribute.value
  return attributes
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A field being read: the element's depth, and for Atom `type="xhtml"` content, its markup rewritten as HTML. */
interface OpenField {
  name: string
  field: FeedField
  depth: number
  keepsMarkup: boolean
  /** The child element being read, for `children`. */
  child: { name: string; text: string } | null
}

/**
 * HTML's named characters that feeds write in XML without declaring them (XML knows only five): read as the
 * characters they name rather than failing the feed.
 */
const HTML_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  rlm: '\u200f',
  lrm: '\u200e',
  zwnj: '\u200c',
  zwj: '\u200d',
  copy: '©',
  reg: '®',
  middot: '·',
  bull: '•'
}

/**
 * Slips that leave the feed's structure whole: an HTML entity XML does not know (its text stays `&name;`, which
 * the HTML reading of a body decodes) and a namespace prefix used without being declared (filed under that prefix).
 */
const TOLERATED_ERRORS = /undefined entity|unbound namespace prefix/

export class FeedItemReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true })
  private readonly ready: FeedItem[] = []
  private depth = 0
  private feedDepth = -1
  private feedTitle: string | null = null
  private feedPublisher: string | null = null
  /** The item being read and its depth, or null between items. */
  private item: { fields: Array<[string, FeedField]>; depth: number } | null = null
  private open: OpenField | null = null
  /** Text of the channel's own title or publisher element while it is read. */
  private feedText: { name: 'title' | 'publisher'; text: string } | null = null
  /** The first well-formedness error, with its line: reported after the items read. */
  error: string | null = null

  constructor() {
    Object.assign(this.parser.ENTITIES, HTML_ENTITIES)
    this.parser.on('error', (error) => {
      if (!TOLERATED_ERRORS.test(error.message)) this.error ??= error.message
    })
    this.parser.on('opentag', (tag) => this.openTag(tag as SaxesTagNS))
    this.parser.on('closetag', (tag) => this.closeTag(tag as SaxesTagNS))
    this.parser.on('text', (text) => this.addText(text))
    this.parser.on('cdata', (text) => this.addText(text))
  }

  write(text: string): void {
    this.parser.write(text)
  }

  close(): void {
    this.parser.close()
  }

  take(): FeedItem[] {
    return this.ready.splice(0)
  }

  private openTag(tag: SaxesTagNS): void {
    this.depth++
    if (this.open) {
      if (this.open.keepsMarkup) {
        const attributes = Object.values(tag.attributes)
          .map((a) => ` ${a.local}="${escapeAttribute(a.value)}"`)
          .join('')
        this.open.field.text += `<${tag.local}${attributes}>`
      } else if (this.depth === this.open.depth + 1) {
        this.open.child = { name: tag.local, text: '' }
      }
      return
    }
    if (this.item) {
      if (this.depth !== this.item.depth + 1) return
      const attributes = attributesOf(tag)
      this.open = {
        name: fieldName(tag),
        field: { text: '', attributes, children: {} },
        depth: this.depth,
        keepsMarkup: attributes['type'] === 'xhtml',
        child: null
      }
      return
    }
    if (isItem(tag)) {
      this.item = { fields: [], depth: this.depth }
    } else if (isFeedRoot(tag)) {
      this.feedDepth = this.depth
    } else if (this.depth === this.feedDepth + 1) {
      const name = fieldName(tag)
      if (name === 'title' && this.feedTitle === null) this.feedText = { name: 'title', text: '' }
      if (name === 'dc:publisher' && this.feedPublisher === null) this.feedText = { name: 'publisher', text: '' }
    }
  }

  private closeTag(tag: SaxesTagNS): void {
    const depth = this.depth--
    const open = this.open
    if (open) {
      if (depth === open.depth) {
        this.item!.fields.push([open.name, open.field])
        this.open = null
      } else if (open.keepsMarkup) {
        open.field.text += `</${tag.local}>`
      } else if (open.child && depth === open.depth + 1) {
        open.field.children[open.child.name] ??= open.child.text.trim()
        open.child = null
      }
      return
    }
    if (this.item && depth === this.item.depth) {
      this.ready.push({ fields: this.item.fields, feedTitle: this.feedTitle, feedPublisher: this.feedPublisher })
      this.item = null
    } else if (this.feedText && depth === this.feedDepth + 1) {
      const text = this.feedText.text.replace(/\s+/g, ' ').trim() || null
      if (this.feedText.name === 'title') this.feedTitle = text
      else this.feedPublisher = text
      this.feedText = null
    }
  }

  private addText(text: string): void {
    if (this.open) {
      this.open.field.text += this.open.keepsMarkup ? escapeText(text) : text
      if (this.open.child) this.open.child.text += text
    } else if (this.feedText) {
      this.feedText.text += text
    }
  }
}
