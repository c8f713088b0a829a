/** Expanding what the user dropped or named (files, folders, zips at any depth) into entries to import. */
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs'
import { resolve } from 'node:path'
import { DumpError, fileSystemError, type DumpProblem } from '../errors'
import { extensionOf } from '../kind'
import { looksLikeZip } from '../sniff'
import { DEFAULT_ZIP_LIMITS, type DumpEntry, type ZipLimits } from '../types'
import { childPath, decodeFileName, namedPath, type DiskPath } from './diskPath'
import { orProblemWhenNothing } from './nothingFound'
import { bytesEntry, fileEntry } from './sources'
import { newZipBudget, openZipBytes, openZipFile, zipEntries } from './zip'

/** Files that operating systems leave in folders. */
const SYSTEM_FILES = new Set(['Thumbs.db', 'desktop.ini', '__MACOSX'])

function isHidden(name: string): boolean {
  return name.startsWith('.') || SYSTEM_FILES.has(name)
}

/*
 * Listing uses synchronous file-system calls: it runs on the import's reader thread, where a stat or a 4-byte
 * read is cheaper done at once than handed to the thread pool and awaited — per small file, that round trip
 * costs more than reading it.
 */
export function startsLikeZip(path: string | Buffer): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(4)
    const bytesRead = readSync(fd, head, 0, 4, 0)
    return looksLikeZip(head.subarray(0, bytesRead))
  } finally {
    closeSync(fd)
  }
}

async function* fileOrZip(path: DiskPath, size: number, limits: ZipLimits): AsyncGenerator<DumpEntry | DumpProblem> {
  let isZip: boolean
  try {
    isZip = size > 0 && (extensionOf(path.shown) === 'zip' || startsLikeZip(path.fs))
  } catch (error) {
    yield fileSystemError(path.shown, error, 'file').toProblem()
    return
  }
  if (isZip) yield* zipEntries(openZipFile(path.fs, size), path.shown, 1, newZipBudget(limits))
  else yield fileEntry(path, size)
}

/** Files of a folder and its subfolders in name order, hidden ones skipped; symbolic-link loops are walked once. */
async function* folderEntries(folder: DiskPath, limits: ZipLimits, visited: Set<string>): AsyncGenerator<DumpEntry | DumpProblem> {
  let children: DiskPath[]
  try {
    // Bytes, not a string: two names that are not UTF-8 would decode alike and pass for one folder. The native
    // call, because the JavaScript one turns a path given as bytes into a string first.
    const real = realpathSync.native(folder.fs, { encoding: 'buffer' }).toString('latin1')
    if (visited.has(real)) return
    visited.add(real)
    children = readdirSync(folder.fs, { encoding: 'buffer' })
      .filter((name) => !isHidden(decodeFileName(name).text))
      .map((name) => childPath(folder, name))
      .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0))
  } catch (error) {
    yield fileSystemError(folder.shown, error, 'folder').toProblem()
    return
  }
  for (const child of children) yield* pathEntries(child, limits, visited)
}

async function* pathEntries(path: DiskPath, limits: ZipLimits, visited: Set<string>): AsyncGenerator<DumpEntry | DumpProblem> {
  let info: Stats
  try {
    info = statSync(path.fs)
  } catch (error) {
    yield fileSystemError(path.shown, error, 'file or folder').toProblem()
    return
  }
  if (info.isDirectory()) yield* folderEntries(path, limits, visited)
  else if (info.isFile()) yield* fileOrZip(path, info.size, limits)
  else
    yield new DumpError(
      'unreadable',
      path.shown,
      'this is not a regular file (a device, socket or pipe), so it cannot be imported.'
    ).toProblem()
}

/** Expands paths (files, folders recursively skipping hidden files, zips at any depth) into entries or problems. */
export async function* listEntries(paths: string[], limits?: Partial<ZipLimits>): AsyncGenerator<DumpEntry | DumpProblem> {
  const fullLimits = { ...DEFAULT_ZIP_LIMITS, ...limits }
  const visited = new Set<string>()
  for (const path of paths.map((named) => namedPath(resolve(named)))) {
    // Only a folder can yield nothing here (a file or zip yields itself or a problem).
    yield* orProblemWhenNothing(pathEntries(path, fullLimits, visited), () =>
      new DumpError('empty', path.shown, 'the folder holds no files to import (hidden files and folders in it are skipped).').toProblem()
    )
  }
}

/** Entries for bytes dropped from a browser (no path): a file name and its content. Zips expand the same way. */
export async function* listEntriesFromBytes(
  files: ReadonlyArray<{ name: string; bytes: Uint8Array }>,
  limits?: Partial<ZipLimits>
): AsyncGenerator<DumpEntry | DumpProblem> {
  const fullLimits = { ...DEFAULT_ZIP_LIMITS, ...limits }
  for (const { name, bytes } of files) {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (buffer.length > 0 && (extensionOf(name) === 'zip' || looksLikeZip(buffer))) {
      yield* zipEntries(openZipBytes(buffer), name, 1, newZipBudget(fullLimits))
    } else {
      yield bytesEntry(name, buffer)
    }
  }
}
