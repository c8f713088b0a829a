import { Worker } from 'node:worker_threads'
import type { ReadEvent } from './events'
import type { FromReader, ReadRequest, ToReader } from './readerProtocol'

/**
 * The reader worker (readWorker.js), kept from one import to the next: an import's first seconds on a fresh
 * thread go to compiling its code, and a kept worker runs later imports on code already compiled (a cold import
 * of 5,000 stories spends about 1,100 µs of CPU per story, a warm one about 650). Idle, it does not keep the
 * process alive. One read at a time: the import queue runs one import at a time.
 */
/**
 * The reader's heap, beyond which V8 collects garbage rather than growing. Reading web-archive pages (a DOM and
 * Readability per page) made a garbage that V8 let grow to 630 MB of process memory on a 1 GB archive before
 * collecting it; the pages' live data is under 100 MB. Reading other dumps stays far below this.
 */
const READER_HEAP_MB = 256

export class ReaderThread {
  private worker: Worker | null = null
  private lastReadId = 0
  private deliver: ((message: FromReader) => void) | null = null

  constructor(private readonly workerFile: string) {}

  /**
   * The events of one read, granting the reader credit again for each story consumed (backpressure across
   * threads). Returning early (cancel) stops the read and waits for the reader to say it has stopped.
   */
  async *read(request: ReadRequest): AsyncGenerator<ReadEvent> {
    const worker = this.started()
    const readId = ++this.lastReadId
    const queue: FromReader[] = []
    let wake: (() => void) | null = null
    this.deliver = (message) => {
      if (message.readId !== readId) return
      queue.push(message)
      wake?.()
    }
    const next = async (): Promise<FromReader> => {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      wake = null
      return queue.shift()!
    }
    const send = (message: ToReader) => worker.postMessage(message)
    let over = false
    worker.ref()
    try {
      send({ kind: 'read', readId, request })
      for (;;) {
        const message = await next()
        if (message.kind !== 'events') {
          over = true
          if (message.kind === 'error') throw new Error(message.message)
          return
        }
        for (const event of message.events) {
          yield reviveBuffers(event)
          if (event.type === 'stories') send({ kind: 'credit', readId, stories: event.stories.length })
        }
      }
    } finally {
      if (!over) {
        send({ kind: 'stop', readId })
        // Its last message (or its exit) says the reader has let go of the read; only then may the next start.
        for (let message = await next(); message.kind === 'events'; message = await next());
      }
      this.deliver = null
      worker.unref()
    }
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    this.deliver?.({ kind: 'error', readId: this.lastReadId, message: 'the reader was closed' })
    await worker?.terminate()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    // The reader is built JavaScript: it needs none of this process's flags (a TypeScript loader would slow its start).
    const worker = new Worker(this.workerFile, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB } })
    const failed = (message: string) => {
      if (this.worker !== worker) return // already let go of (close), and its read failed then
      this.worker = null // the next read starts a new one
      this.deliver?.({ kind: 'error', readId: this.lastReadId, message })
    }
    worker.on('message', (message: FromReader) => this.deliver?.(message))
    worker.on('error', (error) => failed(error.message))
    worker.on('exit', (code) => failed(`the reader stopped (exit code ${code})`))
    worker.unref()
    this.worker = worker
    return worker
  }
}

/** Structured cloning turns Buffers into plain Uint8Arrays; SQLite binds only Buffers as blobs. */
function reviveBuffers(event: ReadEvent): ReadEvent {
  if (event.type !== 'stories') return event
  for (const story of event.stories) {
    const hash = story.prepared.identityHash as Uint8Array
    story.prepared.identityHash = Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength)
  }
  return event
}
