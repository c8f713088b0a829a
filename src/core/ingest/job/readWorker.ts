/**
 * Worker-thread entry: reads, parses and analyses the import's inputs and posts the events to the writer's
 * thread in groups, never more than its credit of stories ahead.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ImportedFilesReader } from '../../library'
import type { ReadEvent } from './events'
import { readInputs } from './readInputs'
import { EVENTS_PER_MESSAGE, READER_CREDIT_STORIES, type FromReader, type ReaderWorkerData, type ToReader } from './readerProtocol'

const port = parentPort!
const data = workerData as ReaderWorkerData
const post = (message: FromReader) => port.postMessage(message)

let credit = READER_CREDIT_STORIES
let stopped = false
let waitingForCredit: (() => void) | null = null

port.on('message', (message: ToReader) => {
  if (message.kind === 'credit') credit += message.stories
  else stopped = true
  waitingForCredit?.()
})

async function main(): Promise<void> {
  const known = new ImportedFilesReader(data.libraryPath, data.nativeBinding)
  let pending: ReadEvent[] = []
  const flush = () => {
    if (pending.length > 0) post({ kind: 'events', events: pending })
    pending = []
  }
  try {
    for await (const event of readInputs(data.input, { isImported: (sha256) => known.has(sha256) })) {
      if (stopped) return
      if (event.type === 'stories') {
        flush()
        while (credit <= 0 && !stopped) await new Promise<void>((resolve) => (waitingForCredit = resolve))
        if (stopped) return
        credit -= event.stories.length
        pending.push(event)
        flush()
      } else {
        pending.push(event)
        if (pending.length >= EVENTS_PER_MESSAGE) flush()
      }
    }
    flush()
    post({ kind: 'end' })
  } finally {
    known.close()
  }
}

main().then(
  () => port.close(),
  (error: Error) => post({ kind: 'error', message: error.message })
)
