/**
 * Zips at any depth: every member becomes an entry (nested zips expand in place), with limits that stop
 * zip bombs before they inflate: total uncompressed size, compression ratio, depth and entry count.
 */
import { createWriteStream, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { PassThrough, type Readable } from 'node:stream'
import { inflateRawSync } from 'node:zlib'
import yauzl from 'yauzl'
import { DumpError, fileLabel, ZIP_PATH_SEPARATOR, type DumpProblem } from '../errors'
import { extensionOf } from '../kind'
import { looksLikeZip } from '../sniff'
import type { DumpEntry, ZipLimits } from '../types'
import { orProblemWhenNothing } from './nothingFound'
import { bytesEntry } from './sources'
import { READ_CHUNK_BYTES } from './sources'

/** Zips up to this size (on disk or nested) are opened in memory; bigger ones are read from their file. */
const IN_MEMORY_ZIP_BYTES = 64 * 1024 * 1024
/** Members up to this size are inflated once, into memory; bigger ones are streamed when read. */
const SMALL_MEMBER_BYTES = 4 * 1024 * 1024
/** Read whole by read() only below this size; bigger entries must be streamed. */
const MAX_READ_BYTES = 64 * 1024 * 1024
const OFFICE_EXTENSIONS = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub', 'jar', 'apk'])
/** Folders that archivers add and nobody means to import. */
const LITTER = new Set(['__MACOSX', 'Thumbs.db', 'desktop.ini'])

/** What one dropped zip may still hold, shared with the zips nested in it. */
export interface ZipBudget {
  readonly limits: ZipLimits
  bytes: number
  entries: number
  /** A total limit was hit: stop everywhere, once. */
  exhausted: boolean
}

export function newZipBudget(limits: ZipLimits): ZipBudget {
  return { limits, bytes: 0, entries: 0, exhausted: false }
}

export type ZipOpener = () => Promise<yauzl.ZipFile>

const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }

/**
 * A zip on disk. One of ordinary size is read at once and opened in memory: yauzl reads a zip on disk in many
 * small reads through the thread pool, two or more per member.
 */
export const openZipFile =
  (path: string | Buffer, size: number): ZipOpener =>
  () =>
    // yauzl hands the path to fs.open, which takes the bytes of a name that is not UTF-8 as well as a string.
    size <= IN_MEMORY_ZIP_BYTES ? yauzl.fromBufferPromise(readFileSync(path), OPTIONS) : yauzl.openPromise(path as string, OPTIONS)
export const openZipBytes =
  (bytes: Buffer): ZipOpener =>
  () =>
    yauzl.fromBufferPromise(bytes, OPTIONS)

/** Member names: UTF-8 when the bytes are UTF-8 (many archivers do not set the flag), else the zip's legacy code page. */
function memberName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/\\/g, '/')
  } catch {
    return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false).replace(/\\/g, '/')
  }
}

const pathParts = (name: string): string[] => name.split('/').filter(Boolean)

/** A member whose path climbs out of the zip ('../x'): refused and named, as a zip made to overwrite files would be. */
function climbsOut(name: string): boolean {
  return pathParts(name).includes('..')
}

function isSkipped(name: string): boolean {
  const parts = pathParts(name)
  return name.endsWith('/') || parts.length === 0 || parts.some((part) => part.startsWith('.') || LITTER.has(part))
}

/** Maps what yauzl or zlib reports into the zip codes the UI knows. */
function zipError(displayPath: string, error: unknown): DumpError {
  if (error instanceof DumpError) return error
  const reason = error instanceof Error ? error.message : String(error)
  if (/encrypt/i.test(reason)) {
    return new DumpError('zip-encrypted', displayPath, 'the zip is password-protected; extract it with its password and import the files.')
  }
  if (/too many bytes|expected \d+/i.test(reason)) {
    return new DumpError(
      'zip-too-large',
      displayPath,
      `the zip lies about the size of its content (${reason}), as zip bombs do; it was not opened.`
    )
  }
  // yauzl explains at length; its first sentence is enough to tell support what happened.
  const shortReason = reason.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '')
  return new DumpError('zip-truncated', displayPath, `the zip is damaged or incomplete (${shortReason}); copy or download it again.`)
}

/**
 * A stream that yauzl fills once it has opened the member (inflated, unless `raw`); its errors come out as
 * DumpErrors.
 */
