import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../../test/helpers/stories'
import { indexSegmentCount } from '../../../../test/helpers/searchIndex'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary } from '../../library'
import { workerThreadRunner } from './runners'

// The app's runner starts the built worker (out/main/importWorker.js), so this needs `npm run build` first.
const importWorker = resolve(__dirname, '../../../../out/main/importWorker.js')
const built = existsSync(importWorker)
if (!built) console.log(`runners.test: ${importWorker} is not built (npm run build); the worker-thread runner's tests skip.`)

describe.skipIf(!built)('the app runner: imports and merging in a worker thread', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir('marsad-worker-runner-')
  })
  afterEach(() => temp.cleanup())

  it('imports a file in the worker and reports its summary', async () => {
    const libraryPath = temp.file('library.marsad')
    const file = temp.file('news.jsonl')
    writeFileSync(file, [1, 2].map((day) => JSON.stringify({ title: `خبر اليوم ${day}`, body: `نص خبر اليوم ${day} عن الطقس.` })).join('\n'))
    const runner = workerThreadRunner(importWorker, { readerWorkerFile: resolve(importWorker, '../readWorker.js') })
    const summary = await runner.run({ paths: [file] }, { jobId: 'job', libraryPath, signal: new AbortController().signal, onProgress() {} })
    expect(summary).toMatchObject({ stories: 2, failed: 0, cancelled: false })
  })

  it('merges a library whose index lies in twenty segments', async () => {
    const libraryPath = temp.file('library.marsad')
    const library = openLibrary(libraryPath)
    for (let day = 1; day <= 20; day++) addStory(library, { title: `نشرة ${day}`, body: `أخبار اليوم رقم ${day} عن السوق.` }) // a segment each
    library.close()
    expect(indexSegmentCount(libraryPath)).toBe(20)

    await workerThreadRunner(importWorker, {}).mergeIndexes({ libraryPath, signal: new AbortController().signal })
    expect(indexSegmentCount(libraryPath)).toBeLessThan(16)
  })
})
