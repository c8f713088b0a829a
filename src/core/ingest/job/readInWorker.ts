import { Worker } from 'node:worker_threads'
import type { ReadEvent } from './events'
import type { FromReader, ReaderWorkerData, ToReader } from './readerProtocol'

/**
 * Runs `readInputs` on a worker thread and hands its events to the caller as an async iterable, granting the
 * reader credit again for each story consumed (backpressure across threads).
 * Returning early (cancel) stops the worker.
 */
export async function* readInWorker(workerFile: string, workerData: ReaderWorkerData): AsyncGenerator<ReadEvent> {
  // The reader is built JavaScript: it needs none of this process's flags (a TypeScript loader would slow its start).
  const worker = new Worker(workerFile, { workerData, execArgv: [] })
  const queue: FromReader[] = []
  let wake: (() => void) | null = null
  const push = (message: FromReader) => {
    queue.push(message)
    wake?.()
  }
  worker.on('message', push)
  worker.on('error', (error) => push({ kind: 'error', message: error.message }))
  worker.on('exit', (code) => code !== 0 && push({ kind: 'error', message: `the reader stopped (exit code ${code})` }))
  const send = (message: ToReader) => worker.postMessage(message)

  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      wake = null
      const message = queue.shift()!
      if (message.kind === 'end') return
      if (message.kind === 'error') throw new Error(message.message)
      for (const event of message.events) {
        yield reviveBuffers(event)
        if (event.type === 'stories') send({ kind: 'credit', stories: event.stories.length })
      }
    }
  } finally {
    send({ kind: 'stop' })
    await worker.terminate()
  }
}


/** Structured cloning turns Buffers into plain Uint8Arrays; SQLite binds only Buffers as blobs. */
function reviveBuffers(event: ReadEvent): ReadEvent {
  if (event.type !== 'stories') return event
  for (const story of event.stories) {
    const hash = story.prepared.contentHash as Uint8Array
    story.prepared.contentHash = Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength)
  }
  return event
}