function memberStream(zip: yauzl.ZipFile, entry: yauzl.Entry, displayPath: string, raw = false): Readable {
  const output = new PassThrough({ highWaterMark: READ_CHUNK_BYTES })
  zip.openReadStream(entry, raw ? { decodeFileData: false } : {}, (error, input) => {
    if (error) {
      output.destroy(zipError(displayPath, error))
      return
    }
    input.on('error', (streamError) => output.destroy(zipError(displayPath, streamError)))
    output.on('close', () => input.destroy())
    input.pipe(output)
  })
  return output
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

const STORED = 0
const DEFLATED = 8

/**
 * A small member's bytes, inflated here at once: yauzl's inflating stream costs several hops through the thread
 * pool per member, which for a zip of many small dumps costs more than reading them. A member must inflate to
 * exactly the size it declares (the budget counted that size), as yauzl checks too.
 */
async function inflateMember(zip: yauzl.ZipFile, entry: yauzl.Entry, displayPath: string): Promise<Buffer> {
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return readAll(memberStream(zip, entry, displayPath)) // yauzl names what it cannot unpack
  }
  const compressed = await readAll(memberStream(zip, entry, displayPath, true))
  const tooMany = () => zipError(displayPath, new Error(`too many bytes in the stream; expected ${entry.uncompressedSize}`))
  let bytes: Buffer
  try {
    // One byte more than declared is enough to catch a member that lies about its size.
    bytes = entry.compressionMethod === STORED ? compressed : inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 })
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? tooMany() : zipError(displayPath, error)
  }
  if (bytes.length > entry.uncompressedSize) throw tooMany()
  if (bytes.length < entry.uncompressedSize)
    throw zipError(displayPath, new Error(`the member holds ${bytes.length} of its ${entry.uncompressedSize} bytes`))
  return bytes
}

/** The first bytes of a member, to tell a zip named .txt from text. */
async function firstBytes(zip: yauzl.ZipFile, entry: yauzl.Entry, displayPath: string): Promise<Buffer> {
  const stream = memberStream(zip, entry, displayPath)
  try {
    for await (const chunk of stream) return chunk as Buffer
    return Buffer.alloc(0)
  } finally {
    stream.destroy()
  }
}

function memberEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, displayPath: string): DumpEntry {
  return {
    displayPath,
    size: entry.uncompressedSize,
    read: async () => {
      if (entry.uncompressedSize > MAX_READ_BYTES) {
        throw new DumpError('too-large', displayPath, 'the zip member is too big to read at once; it has to be streamed.')
      }
      return readAll(memberStream(zip, entry, displayPath))
    },
    stream: () => memberStream(zip, entry, displayPath)
  }
}

/** The limit an entry breaks, if any. Counts it against the budget. */
function overLimit(entry: yauzl.Entry, budget: ZipBudget, displayPath: string, zipPath: string): DumpError | null {
  const { limits } = budget
  budget.entries++
  if (budget.entries > limits.maxEntries) {
    return new DumpError(
      'zip-too-large',
      zipPath,
      `the zip holds more than ${limits.maxEntries.toLocaleString('en')} files; split it into smaller zips.`
    )
  }
  budget.bytes += entry.uncompressedSize
  if (budget.bytes > limits.maxTotalBytes) {
    return new DumpError(
      'zip-too-large',
      zipPath,
      `the zip would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 ** 3)} GB; extract it and import the files in parts.`
    )
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
    return new DumpError(
      'zip-too-large',
      displayPath,
      `the file is compressed ${Math.round(ratio)} times over, the way zip bombs are made; it was not unpacked.`
    )
  }
  return null
}

/** Word, Excel, OpenDocument and EPUB files are zips too, but no dumps. */
function officeDocument(zipPath: string): DumpProblem {
  return new DumpError(
    'binary',
    zipPath,
    'the file is an office document or e-book, not a news dump; save it as text (.txt) or HTML first.'
  ).toProblem()
}

/** Opens a nested zip: in memory when small, through a temporary file when big. */
async function nestedOpener(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  displayPath: string
): Promise<{ open: ZipOpener; cleanup: () => Promise<void> }> {
  if (entry.uncompressedSize <= IN_MEMORY_ZIP_BYTES) {
    const bytes = await readAll(memberStream(zip, entry, displayPath))
    return { open: openZipBytes(bytes), cleanup: async () => {} }
  }
  const folder = await mkdtemp(join(tmpdir(), 'marsad-zip-'))
  const path = join(folder, 'nested.zip')
  await pipeline(memberStream(zip, entry, displayPath), createWriteStream(path))
  return { open: openZipFile(path, entry.uncompressedSize), cleanup: () => rm(folder, { recursive: true, force: true }) }
}

/**
 * How many files a zip holds by its central directory, as the listing will count them (folders, hidden and
 * system files left out; a nested zip counts as one until it is opened): the import's "files found".
 */
