/** Whether a text is an RSS or Atom feed, by its root element (whatever the file is called). */
import { SaxesParser, type SaxesTagPlain } from 'saxes'

const FEED_NAMESPACES = new Set([
  'http://www.w3.org/2005/Atom',
  'http://purl.org/atom/ns#',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/'
])

/** Thrown from the first start tag to stop reading there. */
class RootFound {
  constructor(readonly tag: SaxesTagPlain) {}
}

function rootElement(sample: string): SaxesTagPlain | null {
  const parser = new SaxesParser()
  // Whatever precedes the root (a declaration, comments, a doctype) may be sloppy; only the root matters here.
  parser.on('error', () => undefined)
  parser.on('opentag', (tag) => {
    throw new RootFound(tag)
  })
  try {
    parser.write(sample)
  } catch (found) {
    if (found instanceof RootFound) return found.tag
    throw found
  }
  return null
}

/**
 * RSS 0.9x/2.0 (`<rss>`), RSS 1.0 and 0.90 (`<rdf:RDF>` declaring the RSS namespace) and Atom (`<feed>` in
 * Atom's namespace), after any XML declaration, comments or stylesheet instruction.
 */
export function isFeed(sample: string): boolean {
  if (!sample.startsWith('<')) return false
  const root = rootElement(sample)
  if (!root) return false
  const local = root.name.slice(root.name.indexOf(':') + 1)
  if (local === 'rss') return true
  if (local !== 'RDF' && local !== 'feed') return false
  return Object.entries(root.attributes).some(([name, value]) => name.startsWith('xmlns') && FEED_NAMESPACES.has(value))
}
