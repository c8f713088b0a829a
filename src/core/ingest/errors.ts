/** Bad input becomes one DumpError per file: a stable code for the UI to translate, and an English sentence naming the file. */
import { fileProblem, type PathKind } from '../../shared/fileProblems'

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
  | 'too-deep'
  | 'unsafe-path'

export interface DumpProblem {
  displayPath: string
  code: DumpErrorCode
  message: string
  /** An export whose header Marsad did not recognise: its columns, for the analyst to map. */
  columns?: string[]
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
  constructor(
    code: DumpErrorCode,
    displayPath: string,
    problem: string,
    readonly columns?: string[]
  ) {
    super(`${fileLabel(displayPath)}: ${problem}`)
    this.name = 'DumpError'
    this.code = code
    this.displayPath = displayPath
  }

  toProblem(): DumpProblem {
    return { displayPath: this.displayPath, code: this.code, message: this.message, ...(this.columns ? { columns: this.columns } : {}) }
  }
}

/** "1 story was read" / "3 stories were read": the tail of messages about partly read files. */
export function storiesRead(count: number): string {
  return count === 1 ? '1 story was read' : `${count} stories were read`
}

export function isDumpProblem(item: object): item is DumpProblem {
  return 'code' in item && 'message' in item && !('read' in item)
}

/** Maps an operating-system error met while reading a file or folder to a DumpError. */
export function fileSystemError(displayPath: string, error: unknown, kind: PathKind): DumpError {
  if (error instanceof DumpError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return new DumpError(code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable', displayPath, fileProblem(error, kind))
}
