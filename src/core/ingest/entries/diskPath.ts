/**
 * File names as the file system has them, and as the user is shown them. A name on disk is bytes; most are UTF-8,
 * but folders copied from Windows or old archives hold names in Windows-1256 or Latin-1, which Node's string paths
 * turn into U+FFFD — a path that then "does not exist". Such a name is kept as bytes (Node accepts Buffer paths)
 * and shown decoded as well as it can be.
 */
import { join, sep } from 'node:path'
import iconv from 'iconv-lite'

export interface DiskPath {
  /** What the file system calls it: a string while every name on the way is UTF-8, else the bytes. */
  fs: string | Buffer
  /** What the user sees. */
  shown: string
}

export function namedPath(path: string): DiskPath {
  return { fs: path, shown: path }
}

/** A name inside a folder, read from the folder as bytes. */
export function childPath(folder: DiskPath, name: Buffer): DiskPath {
  const { text, exact } = decodeFileName(name)
  const shown = join(folder.shown, text)
  if (exact && typeof folder.fs === 'string') return { fs: join(folder.fs, text), shown }
  return { fs: Buffer.concat([Buffer.from(folder.fs), Buffer.from(sep), name]), shown }
}

/**
 * UTF-8 when the bytes are UTF-8; else Windows-1256, which reads an Arabic Windows name as written and keeps the
 * accented Latin letters French and Latin-1 names use (é, à, ç…) where Latin-1 has them.
 */
export function decodeFileName(name: Buffer): { text: string; exact: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(name), exact: true }
  } catch {
    return { text: iconv.decode(name, 'windows-1256'), exact: false }
  }
}
