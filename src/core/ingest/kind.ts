/** Which kind of dump a file is, from its content first and its extension second. */
import { isFeed } from './feeds/isFeed'
import { fieldForName } from './fields'
import { splitLines } from './lines'
import { detectDelimiter } from './parsers/csv'
import { ParseProblem } from './parsers/parser'
import { isKnownHeaderLine, isSeparatorLine } from './parsers/records'
import type { DumpKind } from './types'

/** The lowercase extension of the last name in a display path ('a.zip › x/b.JSON' → 'json'), or ''. */
export function extensionOf(displayPath: string): string {
  const name = displayPath.split(/[\\/›]/).pop() ?? ''
  const dot = name.lastIndexOf('.')
  return dot > 0
    ? name
        .slice(dot + 1)
        .trim()
        .toLowerCase()
    : ''
}

const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<article[\s>]|<!--)/i
const JSON_LINES_EXTENSIONS = new Set(['jsonl', 'ndjson', 'jsonlines'])

function isJsonObjectLine(line: string): boolean {
  const text = line.trim()
  if (!text.startsWith('{') || !text.endsWith('}')) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

/**
 * JSON Lines: the first line is a whole object and another object line follows. A single object,
 * even on one line, is read as JSON: it may be a wrapper ({"items": […]}) rather than a story.
 */
function looksLikeJsonLines(lines: string[]): boolean {
  const nonBlank = lines.filter((line) => line.trim() !== '')
  return nonBlank.length > 1 && isJsonObjectLine(nonBlank[0]!) && nonBlank[1]!.trim().startsWith('{')
}

/** A header row naming at least two story fields (title, body, date…). */
function looksLikeCsv(firstLine: string): boolean {
  const delimiter = detectDelimiter(firstLine, true)
  if (!delimiter) return false
  const names = firstLine.split(delimiter).map((name) => name.replace(/^["\ufeff]+|"+$/g, '').trim())
  return names.filter((name) => fieldForName(name) !== null).length >= 2
}

/** Records open with known `key: value` lines, or a separator line is followed by them. */
function looksLikeRecords(lines: string[]): boolean {
  const nonBlank = lines.filter((line) => line.trim() !== '')
  if (nonBlank.length >= 2 && isKnownHeaderLine(nonBlank[0]!) && isKnownHeaderLine(nonBlank[1]!)) return true
  for (let i = 0; i + 1 < nonBlank.length; i++) {
    if (isSeparatorLine(nonBlank[i]!) && isKnownHeaderLine(nonBlank[i + 1]!)) return true
  }
  return false
}

/**
 * The kind of a dump from a decoded sample of its beginning and its name. Content decides when it is
 * clear (a feed, HTML, JSON, JSON Lines, a CSV header, record headers); the extension settles the rest.
 * Throws ParseProblem when the extension promises JSON or CSV and the content is not.
 */
export function detectKind(sample: string, displayPath: string, isWholeFile: boolean): DumpKind {
  const extension = extensionOf(displayPath)
  const text = sample.replace(/^[\ufeff\s]+/, '')
  const allLines = splitLines(text)
  // Unless the sample is the whole file, its last line may be cut short.
  const lines = isWholeFile || allLines.length === 1 ? allLines : allLines.slice(0, -1)
  // Before HTML: a feed may open with a comment, and its name (.xml, .rss, .atom, .php) says little.
  if (isFeed(text)) return 'feed'
  if (HTML_START.test(text)) return 'html'
  if (text.startsWith('[') || text.startsWith('{')) {
    if (JSON_LINES_EXTENSIONS.has(extension)) return 'jsonl'
    // Concatenated objects that are not one per line also read right as 'json'.
    return looksLikeJsonLines(lines) ? 'jsonl' : 'json'
  }
  if (extension === 'json' || JSON_LINES_EXTENSIONS.has(extension)) {
    throw new ParseProblem('invalid-json', 'the file is not JSON (it does not start with [ or {).')
  }
  if (extension === 'csv' || extension === 'tsv') return 'csv'
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html'
  if (looksLikeCsv(lines[0] ?? '')) return 'csv'
  if (looksLikeRecords(lines)) return 'records'
  return 'page'
}
