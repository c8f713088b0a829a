import type { ImportInput, ReadEvent } from './events'

/** What one import asks the reader to read. */
export interface ReadRequest {
  input: ImportInput
  /** The library, opened read-only by the reader to skip files it already holds. */
  libraryPath: string
  nativeBinding?: string
}

/**
 * Messages between the writer's thread and the reader worker. The worker outlives an import, so every message
 * names the read it belongs to: a late message of a stopped read is then told apart from the next read's.
 */
export type ToReader =
  | { kind: 'read'; readId: number; request: ReadRequest }
  | { kind: 'credit'; readId: number; stories: number }
  | { kind: 'stop'; readId: number }

/** `end` and `error` are a read's last message, also after a `stop`. */
export type FromReader =
  | { kind: 'events'; readId: number; events: ReadEvent[] }
  | { kind: 'end'; readId: number }
  | { kind: 'error'; readId: number; message: string }

/**
 * Stories the reader may send before the writer has taken them: enough to keep both threads busy through a
 * commit (small dumps come a few stories per batch), few enough that memory stays bounded however big the file.
 * Stories waiting in the writer's queue outlive the young generation's collections, so a longer queue leaves
 * more garbage in the old one (measured on a 250 MB file: 1,000 stories of credit cost 60 MB more peak memory
 * than 300, for no speed).
 */
export const READER_CREDIT_STORIES = 300

/** Events are posted in groups: one message per file or batch of stories, not one per event. */
export const EVENTS_PER_MESSAGE = 64