export async function filesInZip(open: ZipOpener): Promise<number> {
  const zip = await open()
  try {
    let count = 0
    for await (const entry of zip.eachEntry()) if (!isSkipped(memberName(entry))) count++
    return count
  } finally {
    zip.close()
  }
}

/**
 * Entries of one zip, nested zips expanded depth-first; a zip with nothing to import (empty, or only folders,
 * hidden and system files) is named as such. An entry can be read until the generator moves on past the zip
 * that holds it: consume each entry before asking for the next.
 */
export function zipEntries(open: ZipOpener, zipPath: string, depth: number, budget: ZipBudget): AsyncGenerator<DumpEntry | DumpProblem> {
  return orProblemWhenNothing(zipContents(open, zipPath, depth, budget), () =>
    new DumpError('empty', zipPath, 'the zip holds no files to import (folders, hidden and system files in it are skipped).').toProblem()
  )
}

async function* zipContents(open: ZipOpener, zipPath: string, depth: number, budget: ZipBudget): AsyncGenerator<DumpEntry | DumpProblem> {
  if (depth > budget.limits.maxDepth) {
    yield new DumpError(
      'zip-too-deep',
      zipPath,
      `zips are nested more than ${budget.limits.maxDepth} deep; extract the inner zips first.`
    ).toProblem()
    return
  }
  if (OFFICE_EXTENSIONS.has(extensionOf(zipPath))) {
    yield officeDocument(zipPath)
    return
  }
  let zip: yauzl.ZipFile
  try {
    zip = await open()
  } catch (error) {
    yield zipError(zipPath, error).toProblem()
    return
  }
  // The central directory says how many members there are: a zip over the limit is refused once, before any of them.
  const room = budget.limits.maxEntries - budget.entries
  if (zip.entryCount > room) {
    zip.close()
    yield new DumpError(
      'zip-too-large',
      zipPath,
      `the zip holds ${zip.entryCount.toLocaleString('en')} files, more than the ${budget.limits.maxEntries.toLocaleString('en')} one zip may hold with the zips inside it; split it into smaller zips.`
    ).toProblem()
    return
  }
  const encrypted: string[] = []
  try {
    for await (const entry of zip.eachEntry()) {
      const name = memberName(entry)
      if (name === '[Content_Types].xml' || name === 'mimetype') {
        yield officeDocument(zipPath)
        return
      }
      const displayPath = `${zipPath}${ZIP_PATH_SEPARATOR}${name}`
      if (climbsOut(name)) {
        yield new DumpError(
          'unsafe-path',
          displayPath,
          'its path climbs out of the zip (..), as zips made to overwrite files do; it was not read.'
        ).toProblem()
        continue
      }
      if (isSkipped(name)) continue
      if (entry.isEncrypted()) {
        encrypted.push(name)
        continue
      }
      const limit = overLimit(entry, budget, displayPath, zipPath)
      if (limit) {
        if (limit.displayPath === zipPath) budget.exhausted = true
        yield limit.toProblem()
        if (budget.exhausted) return
        continue
      }
      let nested: Awaited<ReturnType<typeof nestedOpener>> | null
      try {
        if (entry.uncompressedSize <= SMALL_MEMBER_BYTES && extensionOf(name) !== 'zip') {
          // A small member is inflated once: its bytes tell whether it is a zip, and serve as its content.
          const bytes = await inflateMember(zip, entry, displayPath)
          if (!looksLikeZip(bytes)) {
            yield bytesEntry(displayPath, bytes)
            continue
          }
          nested = { open: openZipBytes(bytes), cleanup: async () => {} }
        } else {
          const isZip =
            extensionOf(name) === 'zip' || (entry.uncompressedSize >= 22 && looksLikeZip(await firstBytes(zip, entry, displayPath)))
          nested = isZip ? await nestedOpener(zip, entry, displayPath) : null
        }
      } catch (error) {
        yield zipError(displayPath, error).toProblem()
        continue
      }
      if (!nested) {
        yield memberEntry(zip, entry, displayPath)
        continue
      }
      try {
        yield* zipEntries(nested.open, displayPath, depth + 1, budget)
      } finally {
        await nested.cleanup()
      }
      if (budget.exhausted) return
    }
  } catch (error) {
    yield zipError(zipPath, error).toProblem()
  } finally {
    zip.close()
  }
  if (encrypted.length > 0) {
    const which =
      encrypted.length === 1 ? `${fileLabel(encrypted[0]!)} is` : `${encrypted.length} files (${fileLabel(encrypted[0]!)} and others) are`
    const them = encrypted.length === 1 ? 'it' : 'them'
    yield new DumpError(
      'zip-encrypted',
      zipPath,
      `${which} password-protected; extract ${them} with the password and import the result.`
    ).toProblem()
  }
}
