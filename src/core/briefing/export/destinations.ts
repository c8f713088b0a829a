import { dictionaryObjects, reference } from './pdfObjects'

/** `/name [P 0 R …`: a named destination and the page object it opens. */
const DESTINATION = /\/([^\s/[\]<>(){}%]+)\s*\[\s*(\d+)\s+0\s+R/g

/** The page objects in reading order: the page tree walked from its root, each `/Kids` array in turn. */
function pageOrder(objects: ReadonlyMap<number, string>, root: number): number[] {
  const pages: number[] = []
  const seen = new Set<number>()
  const walk = (id: number): void => {
    const body = objects.get(id)
    if (body === undefined || seen.has(id)) return
    seen.add(id)
    if (!/\/Type\s*\/Pages\b/.test(body)) {
      pages.push(id)
      return
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? ''
    for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]))
  }
  walk(root)
  return pages
}

/**
 * The page (counted from 1) that each named destination of a PDF printed by Chromium opens. Chromium names a
 * destination after the id of every element a link of the document points at: in a briefing, the contents' links
 * to the introduction, the sections and the items. Empty when the PDF has no such destinations.
 */
export function destinationPages(pdf: Buffer): Map<string, number> {
  const objects = dictionaryObjects(pdf.toString('latin1'))
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body))
  const pagesRoot = catalog ? reference(catalog, 'Pages') : null
  const destinations = catalog ? reference(catalog, 'Dests') : null
  if (pagesRoot === null || destinations === null) return new Map()
  const pageNumbers = new Map(pageOrder(objects, pagesRoot).map((id, index) => [id, index + 1]))
  const pages = new Map<string, number>()
  for (const [, name, page] of (objects.get(destinations) ?? '').matchAll(DESTINATION)) {
    const number = pageNumbers.get(Number(page))
    if (number !== undefined) pages.set(name!, number)
  }
  return pages
}
