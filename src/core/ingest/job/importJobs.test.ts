import { statSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { indexSegmentCount } from '../../../../test/helpers/searchIndex'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import type { ImportSummary } from '../../../shared/contract/imports'
import { openLibrary } from '../../library'
import { SearchState, searchStories } from '../../search'
import { ImportJobs, type ImportRunner } from './importJobs'
import { inThreadRunner } from './runners'

const summaryOf = (jobId: string): ImportSummary => ({
  jobId,
  runId: 1,
  files: [],
  stories: 0,
  duplicates: 0,
  failed: 0,
  seconds: 0,
  cancelled: false
})

describe('the import queue merges the search index between imports', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    temp = makeTempDir('marsad-import-jobs-')
  })
  afterEach(() => temp.cleanup())

  it('twenty imports one after the other leave the index in a few segments, every story still found', async () => {
    const libraryPath = temp.file('library.marsad')
    openLibrary(libraryPath).close()
    const jobs = new ImportJobs(inThreadRunner(), () => libraryPath, { onProgress() {}, onFinished() {}, onFailed() {} })
    for (let day = 1; day <= 20; day++) {
      const file = temp.file(`day-${day}.jsonl`)
      writeFileSync(
        file,
        JSON.stringify({ title: `نشرة اليوم ${day}`, body: `أخبار اليوم رقم ${day} عن السوق والطقس والمرور في المدينة.` })
      )
      jobs.start({ paths: [file] })
      await jobs.idle()
    }
    // Each import commits at least one segment; without merging there would be twenty.
    expect(indexSegmentCount(libraryPath)).toBeLessThan(16)
    const library = openLibrary(libraryPath)
    try {
      const found = await searchStories(new SearchState(library), { query: 'نشره', sort: 'relevance', offset: 0, limit: 50, facets: false })
      expect(found.total).toBe(20)
      expect(library.integrityCheck()).toEqual({ ok: true, problems: [] })
    } finally {
      library.close()
    }
  })

  it("copies the import's write-ahead log into the library file between imports, while the window keeps the library open", async () => {
    const libraryPath = temp.file('library.marsad')
    const window = openLibrary(libraryPath) // the app's own connection: closing the import's is then no checkpoint
    try {
      const file = temp.file('week.jsonl')
      const lines = Array.from({ length: 300 }, (_, day) =>
        JSON.stringify({ title: `نشرة اليوم ${day}`, body: `أخبار اليوم رقم ${day} عن السوق والطقس. `.repeat(20) })
      )
      writeFileSync(file, lines.join('\n'))
      const fileBefore = statSync(libraryPath).size
      const jobs = new ImportJobs(inThreadRunner(), () => libraryPath, { onProgress() {}, onFinished() {}, onFailed() {} })
      jobs.start({ paths: [file] })
      await jobs.idle()
      // 300 stories of some 1.5 KB each: in the library file itself, not only in its log.
      expect(statSync(libraryPath).size - fileBefore).toBeGreaterThan(300 * 1500)
      expect(window.stories.count()).toBe(300)
    } finally {
      window.close()
    }
  })

  it('a new import stops the merging first, and the merging resumes once the queue is empty', async () => {
    const log: string[] = []
    const runner: ImportRunner = {
      async run(_input, job) {
        log.push(`import ${job.jobId === first ? 'first' : 'second'}`)
        return summaryOf(job.jobId)
      },
      mergeIndexes: ({ signal }) =>
        new Promise<void>((resolve) => {
          log.push('merge started')
          signal.addEventListener('abort', () => {
            log.push('merge stopped')
            resolve()
          })
          // Left running, it would go on until stopped.
        }),
      close: async () => {}
    }
    const jobs = new ImportJobs(runner, () => temp.file('library.marsad'), { onProgress() {}, onFinished() {}, onFailed() {} })
    const first = jobs.start({ paths: ['a.txt'] })
    await waitFor(() => log.includes('merge started'))
    jobs.start({ paths: ['b.txt'] })
    await waitFor(() => log.filter((line) => line === 'merge started').length === 2)
    expect(log).toEqual(['import first', 'merge started', 'merge stopped', 'import second', 'merge started'])
  })
})

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBe(true)
}
