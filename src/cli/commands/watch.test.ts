import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cliOnLibrary, ensureCliBuilt, repoRoot } from '../../../test/helpers/cli'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'
import { saveSearch, SearchState, setSavedSearchAlert } from '../../core/search'

describe('marsad watch', () => {
  let temp: ReturnType<typeof makeTempDir>
  let inbox: string
  const { cli, json } = cliOnLibrary(() => temp.file('lib.marsad'))
  beforeEach(() => {
    temp = makeTempDir('marsad-cli-watch-')
    inbox = temp.file('inbox')
    mkdirSync(inbox)
    // The CLI opens only a library that exists (marsad init makes one).
    openLibrary(temp.file('lib.marsad')).close()
  })
  afterEach(() => temp.cleanup())

  it('adds, lists and removes watched folders, by path or id', async () => {
    const added = await json('watch', 'add', inbox)
    expect(added).toMatchObject({ id: expect.any(Number), path: inbox, lastImportAt: null })
    expect(await json('watch', 'list')).toEqual([expect.objectContaining({ path: inbox, state: 'idle' })])
    expect((await cli('watch', 'list')).stdout).toMatch(new RegExp(`^${added.id}\\tidle\\tnever\\t${inbox}`))
    expect(await json('watch', 'remove', inbox)).toEqual({ removed: true })

    const again = await json('watch', 'add', inbox)
    expect(await json('watch', 'remove', String(again.id))).toEqual({ removed: true })
    expect((await cli('watch', 'list')).stdout).toMatch(/No folder is watched/)
  })

  it('says what is wrong with a folder it cannot watch, or a subcommand it does not know', async () => {
    const missing = await cli('watch', 'add', temp.file('nowhere'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(`${temp.file('nowhere')} does not exist`)
    writeFileSync(temp.file('a.jsonl'), '{}')
    expect((await cli('watch', 'add', temp.file('a.jsonl'))).stderr).toMatch(/is a file, not a folder/)
    expect((await cli('watch', 'remove', inbox)).stderr).toContain(`${inbox} is not a watched folder`)
    expect((await cli('watch', 'remove', '99')).stderr).toContain('There is no watched folder 99')
    const unknown = await cli('watch', 'start')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown subcommand "start"/)
    expect((await cli('watch', 'run', '--stable-for', 'soon')).stderr).toMatch(/--stable-for takes seconds/)
  })

  describe('run, as a program', () => {
    beforeAll(() => ensureCliBuilt())

    it('imports what arrives, printing one JSON line per file and one for the alerts it raised, until stopped', async () => {
      await json('watch', 'add', inbox)
      const library = openLibrary(temp.file('lib.marsad'))
      const search = new SearchState(library)
      setSavedSearchAlert(search, (await saveSearch(search, 'كوريا', 'كوريا')).id, 'on')
      library.close()
      const watcher = spawn(process.execPath, [
        resolve(repoRoot, 'bin/marsad.mjs'),
        'watch',
        'run',
        '--json',
        '--stable-for',
        '0.3',
        '--library',
        temp.file('lib.marsad')
      ])
      let stdout = ''
      let stderr = ''
      watcher.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      const twoLines = new Promise<string[]>((resolveLines) =>
        watcher.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString()
          const lines = stdout.split('\n')
          if (lines.length > 2) resolveLines(lines.slice(0, 2))
        })
      )
      const exited = new Promise<number | null>((resolveExit) => watcher.on('exit', (code) => resolveExit(code)))
      // Written once the watcher has had time to start: the file arrives while it runs, as a scraper's would (one
      // already there when it starts is imported too).
      await new Promise((resolveReady) => setTimeout(resolveReady, 1500))
      const wire = resolve(inbox, 'wire.jsonl')
      writeFileSync(
        wire,
        [
          { title: 'كوريا الشمالية تطلق صاروخا', body: 'أطلقت كوريا الشمالية صاروخا باليستيا فجر اليوم.' },
          { title: 'افتتاح الميناء', body: 'افتتح المحافظ ميناء الصيد الجديد.' }
        ]
          .map((line) => JSON.stringify(line))
          .join('\n')
      )
      const [file, alerts] = (await twoLines).map((line) => JSON.parse(line))
      expect(file).toMatchObject({ path: wire, kind: 'jsonl', stories: 2, error: null })
      expect(alerts).toEqual({ alerts: [{ savedSearch: 'كوريا', new: 1, storyIds: [1] }] })
      watcher.kill('SIGTERM')
      expect(await exited, stderr).toBe(0)
      expect(stderr).toBe('')
      expect(await json('watch', 'list')).toEqual([expect.objectContaining({ lastImportFiles: 1, lastImportAt: expect.any(String) })])
    }, 60_000)
  })
})
