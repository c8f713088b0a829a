import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { repoRoot } from '../../../test/helpers/cli'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from './index'

/**
 * Another process writing the library: it takes the write lock, says so, holds it a moment as an import's batch
 * does, and commits.
 */
async function anotherProcessWrites(path: string, holdMs: number): Promise<{ finished: Promise<number> }> {
  const script = `
    const db = new (require('better-sqlite3'))(${JSON.stringify(path)})
    db.exec("BEGIN IMMEDIATE; INSERT INTO import_runs (started_at) VALUES ('now')")
    console.log('locked')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs})
    db.exec('COMMIT')`
  const child = spawn(process.execPath, ['-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] })
  const finished = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)))
  for await (const line of createInterface({ input: child.stdout! })) if (line === 'locked') break
  return { finished }
}

describe('a library two processes write', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-concurrency-')
    library = openLibrary(temp.file('library.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('lets a write that reads first wait its turn instead of failing with "database is locked"', async () => {
    const id = addStory(library, { title: 'خبر', body: 'نص الخبر.' })
    // A snapshot read before the other process commits made the write fail at once, whatever the busy timeout.
    const { finished } = await anotherProcessWrites(library.path, 500)
    const tagsBefore = library.transaction(() => {
      const count = library.tags.tagIdsOfStory(id).length
      library.db.prepare("INSERT INTO notes (story_id, body, created_at, updated_at) VALUES (?, 'ملاحظة', 'now', 'now')").run(id)
      return count
    })
    expect(tagsBefore).toBe(0)
    expect(await finished).toBe(0)
    expect(library.db.prepare('SELECT count(*) FROM import_runs').pluck().get()).toBe(1)
  })
})
