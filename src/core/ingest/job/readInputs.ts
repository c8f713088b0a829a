import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { signatureOf } from '../../clusters'
import { storyFields, prepareStory } from '../../library'
import { DumpError, isDumpProblem, type DumpProblem } from '../errors'
import { childPath, namedPath, type DiskPath } from '../entries/diskPath'
import { listEntries, listEntriesFromBytes, startsLikeZip } from '../entries/listEntries'
import { filesInZip, openZipBytes, openZipFile, type ZipOpener } from '../entries/zip'
import { extensionOf } from '../kind'
import { looksLikeZip } from '../sniff'
import { openDump } from '../openDump'
import type { ColumnChoices } from '../columns'
import type { DumpEntry, ParsedStory } from '../types'
import type { ImportInput, ReadEvent, ReadyStory } from './events'

/** Files up to this size are read into memory once; bigger ones are streamed, so memory stays bounded. */
const READ_WHOLE_BYTES = 8 * 1024 * 1024

/** Stories per `stories` event: big enough to cross threads cheaply, small enough for smooth progress. */
const BATCH_STORIES = 100

export interface ReadHooks {
  /** True when a file with this SHA-256 is already in the library (it is then not read again). */
  isImported(sha256: string): boolean | Promise<boolean>
}

/** What an import will read, measured before it starts: for progress ("3 of 12 files") and time left. */
export interface InputMeasure {
  bytes: number
  /** Files found: files on disk or dropped, a zip counted as the files it holds (a nested zip as one). */
  files: number
}

/** Measures what will be read (folders walked, zips counted at their size on disk and by their members). */
export async function measureInput(input: ImportInput): Promise<InputMeasure> {
  const measure: InputMeasure = { bytes: 0, files: 0 }
  if ('files' in input) {
    for (const file of input.files) {
      measure.bytes += file.bytes.byteLength
      const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength)
      const isZip = bytes.length > 0 && (extensionOf(file.name) === 'zip' || looksLikeZip(bytes))
      measure.files += isZip ? await filesOfZip(openZipBytes(bytes)) : 1
    }
    return measure
  }
  const walk = async (path: DiskPath): Promise<void> => {
    try {
      const info = await stat(path.fs)
      if (info.isFile()) {
        measure.bytes += info.size
        const isZip = info.size > 0 && (extensionOf(path.shown) === 'zip' || startsLikeZip(path.fs))
        measure.files += isZip ? await filesOfZip(openZipFile(path.fs, info.size)) : 1
      } else if (info.isDirectory()) {
        for (const name of await readdir(path.fs, { encoding: 'buffer' })) if (name[0] !== 0x2e /* . */) await walk(childPath(path, name))
      }
    } catch {
      // A path that cannot be read is reported by the reader with its reason; it adds nothing here.
    }
  }
  for (const path of input.paths) await walk(namedPath(path))
  return measure
}

/** A damaged zip is one file found: the reader reports it as one failure. */
async function filesOfZip(open: ZipOpener): Promise<number> {
  try {
    return await filesInZip(open)
  } catch {
    return 1
  }
}

/**
 * Reads every input — listing folders and zips, hashing each file, skipping files the library already has,
 * decoding, parsing and analysing stories — and yields what the writer needs, in order. Pull-driven: it reads
 * ahead only as fast as its consumer asks, so a 1 GB file never sits in memory.
 */
export async function* readInputs(input: ImportInput, hooks: ReadHooks): AsyncGenerator<ReadEvent> {
  const meter = new ByteMeter()
  const entries = 'paths' in input ? listEntries(input.paths) : listEntriesFromBytes(input.files)
  for await (const item of entries) {
    if (isDumpProblem(item)) {
      yield { type: 'file-failed', problem: item }
      continue
    }
    yield* readEntry(item, hooks, meter, input.columns)
    yield { type: 'bytes', read: meter.total }
  }
}

async function* readEntry(entry: DumpEntry, hooks: ReadHooks, meter: ByteMeter, columns?: ColumnChoices): AsyncGenerator<ReadEvent> {
  let sha256: string
  try {
    // A small file is read once, hashed and parsed from memory; a big one is streamed twice (hash, then parse).
    if (entry.size <= READ_WHOLE_BYTES) entry = inMemory(entry, await entry.read())
    sha256 = await hashEntry(entry)
  } catch (error) {
    yield { type: 'file-failed', problem: asProblem(entry, error) }
    return
  }
  const alreadyImported = await hooks.isImported(sha256)
  yield { type: 'file', path: entry.displayPath, size: entry.size, sha256, alreadyImported }
  if (alreadyImported) {
    meter.add(entry.size)
    yield { type: 'file-done' }
    return
  }
  const counted = meter.counting(entry)
  try {
    const dump = await openDump(counted, columns ? { columns } : {})
    yield { type: 'opened', kind: dump.kind, encoding: dump.encoding }
    let batch: ReadyStory[] = []
    for await (const story of dump.stories()) {
      batch.push(readyStory(story))
      if (batch.length >= BATCH_STORIES) {
        yield { type: 'stories', stories: batch }
        yield { type: 'bytes', read: meter.total }
        batch = []
      }
    }
    if (batch.length > 0) yield { type: 'stories', stories: batch }
    const passedOver = dump.passedOver()
    yield Object.keys(passedOver).length > 0 ? { type: 'file-done', passedOver } : { type: 'file-done' }
  } catch (error) {
    yield { type: 'file-failed', problem: asProblem(entry, error) }
  } finally {
    meter.settle(entry)
  }
}

function readyStory(story: ParsedStory): ReadyStory {
  const { position, related, ...fields } = story
  const prepared = prepareStory(storyFields(fields))
  return { prepared, position, related, signature: signatureOf(prepared.index.body.terms) }
}

/** The same entry over bytes already read. */
function inMemory(entry: DumpEntry, bytes: Buffer): DumpEntry {
  return {
    displayPath: entry.displayPath,
    size: bytes.length,
    read: async () => bytes,
    stream: () =>
      (async function* () {
        yield bytes
      })()
  }
}

async function hashEntry(entry: DumpEntry): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of entry.stream() as AsyncIterable<Buffer>) hash.update(chunk)
  return hash.digest('hex')
}

function asProblem(entry: DumpEntry, error: unknown): DumpProblem {
  if (error instanceof DumpError) return error.toProblem()
  const reason = error instanceof Error ? error.message : String(error)
  return new DumpError('unreadable', entry.displayPath, `the file could not be read (${reason}).`).toProblem()
}

/** Counts bytes as the parser pulls them, so progress moves inside a big file. */
class ByteMeter {
  total = 0
  private readInEntry = 0

  add(bytes: number): void {
    this.total += bytes
  }

  counting(entry: DumpEntry): DumpEntry {
    this.readInEntry = 0
    return { ...entry, stream: () => this.counted(entry.stream() as AsyncIterable<Buffer>) }
  }

  private async *counted(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      this.readInEntry += chunk.length
      this.total += chunk.length
      yield chunk
    }
  }

  /** After a file, counts what the parser did not pull (a failure mid-way), so totals still add up. */
  settle(entry: DumpEntry): void {
    this.total += Math.max(0, entry.size - this.readInEntry)
    this.readInEntry = 0
  }
}
