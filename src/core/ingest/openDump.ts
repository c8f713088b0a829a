/** Opening one entry: sniff what it is, then stream its stories. Every failure is a DumpError naming the file. */
import type { ColumnChoices } from './columns'
import { createChunkDecoder, decodeWhole } from './decode'
import { DumpError, fileSystemError } from './errors'
import { feedStories } from './feeds/feedStories'
import { detectKind, extensionOf } from './kind'
import { LineSplitter, MAX_STORY_CHARS, OversizeError, splitLines } from './lines'
import { CsvParser, detectDelimiter } from './parsers/csv'
import { parseHtmlStory } from './parsers/html'
import { JsonArrayParser, JsonLinesParser } from './parsers/json'
import { PageTextParser } from './parsers/page'
import { ParseProblem, type StoryParser } from './parsers/parser'
import { RecordsParser } from './parsers/records'
import { describeBinary, detectEncoding, looksLikeZip, SNIFF_BYTES } from './sniff'
import type { DumpEncoding, DumpEntry, DumpKind, OpenedDump, ParsedStory } from './types'
import { archiveBytes, warcCompression, type WarcCompression } from './warc/warcBytes'
import { warcStories, type PassedOverCounts } from './warc/warcStories'

/** A saved article page is small; past this it is not one. */
const MAX_HTML_CHARS = 32 * 1024 * 1024

/** The entry's bytes as an iterator that can be closed early, with read errors turned into DumpErrors. */
class ByteSource {
  private readonly stream: NodeJS.ReadableStream | AsyncIterable<Buffer>
  private readonly iterator: AsyncIterator<Buffer | string>

