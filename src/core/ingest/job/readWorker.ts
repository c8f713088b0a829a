/**
 * Worker-thread entry: reads, parses and analyses an import's inputs and posts the events to the writer's
 * thread in groups, never more than its credit of stories ahead. The worker serves one read after another for
 * as long as its owner keeps it (ReaderThread), so later imports run on code the engine has already compiled.
 */
import { parentPort } from 'node:worker_threads'
import { ImportedFilesReader } from '../../library'
import type { ReadEvent } from './events'
import { readInputs } from './readInputs'
import { EVENTS_PER_MESSAGE, READER_CREDIT_STORIES, type FromReader, type ReadRequest, type ToReader } from './readerProtocol'
import { lowerThreadPriority } from './threadPriority'

lowerThreadPriority() // the window's searches come first (see threadPriority.ts)
const port = parentPort!
const post = (message: FromReader) => port.postMessage(message)

interface Read {
  readId: number
  credit: number
  stopped: boolean
  waitingForCredit: (() => void) | null
}

let current: Read | null = null

port.on('message', (message: ToReader) => {
  if (message.kind === 'read') {
    void serve(message.readId, message.request)
    return
  }
  if (current?.readId !== message.readId) return // a message for a read already over
  if (message.kind === 'credit') current.credit += message.stories
  else current.stopped = true
  current.waitingForCredit?.()
})

async function serve(readId: number, request: ReadRequest): Promise<void> {
  const read: Read = { readId, credit: READER_CREDIT_STORIES, stopped: false, waitingForCredit: null }
  current = read
  try {
    await readInto(read, request)
    post({ kind: 'end', readId })
  } catch (error) {
    post({ kind: 'error', readId, message: (error as Error).message })
  } finally {
    if (current === read) current = null
  }
}

async function readInto(read: Read, request: ReadRequest): Promise<void> {
  const known = new ImportedFilesReader(request.libraryPath, request.nativeBinding)
  let pending: ReadEvent[] = []
  const flush = () => {
    if (pending.length > 0) post({ kind: 'events', readId: read.readId, events: pending })
    pending = []
  }
  try {
    for await (const event of readInputs(request.input, { isImported: (sha256) => known.has(sha256) })) {
      if (read.stopped) return
      if (event.type === 'stories') {
        flush()
        while (read.credit <= 0 && !read.stopped) await new Promise<void>((resolve) => (read.waitingForCredit = resolve))
        if (read.stopped) return
        read.credit -= event.stories.length
        pending.push(event)
        flush()
      } else {
        pending.push(event)
        if (pending.length >= EVENTS_PER_MESSAGE) flush()
      }
    }
    flush()
  } finally {
    known.close()
  }
}
