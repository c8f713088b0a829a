/**
 * Reading PDFs back the way a reader's tools do, with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), and the
 * bookmarks through pdftohtml's XML. Tests that need them skip, saying so, when poppler or Chromium is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const hasPoppler = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm', 'pdftohtml'].every(
  (tool) => spawnSync(tool, ['-v']).error === undefined
)

/** Bidi controls (LRE…RLO, LRI…PDI) and marks that pdftotext wraps around right-to-left runs. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** The PDF's text in reading order, bidi controls removed, runs of spaces collapsed. */
export function pdfText(file: string, pages?: { first?: number; last?: number }): string {
  const range = [...(pages?.first ? ['-f', String(pages.first)] : []), ...(pages?.last ? ['-l', String(pages.last)] : [])]
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' })
    .replace(BIDI_CONTROLS, '')
    .replace(/[ \t]+/g, ' ')
}

/** pdfinfo's fields: `Pages`, `Title`, `Page size`… */
export function pdfInfo(file: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(
    output
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const at = line.indexOf(':')
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()]
      })
  )
}

/** Each font: its name (without the subset prefix) and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
    return { name: columns[0]!.replace(/^[A-Z]{6}\+/, ''), embedded: columns[columns.length - 5] === 'yes' }
  })
}

/** Renders the pages as PNGs into `dir` (a test artifact to look at); returns their paths. */
export function pdfPagesToPng(file: string, dir: string, prefix: string, resolution = 60): string[] {
  mkdirSync(dir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', String(resolution), file, join(dir, prefix)])
  const pages = Number(pdfInfo(file).Pages)
  const width = String(pages).length
  return Array.from({ length: pages }, (_, n) => join(dir, `${prefix}-${String(n + 1).padStart(width, '0')}.png`)).filter((path) =>
    existsSync(path)
  )
}

export interface OutlineEntry {
  title: string
  depth: number
  /** The page the bookmark opens, from 1. */
  page: number
}

function decodeXmlText(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The bookmarks (document outline) in order, with their depth (0 = top level) and page, as poppler reads them. */
export function pdfOutline(file: string): OutlineEntry[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8' })
  const outline = xml.slice(xml.indexOf('<outline>'))
  const entries: OutlineEntry[] = []
  let depth = -1
  for (const match of outline.matchAll(/<outline>|<\/outline>|<item(?: page="(\d+)")?[^>]*>([\s\S]*?)<\/item>/g)) {
    if (match[0] === '<outline>') depth++
    else if (match[0] === '</outline>') depth--
    else entries.push({ title: decodeXmlText(match[2]!), depth, page: Number(match[1]) })
  }
  return entries
}

/**
 * The page each entry of a right-to-left contents page gives, by the entry's text without spaces: pdftotext's layout
 * keeps a contents line on one row, with the page in its first (left-hand) column and the entry's number in its last.
 */
export function pdfContentsPages(file: string, page: number): Map<string, number> {
  const rows = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8'
  })
  const entries = new Map<string, number>()
  for (const row of rows.replace(BIDI_CONTROLS, '').split('\n')) {
    const match = /^\s*(\d+)\s{2,}(.+?)(?:\s{2,}[\d.]+)?\s*$/.exec(row)
    if (match) entries.set(match[2]!.replace(/\s+/g, ''), Number(match[1]))
  }
  return entries
}

/** Writes a file where test runs keep artifacts to look at (artifacts/, ignored by git; playwright empties test-results/). */
export function keepArtifact(name: string, data: Buffer): string {
  const dir = join(__dirname, '../../artifacts/briefing')
  mkdirSync(dir, { recursive: true })
  const file = join(dir, name)
  writeFileSync(file, data)
  return file
}
