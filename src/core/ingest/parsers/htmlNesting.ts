/**
 * How deep a page nests its elements, read from its text before any DOM is built. Extracting an article costs
 * time that grows with the square of the nesting (Readability walks each node's ancestors; linkedom's parser
 * slows the same way past some ten thousand levels): 400 nested elements took 1.4 s, 2,000 took 51 s. Article
 * pages nest a few dozen deep, so a page nested past the bound is refused before it is parsed.
 */
export const MAX_HTML_NESTING = 200

/** Elements that the parser closes by itself (an unclosed <p> or <li> never nests) or that have no content. */
const NOT_NESTING = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
])
/** Comments and raw-text elements, whose '<div>' is text, not markup. */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g

/**
 * The deepest nesting of elements that stay open until closed, as the tags open and close them; stops counting
 * once past `bound`. A close tag with nothing of its name open is ignored, as the parser ignores it.
 */
export function htmlNestingDepth(html: string, bound = MAX_HTML_NESTING): number {
  const open: string[] = []
  let deepest = 0
  for (const [, closing, rawName, selfClosing] of html.replace(NOT_MARKUP, '').matchAll(TAG)) {
    const name = rawName!.toLowerCase()
    if (NOT_NESTING.has(name) || selfClosing) continue
    if (!closing) {
      open.push(name)
      deepest = Math.max(deepest, open.length)
      if (deepest > bound) return deepest
    } else {
      const at = open.lastIndexOf(name)
      if (at >= 0) open.length = at
    }
  }
  return deepest
}
