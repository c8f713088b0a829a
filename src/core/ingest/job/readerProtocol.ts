import type { ImportInput, ReadEvent } from './events'

/** Messages between the writer's thread and the reader worker. */
export type ToReader = { kind: 'credit'; batches: number } | { kind: 'stop' }

export type FromReader = { kind: 'events'; events: ReadEvent[] } | { kind: 'end' } | { kind: 'error'; message: string }

export interface ReaderWorkerData {
  input: ImportInput
  /** The library, opened read-only by the reader to skip files it already holds. */
  libraryPath: string
  nativeBinding?: string
}

/**
 * Story batches the reader may send before the writer has written them: enough to keep both threads busy,
 * few enough that memory stays bounded however big the file.
 */
export const READER_CREDIT_BATCHES = 6

/** Events are posted in groups: one message per file or batch of stories, not one per event. */
export const EVENTS_PER_MESSAGE = 64
