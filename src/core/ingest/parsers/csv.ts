/** CSV and TSV: a header row, then one story per row; quoted fields may span lines and double their quotes. */
import { storiesRead } from '../errors'
import type { ColumnMapping } from '../../../shared/contract/imports'
import { mappingFor, withMapping, type ColumnChoices } from '../columns'
import { fieldForName } from '../fields'
import { MAX_LINE_CHARS, OversizeError } from '../lines'
import { draftFromRecord, finishStory } from '../story'
import type { ParsedStory } from '../types'
import { NumericDateOrderResolver } from './dateOrder'
import { ParseProblem, type StoryParser } from './parser'

const DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiter = (typeof DELIMITERS)[number]

/** Counts a character outside quoted parts of a line. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0
  let quoted = false
  for (const c of line) {
    if (c === '"') quoted = !quoted
    else if (c === char && !quoted) count++
  }
  return count
}

/** The delimiter of a header row: the one it uses most (tab first for .tsv); null when it has a single column. */
export function detectDelimiter(headerLine: string, preferTab: boolean): CsvDelimiter | null {
  if (preferTab && countOutsideQuotes(headerLine, '\t') > 0) return '\t'
  let best: CsvDelimiter | null = null
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, delimiter)
    if (count > bestCount) {
      best = delimiter
      bestCount = count
    }
  }
  return best
}

export class CsvParser implements StoryParser {
  readonly input = 'lines'
  private readonly ready: ParsedStory[] = []
  private header: string[] | null = null
  private fields: string[] = []
  private field = ''
  private inQuotes = false
  private lineNumber = 0
  private rowStartLine = 1
  private nextPosition = 0
  private readonly dateOrder = new NumericDateOrderResolver()
  problem: ParseProblem | null = null

  /** The columns the analyst named for this header, once it is read. */
  private mapping: ColumnMapping | null = null

  constructor(
    private readonly delimiter: CsvDelimiter,
    private readonly columns?: ColumnChoices
  ) {}

  push(lines: readonly string[]): void {
    for (const line of lines) {
      this.lineNumber++
      if (!this.inQuotes && this.fields.length === 0) this.rowStartLine = this.lineNumber
      this.readLine(line)
    }
  }

  private readLine(line: string): void {
    let at = 0
    for (;;) {
      if (this.inQuotes) {
        const quote = line.indexOf('"', at)
        if (quote === -1) {
          // The quoted field goes on to the next line.
          this.field += line.slice(at) + '\n'
          if (this.field.length > MAX_LINE_CHARS) throw new OversizeError('record', this.nextPosition + 1)
          return
        }
        this.field += line.slice(at, quote)
        if (line.charCodeAt(quote + 1) === 0x22) {
          this.field += '"'
          at = quote + 2
        } else {
          this.inQuotes = false
          at = quote + 1
        }
        continue
      }
      if (this.field === '' && line[at] === '"') {
        this.inQuotes = true
        at++
        continue
      }
      const next = line.indexOf(this.delimiter, at)
      if (next === -1) {
        this.field += line.slice(at)
        this.fields.push(this.field)
        this.field = ''
        this.endRow()
        return
      }
      this.field += line.slice(at, next)
      this.fields.push(this.field)
      this.field = ''
      at = next + 1
    }
  }

  private endRow(): void {
    const fields = this.fields
    this.fields = []
    if (!this.header) {
      this.header = fields.map((name, i) => (i === 0 ? name.replace(/^\ufeff/, '') : name).trim())
      this.mapping = mappingFor(this.columns, this.header)
      return
    }
    if (fields.every((value) => value.trim() === '')) return
    const record: Record<string, string> = {}
    fields.forEach((value, i) => {
      record[this.header![i] || `column ${i + 1}`] = value
    })
    const story = finishStory(this.nextPosition, draftFromRecord(this.mapping ? withMapping(record, this.mapping) : record))
    if (story) {
      this.ready.push(...this.dateOrder.add(story))
      this.nextPosition++
    }
  }

  finish(): void {
    this.ready.push(...this.dateOrder.finish())
    if (this.inQuotes) {
      this.problem = new ParseProblem(
        'invalid-csv',
        `a quoted field that opens on line ${this.rowStartLine} is never closed, so the rest of the file could not be read; ${storiesRead(this.nextPosition)} before it.`
      )
      return
    }
    if (!this.header) throw new ParseProblem('invalid-csv', 'the file has no header row.')
    if (this.nextPosition === 0) this.explainUnknownHeader(this.header)
  }

  /**
   * A file whose rows gave no story because none of its columns is known as a title or a text: the message names
   * its columns, so the analyst can rename two of them (docs/dumps.md lists the names read).
   */
  private explainUnknownHeader(header: string[]): void {
    const fields = header.map(fieldForName)
    if (fields.includes('title') || fields.includes('body') || this.mapping?.title || this.mapping?.body) return
    const names = header
      .filter(Boolean)
      .map((name) => `"${name}"`)
      .join(', ')
    throw new ParseProblem(
      'no-stories',
      `no column of the header (${names}) is one Marsad reads as a title or a text; ` +
        'say which column is which in the import summary (or with marsad import --columns title=…,body=…), or name the title column ' +
        '"Title" or "العنوان" and the text column "Body" or "النص" (docs/dumps.md lists the names read), then import it again.',
      header.filter(Boolean)
    )
  }

  take(): ParsedStory[] {
    return this.ready.splice(0)
  }
}
