/**
 * Chromium (156, and the Electron builds of it) writes a bookmark's title from the heading's text in visual order: a
 * right-to-left heading with a Latin name in it (وزير الخارجية يلتقي Martin Griffiths في جنيف) comes out with its runs
 * swapped, and every viewer then shows it garbled. Marsad knows what each heading says, so it puts the right titles
 * back: an incremental update (new versions of the outline's entries, a new cross-reference section pointing at them)
 * appended to the file, which leaves every byte Chromium wrote where it was.
 */
import { dictionaryObjects, reference } from './pdfObjects'

interface OutlineEntry {
  objectNumber: number
  body: string
}

const TITLE = /\/Title\s*(?:<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/
const TRAILER = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/

/** The outline's entries in reading order (each entry, then its children, then the next). */
function outlineEntries(text: string): OutlineEntry[] | null {
  const objects = dictionaryObjects(text)
  const root = [...objects.values()].find((body) => /\/Type\s*\/Outlines\b/.test(body))
  if (!root) return null
  const entries: OutlineEntry[] = []
  const seen = new Set<number>()
  const walk = (first: number | null): boolean => {
    for (let id = first; id !== null;) {
      const body = objects.get(id)
      if (body === undefined || seen.has(id) || !TITLE.test(body)) return false
      seen.add(id)
      entries.push({ objectNumber: id, body })
      if (!walk(reference(body, 'First'))) return false
      id = reference(body, 'Next')
    }
    return true
  }
  return walk(reference(root, 'First')) ? entries : null
}

/** A PDF text string in UTF-16BE with its byte-order mark, written as hex (no escaping needed). */
function pdfTextString(text: string): string {
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`
}

/**
 * Sets the bookmarks' titles to `titles` (in reading order). Returns the PDF unchanged when its outline does not have
 * exactly that many entries or its structure is not the plain one Chromium writes (no cross-reference streams).
 */
export function withBookmarkTitles(pdf: Buffer, titles: readonly string[]): Buffer {
  const text = pdf.toString('latin1')
  const trailer = TRAILER.exec(text)
  const entries = outlineEntries(text)
  if (!trailer || !entries || entries.length !== titles.length) return pdf

  const trailerBody = trailer[1]!
  const kept = ['Size', 'Root', 'Info', 'ID']
    .map((key) => new RegExp(`/${key}\\s*(\\d+\\s+0\\s+R|\\d+|\\[[^\\]]*\\])`).exec(trailerBody))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => match[0])
  let update = '\n'
  const offsets: [number, number][] = []
  entries.forEach((entry, index) => {
    offsets.push([entry.objectNumber, pdf.length + update.length])
    update += `${entry.objectNumber} 0 obj\n<<${entry.body.replace(TITLE, `/Title ${pdfTextString(titles[index]!)}`)}>>\nendobj\n`
  })
  const xrefOffset = pdf.length + update.length
  update += 'xref\n'
  for (const [objectNumber, offset] of offsets) update += `${objectNumber} 1\n${String(offset).padStart(10, '0')} 00000 n \n`
  update += `trailer\n<<${kept.join('\n')}\n/Prev ${trailer[2]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`
  // Titles are hex; the rest of the update is ASCII, so latin1 writes it byte for byte.
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')])
}
