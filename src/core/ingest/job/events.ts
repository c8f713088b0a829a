import type { PreparedStory } from '../../library'
import type { ImportFileResult } from '../../../shared/contract/imports'
import type { ColumnChoices } from '../columns'
import type { DumpProblem } from '../errors'

/** A story read and analysed, ready for the writer, with its place in the file and its links inside it. */
export interface ReadyStory {
  prepared: PreparedStory
  position: number
  /** Earlier positions in the same file this story is linked to as `related` ("read also"). */
  related: number[]
  /** Its near-duplicate fingerprint (src/core/clusters), or null when the body is too short to judge. */
  signature: Uint32Array | null
}

/**
 * What the reading side (decode, parse, analyse — on its own thread when it can) tells the writing side
 * (SQLite). Events for one file arrive in order: `file`, then `opened`, `stories`…, then `file-done` or
 * `file-failed`. A problem found while listing inputs arrives as a lone `file-failed`.
 */
export type ReadEvent =
  | { type: 'file'; path: string; size: number; sha256: string; alreadyImported: boolean }
  | { type: 'opened'; kind: string; encoding: string }
  | { type: 'stories'; stories: ReadyStory[] }
  | { type: 'file-done'; passedOver?: ImportFileResult['passedOver'] }
  | { type: 'file-failed'; problem: DumpProblem }
  /** Input bytes consumed so far (files on disk, or dropped bytes), for progress and time left. */
  | { type: 'bytes'; read: number }

/**
 * What to read: paths (files, folders, zips) or files dropped without a path; with the columns to read exports
 * by when their header is not recognised (remembered by the library, or named for this import).
 */
export type ImportInput = ({ paths: string[] } | { files: { name: string; bytes: Uint8Array }[] }) & { columns?: ColumnChoices }
