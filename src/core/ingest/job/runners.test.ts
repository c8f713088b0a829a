import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../../test/helpers/stories'
import { indexSegmentCount } from '../../../../test/helpers/searchIndex'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary } from '../../library'
import { workerThreadRunner } from './runners'

// The app's runner starts the built worker (out/main/writerWorker.js), so this needs `npm run build` first.
const writerWorker = resolve(__dirname, '../../../../out/main/writerWorker.js')
const built = existsSync(writerWorker)
if (!built) console.log(`runners.test: ${writerWorker} is not built (npm run build); the worker-thread runner's tests skip.`)

describe.skipIf(!built)('the app runner: imports and merging in a worker thread', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir('marsad-worker-runner-')
  })
  afterEach(() => temp.cleanup())

  it('imports a file in the worker and reports its summary', async () => {
    const libraryPath = temp.file('library.marsad')
    const file = temp.file('news.jsonl')
    writeFileSync(
      file,
      [1, 2].map((day) => JSON.stringify({ title: `خبر اليوم ${day}`, body: `نص خبر اليوم ${day} عن الطقس.` })).join('\n')
    )
    const runner = workerThreadRunner(writerWorker, { readerWorkerFile: resolve(writerWorker, '../readWorker.js') })
    const summary = await runner.run(
      { paths: [file] },
      { jobId: 'job', libraryPath, signal: new AbortController().signal, onProgress() {} }
    )
    await runner.close()
    expect(summary).toMatchObject({ stories: 2, failed: 0, cancelled: false })
  })

  it('keeps its worker between tasks: imports, a cancelled import, merging, and imports again after close', async () => {
    const libraryPath = temp.file('library.marsad')
    const day = (name: string, titles: string[]) => {
      writeFileSync(temp.file(name), titles.map((title) => JSON.stringify({ title, body: `نص ${title} عن الطقس.` })).join('\n'))
      return temp.file(name)
    }
    const folder = temp.file('week')
    mkdirSync(folder)
    for (let file = 0; file < 60; file++)
      writeFileSync(resolve(folder, `day-${file}.jsonl`), JSON.stringify({ title: `خبر ${file}`, body: `نص الخبر رقم ${file}.` }))
    const runner = workerThreadRunner(writerWorker, { readerWorkerFile: resolve(writerWorker, '../readWorker.js') })
    const job = (jobId: string, signal = new AbortController().signal) => ({ jobId, libraryPath, signal, onProgress() {} })
    try {
      expect(await runner.run({ paths: [day('monday.jsonl', ['خبر الاثنين', 'تقرير الاثنين'])] }, job('monday'))).toMatchObject({
        jobId: 'monday',
        stories: 2
      })
      const cancelled = new AbortController()
      cancelled.abort()
      expect(await runner.run({ paths: [folder] }, job('week', cancelled.signal))).toMatchObject({ jobId: 'week', cancelled: true })
      expect(await runner.run({ paths: [day('tuesday.jsonl', ['خبر الثلاثاء'])] }, job('tuesday'))).toMatchObject({
        jobId: 'tuesday',
        stories: 1,
        failed: 0
      })
      await runner.mergeIndexes({ libraryPath, signal: new AbortController().signal })
      await runner.close()
      expect(await runner.run({ paths: [day('wednesday.jsonl', ['خبر الأربعاء'])] }, job('wednesday'))).toMatchObject({ stories: 1 })
    } finally {
      await runner.close()
    }
    const library = openLibrary(libraryPath)
    try {
      expect(library.stories.count()).toBe(4)
      expect(library.integrityCheck()).toEqual({ ok: true, problems: [] })
    } finally {
      library.close()
    }
  })

  it('lets its threads go after a pause, and starts them again for the next import', async () => {
    const libraryPath = temp.file('library.marsad')
    const file = (name: string) => {
      writeFileSync(temp.file(name), JSON.stringify({ title: `خبر ${name}`, body: `نص خبر ${name} عن الطقس.` }))
      return temp.file(name)
    }
    const runner = workerThreadRunner(writerWorker, { readerWorkerFile: resolve(writerWorker, '../readWorker.js') }, 20)
    const job = { jobId: 'job', libraryPath, signal: new AbortController().signal, onProgress() {} }
    try {
      expect(await runner.run({ paths: [file('first.jsonl')] }, job)).toMatchObject({ stories: 1 })
      await new Promise((resolve) => setTimeout(resolve, 200)) // the threads end meanwhile
      expect(await runner.run({ paths: [file('second.jsonl')] }, job)).toMatchObject({ stories: 1, failed: 0 })
    } finally {
      await runner.close()
    }
  })

  it('closed during an import, fails that import and nothing after it', async () => {
    const libraryPath = temp.file('library.marsad')
    const folder = temp.file('week')
    mkdirSync(folder)
    for (let file = 0; file < 60; file++)
      writeFileSync(resolve(folder, `day-${file}.jsonl`), JSON.stringify({ title: `خبر ${file}`, body: `نص الخبر رقم ${file}.` }))
    writeFileSync(temp.file('late.jsonl'), JSON.stringify({ title: 'خبر متأخر', body: 'نص الخبر المتأخر.' }))
    const runner = workerThreadRunner(writerWorker, { readerWorkerFile: resolve(writerWorker, '../readWorker.js') })
    const job = { jobId: 'job', libraryPath, signal: new AbortController().signal, onProgress() {} }
    try {
      const interrupted = runner.run({ paths: [folder] }, job)
      const closing = runner.close()
      await expect(interrupted).rejects.toThrow(/closed/)
      // The closed worker's exit arrives while the next import runs on a new one, and must not fail it.
      const next = runner.run({ paths: [temp.file('late.jsonl')] }, job)
      await closing
      expect(await next).toMatchObject({ stories: 1, failed: 0 })
    } finally {
      await runner.close()
    }
  })

  it('merges a library whose index lies in twenty segments', async () => {
    const libraryPath = temp.file('library.marsad')
    const library = openLibrary(libraryPath)
    for (let day = 1; day <= 20; day++) addStory(library, { title: `نشرة ${day}`, body: `أخبار اليوم رقم ${day} عن السوق.` }) // a segment each
    library.close()
    expect(indexSegmentCount(libraryPath)).toBe(20)

    const runner = workerThreadRunner(writerWorker, {})
    await runner.mergeIndexes({ libraryPath, signal: new AbortController().signal })
    await runner.close()
    expect(indexSegmentCount(libraryPath)).toBeLessThan(16)
  })
})