  constructor(private readonly entry: DumpEntry) {
    this.stream = entry.stream()
    this.iterator = (this.stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
  }

  async next(): Promise<Uint8Array | null> {
    try {
      const { value, done } = await this.iterator.next()
      if (done) return null
      return typeof value === 'string' ? Buffer.from(value) : value
    } catch (error) {
      this.close()
      throw fileSystemError(this.entry.displayPath, error, 'file')
    }
  }

  close(): void {
    if ('destroy' in this.stream && typeof this.stream.destroy === 'function') this.stream.destroy()
    // Closing early: a failure to close has nothing left to report to.
    else this.iterator.return?.().catch(() => undefined)
  }
}

/** Turns whatever a parser threw into the one error type callers see. */
function asDumpError(error: unknown, displayPath: string): DumpError {
  if (error instanceof DumpError) return error
  if (error instanceof ParseProblem) return new DumpError(error.code, displayPath, error.detail, error.columns)
  if (error instanceof OversizeError) {
    if (error.unit === 'story') {
      return new DumpError(
        'too-large',
        displayPath,
        `story ${error.index} runs past ${MAX_STORY_CHARS / 1024 / 1024} MB of text, so the file has no recognisable story boundaries; split it or save it as records or JSON Lines.`
      )
    }
    const why =
      error.unit === 'line'
        ? 'the file is probably not text or has no line breaks'
        : 'a news record is far smaller, so the file is probably damaged'
    return new DumpError('line-too-long', displayPath, `${error.message}; ${why}, and it was not imported.`)
  }
  return fileSystemError(displayPath, error, 'file')
}

function createParser(
  kind: Exclude<DumpKind, 'html' | 'feed' | 'warc'>,
  sample: string,
  displayPath: string,
  columns?: ColumnChoices
): StoryParser {
  switch (kind) {
    case 'page':
      return new PageTextParser()
    case 'records':
      return new RecordsParser()
    case 'json':
      return new JsonArrayParser()
    case 'jsonl':
      return new JsonLinesParser()
    case 'csv': {
      const headerLine = splitLines(sample.replace(/^[\ufeff\s]+/, ''))[0] ?? ''
      const delimiter = detectDelimiter(headerLine, extensionOf(displayPath) === 'tsv')
      if (!delimiter) {
        throw new ParseProblem('invalid-csv', 'the first line is not a header row of column names separated by commas, semicolons or tabs.')
      }
      return new CsvParser(delimiter, columns)
    }
  }
}

interface Sniffed {
  kind: DumpKind
  encoding: DumpEncoding
  sample: string
  /** The bytes already read, to be parsed first. */
  head: Uint8Array[]
  /** True when the sample is the whole file (it is then parsed as it is, not decoded again). */
  isWholeFile: boolean
  /** For a web archive, how it is compressed; its pages carry encodings of their own. */
  warc: WarcCompression | null
}

async function sniff(entry: DumpEntry, source: ByteSource): Promise<Sniffed> {
  const head: Uint8Array[] = []
  let headBytes = 0
  let ended = false
  while (headBytes < SNIFF_BYTES) {
    const chunk = await source.next()
    if (!chunk) {
      ended = true
      break
    }
    head.push(chunk)
    headBytes += chunk.length
  }
  const bytes = Buffer.concat(head)
  const sampleBytes = bytes.subarray(0, SNIFF_BYTES)
  const isWholeFile = ended && bytes.length <= SNIFF_BYTES
  const path = entry.displayPath
  if (bytes.length === 0) throw new DumpError('empty', path, 'the file is empty.')
  // Before the binary signatures: a gzipped web archive starts as any gzip file does.
  const warc = warcCompression(sampleBytes)
  // WARC headers are UTF-8 by the standard; each page inside is decoded by its own charset.
  if (warc) return { kind: 'warc', encoding: 'utf-8', sample: '', head, isWholeFile, warc }
  if (looksLikeZip(sampleBytes)) throw new DumpError('binary', path, 'the file is a zip archive that could not be opened as one.')
  const binary = describeBinary(sampleBytes)
  if (binary) throw new DumpError('binary', path, `the file is ${binary}, not a news dump.`)
  const encoding = detectEncoding(sampleBytes, isWholeFile)
  if (!encoding) {
    throw new DumpError(
      'unknown-encoding',
      path,
      'the text encoding could not be recognised (it is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6); save the file as UTF-8 and import it again.'
    )
  }
  const sample = decodeWhole(sampleBytes, encoding)
  if (isWholeFile && sample.trim() === '') throw new DumpError('empty', path, 'the file holds only blank space.')
  return { kind: detectKind(sample, path, isWholeFile), encoding, sample, head, isWholeFile, warc: null }
}

async function* htmlStories(texts: AsyncIterable<string>): AsyncGenerator<ParsedStory> {
  const parts: string[] = []
  let length = 0
  for await (const text of texts) {
    parts.push(text)
    length += text.length
    if (length > MAX_HTML_CHARS)
      throw new ParseProblem(
        'too-large',
        'the HTML page is larger than 32 MB; a saved article page is far smaller, so it was not imported.'
      )
  }
  const story = await parseHtmlStory(parts.join(''))
  if (story) yield story
}

async function* parsedStories(texts: AsyncIterable<string>, parser: StoryParser): AsyncGenerator<ParsedStory> {
  const splitter = parser.input === 'lines' ? new LineSplitter() : null
  const feed = (text: string): void => parser.push(splitter ? splitter.push(text) : [text])
  for await (const text of texts) {
    feed(text)
    yield* parser.take()
  }
  if (splitter) parser.push(splitter.finish())
  parser.finish()
  yield* parser.take()
}

export interface OpenDumpOptions {
  /** Columns the analyst named for exports whose header Marsad does not recognise (columns.ts). */
  columns?: ColumnChoices
}

/**
 * Opens one entry: sniffs encoding and kind from its content (and extension), then streams its stories.
 * Rejects with DumpError, and only DumpError, for bad input; stories() does the same mid-stream.
 */
export async function openDump(entry: DumpEntry, options: OpenDumpOptions = {}): Promise<OpenedDump> {
  let source: ByteSource
  try {
    source = new ByteSource(entry)
  } catch (error) {
    throw asDumpError(error, entry.displayPath)
  }
  let sniffed: Sniffed
  let parser: StoryParser | null
  try {
    sniffed = await sniff(entry, source)
    const kind = sniffed.kind
    parser =
      kind === 'html' || kind === 'feed' || kind === 'warc' ? null : createParser(kind, sniffed.sample, entry.displayPath, options.columns)
  } catch (error) {
    source.close()
    throw asDumpError(error, entry.displayPath)
  }
  const { kind, encoding, head } = sniffed
  const passedOver: PassedOverCounts = new Map()

  /** The entry's bytes: the sniffed head, then the rest. */
  async function* bytes(): AsyncGenerator<Uint8Array> {
    yield* head
    for (let chunk = await source.next(); chunk; chunk = await source.next()) yield chunk
  }

  /** The entry's text, chunk by chunk; a file that fitted in the sniffer's sample is not decoded twice. */
  async function* texts(): AsyncGenerator<string> {
    if (sniffed.isWholeFile) {
      yield sniffed.sample
      return
    }
    const decoder = createChunkDecoder(encoding)
    for await (const chunk of bytes()) yield decoder.write(chunk)
    yield decoder.end()
  }

  function storiesOfKind(): AsyncGenerator<ParsedStory> {
    if (parser) return parsedStories(texts(), parser)
    if (kind === 'feed') return feedStories(texts())
    if (sniffed.warc) return warcStories(archiveBytes(bytes(), sniffed.warc), passedOver)
    return htmlStories(texts())
  }

  async function* stories(): AsyncGenerator<ParsedStory> {
    let count = 0
    try {
      for await (const story of storiesOfKind()) {
        count++
        yield story
      }
      if (parser?.problem) throw parser.problem
      if (count === 0)
        throw new DumpError('no-stories', entry.displayPath, `no stories were found in the file (read as ${describeKind(kind)}).`)
    } catch (error) {
      throw asDumpError(error, entry.displayPath)
    } finally {
      source.close()
    }
  }

  return { kind, encoding, stories, close: () => source.close(), passedOver: () => Object.fromEntries(passedOver) }
}

function describeKind(kind: DumpKind): string {
  const names: Record<DumpKind, string> = {
    page: 'page text',
    records: 'separated records',
    json: 'JSON',
    jsonl: 'JSON Lines',
    csv: 'CSV',
    html: 'an HTML page',
    feed: 'an RSS or Atom feed',
    warc: 'a web archive (WARC)'
  }
  return names[kind]
}
