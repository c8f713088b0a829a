import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ImportSummary } from '../../shared/contract/imports'
import type { WatchedFolder } from '../../shared/contract/watch'
import { MarsadCore } from '../core'

const story = (n: number) =>
  JSON.stringify({
    title: `خبر المرصد رقم ${n}`,
    body: `أعلنت الوزارة اليوم نتائج الدراسة رقم ${n} حول أسعار الغذاء في المنطقة.`,
    source: 'وكالة'
  })
const lines = (from: number, count: number) => Array.from({ length: count }, (_, i) => story(from + i)).join('\n') + '\n'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Files appear on a loaded machine in their own time: wait generously, never assert how long it took. */
const eventually = { timeout: 30_000, interval: 50 }
/** Files count as complete sooner than in the app, whose writers may be slow network shares. */
const quickly = { stabilityMs: 400 }

describe('watched folders', () => {
  let temp: ReturnType<typeof makeTempDir>
  let inbox: string
  let core: MarsadCore
  let summaries: ImportSummary[]
  let folderStates: WatchedFolder[][]

  const openCore = () => {
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    summaries = []
    folderStates = []
    core.onEvent((event, payload) => {
      if (event === 'importFinished') summaries.push(payload as ImportSummary)
      if (event === 'watchedFoldersChanged') folderStates.push((payload as { folders: WatchedFolder[] }).folders)
    })
    return core
  }
  const storyCount = () => core.library.stories.count()
  const importedPaths = () => summaries.flatMap((summary) => summary.files.map((file) => file.path))
  const stateOf = () => core.watch.list()[0]!.state

  beforeEach(() => {
    temp = makeTempDir('marsad-watch-')
    inbox = temp.file('inbox')
    mkdirSync(inbox)
    openCore()
  })
  afterEach(async () => {
    await core.watch.close()
    await core.imports.idle()
    core.close()
    temp.cleanup()
  })

  it('imports a file that grows only once its size holds still, whole, and again when it grows later', async () => {
    core.watch.add(inbox)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)
    const file = join(inbox, 'wire.jsonl')
    // Written in pieces, each sooner after the last than the stability time.
    writeFileSync(file, lines(0, 10))
    for (let piece = 1; piece < 5; piece++) {
      await sleep(50)
      appendFileSync(file, lines(piece * 10, 10))
    }
    await vi.waitFor(() => expect(storyCount()).toBe(50), eventually)
    expect(summaries).toHaveLength(1)
    expect(summaries[0]!.files).toEqual([expect.objectContaining({ path: file, stories: 50, error: null })])
    expect(core.watch.list()[0]).toMatchObject({ lastImportFiles: 1, lastImportAt: expect.any(String) })

    // The scraper adds to it later: the new stories arrive, the old ones count as already held.
    appendFileSync(file, lines(50, 5))
    await vi.waitFor(() => expect(storyCount()).toBe(55), eventually)
    expect(summaries.at(-1)).toMatchObject({ stories: 5, duplicates: 50 })
  })

  it('imports a file renamed into place under its own name, never its partial download', async () => {
    core.watch.add(inbox)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)
    const partial = join(inbox, 'agency.jsonl.part')
    writeFileSync(partial, lines(0, 3))
    await sleep(200)
    appendFileSync(partial, lines(3, 3))
    renameSync(partial, join(inbox, 'agency.jsonl'))
    await vi.waitFor(() => expect(storyCount()).toBe(6), eventually)
    expect(importedPaths()).toEqual([join(inbox, 'agency.jsonl')])
  })

  it('reports a folder that disappears, and watches it again when it returns', async () => {
    const drive = temp.file('drive')
    const folder = join(drive, 'dumps')
    mkdirSync(folder, { recursive: true })
    core.watch.add(folder)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)

    rmSync(drive, { recursive: true })
    await vi.waitFor(() => expect(stateOf()).toBe('missing'), eventually)
    expect(core.watch.list()[0]!.problem).toContain('missing')
    // The window hears of it too.
    await vi.waitFor(() => expect(folderStates.flat().some((folder) => folder.state === 'missing')).toBe(true), eventually)

    mkdirSync(folder, { recursive: true })
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)
    writeFileSync(join(folder, 'back.jsonl'), lines(0, 4))
    await vi.waitFor(() => expect(storyCount()).toBe(4), eventually)
  })

  it('does not import again after a restart, but imports what arrived while it was closed', async () => {
    writeFileSync(join(inbox, 'before.jsonl'), lines(0, 3))
    core.watch.add(inbox)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(storyCount()).toBe(3), eventually)
    await core.watch.close()
    await core.imports.idle()
    core.close()

    writeFileSync(join(inbox, 'while-closed.jsonl'), lines(3, 2))
    openCore().watch.start(quickly)
    await vi.waitFor(() => expect(storyCount()).toBe(5), eventually)
    await core.imports.idle()
    expect(importedPaths()).toEqual([join(inbox, 'while-closed.jsonl')])
    expect(core.library.imports.listRuns(10)).toHaveLength(2)
  })

  it('imports a burst of files in a few imports, not one per file, every story landing', async () => {
    core.watch.add(inbox)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)
    const files = 1500
    for (let n = 0; n < files; n++) writeFileSync(join(inbox, `story-${n}.jsonl`), story(n))
    await vi.waitFor(() => expect(storyCount()).toBe(files), { ...eventually, timeout: 120_000 })
    expect(summaries.length).toBeLessThan(20)
    expect(new Set(importedPaths()).size).toBe(files)
    expect(folderStates.flat().some((folder) => folder.state === 'importing' && folder.queued > 0)).toBe(true)
  }, 180_000)

  it('watches the folders of the library that is open: another library opened brings its own', async () => {
    core.watch.add(inbox)
    core.watch.start(quickly)
    await vi.waitFor(() => expect(stateOf()).toBe('watching'), eventually)
    core.switchLibrary(temp.file('other.marsad'))
    expect(core.watch.list()).toEqual([])
    const elsewhere = temp.file('elsewhere')
    mkdirSync(elsewhere)
    core.watch.add(elsewhere)
    writeFileSync(join(inbox, 'ignored.jsonl'), lines(0, 2))
    writeFileSync(join(elsewhere, 'wire.jsonl'), lines(2, 3))
    await vi.waitFor(() => expect(storyCount()).toBe(3), eventually)
    await core.imports.idle()
    expect(importedPaths()).toEqual([join(elsewhere, 'wire.jsonl')])
  })

  it('refuses a folder that does not exist, or a file, naming it', () => {
    expect(() => core.watch.add(temp.file('nowhere'))).toThrow(/nowhere does not exist/)
    writeFileSync(temp.file('a.jsonl'), story(1))
    expect(() => core.watch.add(temp.file('a.jsonl'))).toThrow(/a\.jsonl is a file, not a folder/)
  })
})
