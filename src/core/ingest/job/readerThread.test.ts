import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary } from '../../library'
import type { ReadEvent } from './events'
import { ReaderThread } from './readerThread'

// The reader thread runs the built worker (out/cli/readWorker.js), so this needs `npm run build` first.
const readWorker = resolve(__dirname, '../../../../out/cli/readWorker.js')
const built = existsSync(readWorker)
if (!built) console.log(`readerThread.test: ${readWorker} is not built (npm run build); the reader thread's tests skip.`)

const jsonLines = (titles: string[]) => titles.map((title) => JSON.stringify({ title, body: `نص ${title} عن الطقس والأسواق.` })).join('\n')

async function titlesRead(events: AsyncIterable<ReadEvent>, stopAfterStories = Infinity): Promise<string[]> {
  const titles: string[] = []
  for await (const event of events) {
    if (event.type !== 'stories') continue
    titles.push(...event.stories.map((story) => story.prepared.fields.title ?? ''))
    if (titles.length >= stopAfterStories) break
  }
  return titles
}

describe.skipIf(!built)('the reader thread, kept from one import to the next', () => {
  let temp: ReturnType<typeof makeTempDir>
  let libraryPath: string
  let reader: ReaderThread
  beforeEach(() => {
    temp = makeTempDir('marsad-reader-thread-')
    libraryPath = temp.file('library.marsad')
    openLibrary(libraryPath).close()
    reader = new ReaderThread(readWorker)
  })
  afterEach(async () => {
    await reader.close()
    temp.cleanup()
  })

  it('reads one import after another, each getting its own stories only', async () => {
    writeFileSync(temp.file('monday.jsonl'), jsonLines(['خبر الاثنين', 'تقرير الاثنين']))
    writeFileSync(temp.file('tuesday.jsonl'), jsonLines(['خبر الثلاثاء']))
    expect(await titlesRead(reader.read({ input: { paths: [temp.file('monday.jsonl')] }, libraryPath }))).toEqual([
      'خبر الاثنين',
      'تقرير الاثنين'
    ])
    expect(await titlesRead(reader.read({ input: { paths: [temp.file('tuesday.jsonl')] }, libraryPath }))).toEqual(['خبر الثلاثاء'])
  })

  it('after a read stopped half-way (a cancelled import), the next read gets none of the stopped one', async () => {
    const folder = temp.file('many')
    mkdirSync(folder)
    for (let file = 0; file < 40; file++)
      writeFileSync(resolve(folder, `day-${file}.jsonl`), jsonLines([`خبر رقم ${file} أ`, `خبر رقم ${file} ب`]))
    writeFileSync(temp.file('late.jsonl'), jsonLines(['خبر متأخر']))
    expect(await titlesRead(reader.read({ input: { paths: [folder] }, libraryPath }), 1)).toHaveLength(2)
    expect(await titlesRead(reader.read({ input: { paths: [temp.file('late.jsonl')] }, libraryPath }))).toEqual(['خبر متأخر'])
  })

  it('closed during a read, fails that read rather than leaving it waiting', async () => {
    // More stories than the reader may send ahead untaken: it cannot have finished when it is closed.
    writeFileSync(temp.file('year.jsonl'), jsonLines(Array.from({ length: 1000 }, (_, day) => `خبر اليوم ${day}`)))
    const events = reader.read({ input: { paths: [temp.file('year.jsonl')] }, libraryPath })
    await events.next()
    const closing = reader.close()
    await expect(titlesRead(events)).rejects.toThrow(/closed/)
    await closing
  })

  it('a reader that dies fails its read with the reason, and the next read starts a new one', async () => {
    // A worker file that exits at its first start, and is the real reader afterwards.
    const marker = temp.file('started-once')
    const flaky = temp.file('flakyReader.js')
    writeFileSync(
      flaky,
      `const fs = require('node:fs')
      if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); process.exit(3) }
      require(${JSON.stringify(readWorker)})`
    )
    writeFileSync(temp.file('news.jsonl'), jsonLines(['خبر اليوم']))
    const flakyReader = new ReaderThread(flaky)
    try {
      await expect(titlesRead(flakyReader.read({ input: { paths: [temp.file('news.jsonl')] }, libraryPath }))).rejects.toThrow(
        /exit code 3/
      )
      expect(await titlesRead(flakyReader.read({ input: { paths: [temp.file('news.jsonl')] }, libraryPath }))).toEqual(['خبر اليوم'])
    } finally {
      await flakyReader.close()
    }
  })
})
