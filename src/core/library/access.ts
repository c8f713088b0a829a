/**
 * Whether Marsad may write a library, found before SQLite opens it: a library on a read-only mount, in a folder
 * the user cannot write, or itself read-only is opened for reading only, and says why it cannot be changed.
 */
import { accessSync, constants, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { MarsadError } from '../../shared/errors'

// SQLite reads `file:` names as URIs only when this is set as its addon loads (better-sqlite3 turns it off by
// default): a read-only folder without a `-shm` needs `immutable=1` (see howToOpen). Set before any library is opened.
process.env.SQLITE_USE_URI = '1'

export type LibraryAccess =
  | { writable: true }
  | {
      writable: false
      /** What cannot be written, as a clause: "its folder /media/usb cannot be written". */
      because: string
      /**
       * The folder cannot hold the `-shm` index SQLite needs to read a library in WAL mode, and none is there: SQLite
       * reads it as immutable instead (nobody can be writing it through a folder nobody can write, root aside).
       */
      immutable: boolean
    }

/** Why `path` (an existing library, or one to create) cannot be written, if it cannot. */
export function libraryAccess(path: string): LibraryAccess {
  const folder = dirname(path)
  const exists = existsSync(path)
  const fileProblem = exists ? writeProblem(path) : null
  const folderProblem = writeProblem(folder)
  if (!fileProblem && !folderProblem) return { writable: true }
  if (!exists) return { writable: true } // creating it fails with SQLite's own message, naming the folder
  const because =
    fileProblem === 'EROFS' || folderProblem === 'EROFS'
      ? `it is on a read-only disk or mount (${folder})`
      : fileProblem && folderProblem
        ? `neither the file nor its folder ${folder} can be written (their permissions)`
        : fileProblem
          ? 'the file itself cannot be written (its permissions)'
          : `its folder ${folder} cannot be written, and SQLite keeps its write-ahead log beside the file`
  return { writable: false, because, immutable: folderProblem !== null && !existsSync(`${path}-shm`) }
}

/** The error code of `access(path, W_OK)`, or null when the running user may write it (root always may, but on a read-only mount). */
function writeProblem(path: string): string | null {
  try {
    accessSync(path, constants.W_OK)
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'EACCES'
  }
}

/** The name SQLite opens: the path itself, or a URI that reads it as immutable. */
export function sqliteName(path: string, access: LibraryAccess): string {
  if (access.writable || !access.immutable) return path
  return `file:${encodeURI(path).replace(/[?#]/g, encodeURIComponent)}?immutable=1`
}

/** What a write to a read-only library answers: what is read-only, and what the analyst can do. */
export function readOnlyRefusal(path: string, because: string): MarsadError {
  return new MarsadError(
    'library-read-only',
    `The library ${path} is read-only: ${because}. Marsad can search and read it, but not change it; ` +
      'copy it to a folder you can write to (or get write permission) to import, tag or edit.',
    { path, because }
  )
}
