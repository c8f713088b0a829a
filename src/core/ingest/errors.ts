/** Bad input becomes one DumpError per file: a stable code for the UI to translate, and an English sentence naming the file. */

export type DumpErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'unknown-encoding'
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-xml'
  | 'invalid-warc'
  | 'line-too-long'
  | 'too-large'
  | 'no-stories'
  | 'zip-truncated'
  | 'zip-encrypted'
  | 'zip-too-large'
  | 'zip-too-deep'

export interface DumpProblem {
  displayPath: string
  code: DumpErrorCode
  message: string
}

/** Separates the zip from the member inside it in display paths: '/x/a.zip › inner/b.txt'. */
export const ZIP_PATH_SEPARATOR = ' › '

/** The part of a display path a user recognises: the file name, plus the member chain inside zips. */
export function fileLabel(displayPath: string): string {
  const [outer, ...members] = displayPath.split(ZIP_PATH_SEPARATOR)
  const name = (outer ?? '').split(/[\\/]/).filter(Boolean).pop() ?? displayPath
  return [name, ...members].join(ZIP_PATH_SEPARATOR)
}

export class DumpError extends Error {
  readonly code: DumpErrorCode
  readonly displayPath: string

  /** `problem` completes the sentence after the file name: "the file is empty." */
  constructor(code: DumpErrorCode, displayPath: string, problem: string) {
    super(`${fileLabel(displayPath)}: ${problem}`)
    this.name = 'DumpError'
    this.code = code
    this.displayPath = displayPath
  }

  toProblem(): DumpProblem {
    return { displayPath: this.displayPath, code: this.code, message: this.message }
  }
}

/** "1 story was read" / "3 stories were read": the tail of messages about partly read files. */
export function storiesRead(count: number): string {
  return count === 1 ? '1 story was read' : `${count} stories were read`
}

export function isDumpProblem(item: object): item is DumpProblem {
  return 'code' in item && 'message' in item && !('read' in item)
}

/** Maps an operating-system error met while reading a file to a DumpError. */
export function fileSystemError(displayPath: string, error: unknown): DumpError {
  if (error instanceof DumpError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DumpError('not-found', displayPath, 'the file or folder does not exist (it may have been moved or deleted).')
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new DumpError('unreadable', displayPath, 'permission to read the file was denied.')
  }
  if (code === 'EISDIR') return new DumpError('unreadable', displayPath, 'this is a folder, not a file.')
  const reason = error instanceof Error ? error.message : String(error)
  return new DumpError('unreadable', displayPath, `the file could not be read (${reason}).`)
}
