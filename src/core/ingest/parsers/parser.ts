import type { DumpErrorCode } from '../errors'
import type { ParsedStory } from '../types'

/** Bad content found by a parser; openDump names the file and turns it into a DumpError. */
export class ParseProblem extends Error {
  constructor(
    readonly code: DumpErrorCode,
    readonly detail: string,
    /** An export's columns, when none was recognised as a title or a text (the analyst can then map them). */
    readonly columns?: string[]
  ) {
    super(detail)
  }
}

/** A parser fed by lines or text chunks: finished stories come out as soon as they are complete. */
export interface StoryParser {
  /** Whether push() takes lines (split, trailing spaces trimmed) or raw text chunks. */
  readonly input: 'lines' | 'chunks'
  push(input: readonly string[]): void
  /** No more input: complete the last story. */
  finish(): void
  /** Stories completed since the last call. */
  take(): ParsedStory[]
  /** A problem found on the way that did not stop the parse (bad lines skipped), reported once the good stories are out. */
  readonly problem?: ParseProblem | null
}
