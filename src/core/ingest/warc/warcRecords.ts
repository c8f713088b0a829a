/**
 * WARC 1.0 and 1.1 (ISO 28500) records, one at a time: the version line, named fields up to a blank line, then
 * Content-Length bytes of block. Blocks the caller does not ask for are passed over without being kept.
 */
import { ParseProblem } from '../parsers/parser'
import { ByteReader, LineTooLong } from './byteReader'

/** Far above any real header line; a line longer than this is not WARC. */
const MAX_HEADER_LINE = 64 * 1024
const VERSION_LINE = /^WARC\/1\.[01]$/

export interface WarcRecord {
  /** WARC-Type: 'response', 'request', 'metadata', 'resource', 'revisit', 'warcinfo'… */
  type: string
  /** Field names in lower case. */
  fields: Map<string, string>
  /** The record's block when the caller asked for it, else null. */
  block: Buffer | null
  /** The block's declared length. */
  length: number
}

/** Whether to keep a record's block: decided from its fields, before the block is read. */
export type WantsBlock = (fields: Map<string, string>, length: number) => boolean

const damaged = (detail: string): ParseProblem => new ParseProblem('invalid-warc', `the web archive is damaged: ${detail}`)

async function readFields(reader: ByteReader): Promise<Map<string, string> | null> {
  let start = reader.offset
  let line = await reader.readLine(MAX_HEADER_LINE)
  // Records are followed by two CR LF; tolerate more or fewer between them.
  while (line !== null && line.length === 0) {
    start = reader.offset
    line = await reader.readLine(MAX_HEADER_LINE)
  }
  if (line === null) return null
  const version = line.toString('latin1').trim()
  if (!VERSION_LINE.test(version))
    throw damaged(`at byte ${start} a record should start with "WARC/1.0" or "WARC/1.1", not "${version.slice(0, 40)}".`)
  const fields = new Map<string, string>()
  let last = ''
  for (let field = await reader.readLine(MAX_HEADER_LINE); ; field = await reader.readLine(MAX_HEADER_LINE)) {
    if (field === null) throw damaged("the file ends inside a record's header.")
    if (field.length === 0) return fields
    const text = field.toString('utf8')
    if (/^[ \t]/.test(text) && last) {
      fields.set(last, `${fields.get(last)} ${text.trim()}`) // a folded continuation line
      continue
    }
    const colon = text.indexOf(':')
    if (colon <= 0) throw damaged(`the header line "${text.slice(0, 40)}" is not "Name: value".`)
    last = text.slice(0, colon).trim().toLowerCase()
    fields.set(last, text.slice(colon + 1).trim())
  }
}

export async function* warcRecords(chunks: AsyncIterable<Uint8Array>, wantsBlock: WantsBlock): AsyncGenerator<WarcRecord> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]())
  for (;;) {
    let fields: Map<string, string> | null
    try {
      fields = await readFields(reader)
    } catch (error) {
      if (error instanceof LineTooLong) throw damaged(`${error.message}, so it is not a web archive record.`)
      throw error
    }
    if (!fields) return
    const length = Number(fields.get('content-length'))
    if (!Number.isSafeInteger(length) || length < 0) throw damaged(`a record at byte ${reader.offset} has no valid Content-Length.`)
    const type = (fields.get('warc-type') ?? '').toLowerCase()
    let block: Buffer | null = null
    let read: number
    if (wantsBlock(fields, length)) {
      block = await reader.read(length)
      read = block.length
    } else {
      read = await reader.skip(length)
    }
    if (read < length) throw damaged(`the last record (${type || 'of no type'}) is cut short: ${read} of its ${length} bytes are there.`)
    yield { type, fields, block, length }
  }
}
