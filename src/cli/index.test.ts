import { execFile } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ensureCliBuilt, repoRoot, runCli, spawnCli } from '../../test/helpers/cli'
import { addStory } from '../../test/helpers/stories'
import { makeTempDir } from '../../test/helpers/tempLibrary'
import { openLibrary } from '../core'

describe('marsad CLI', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-cli-')))
  afterEach(() => temp.cleanup())

  it('lists its commands with --help and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Usage: marsad <command>/)
    expect(run.stdout).toMatch(/\n {2}info +Show the library/)
  })

  it('explains one command with <command> --help', async () => {
    const run = await runCli(['info', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: marsad info \[--library FILE\] \[--json\]/)
  })

  it('reports a library as JSON with --json', async () => {
    const path = temp.file('lib.marsad')
    const library = openLibrary(path)
    addStory(library, { title: 'خبر', body: 'نص' })
    library.close()

    const run = await runCli(['info', '--library', path, '--json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toMatchObject({ path, schemaVersion: expect.any(Number), storyCount: 1, sizeBytes: expect.any(Number) })
  })

  it('takes the library from MARSAD_LIBRARY when --library is absent', async () => {
    const path = temp.file('from-env.marsad')
    const run = await runCli(['--json', 'info', '--create'], { MARSAD_LIBRARY: path })
    expect(JSON.parse(run.stdout).path).toBe(path)
  })

  it('creates a library only when asked, with init or --create: a mistyped --library leaves nothing behind', async () => {
    const typo = temp.file('typo/news.marsad')
    const refused = await runCli(['import', temp.file('none.txt'), '--library', typo])
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toBe(
      `marsad import: There is no library at ${typo}. Create one with "marsad init ${typo}", or add --create to the command.`
    )
    expect(existsSync(temp.file('typo'))).toBe(false)

    const init = await runCli(['init', typo, '--json'])
    expect(JSON.parse(init.stdout)).toEqual({ path: typo, created: true, schemaVersion: expect.any(Number) })
    expect((await runCli(['init', typo])).stdout).toMatch(/is a library already .*; nothing changed\./)
    expect(JSON.parse((await runCli(['info', '--library', typo, '--json'])).stdout)).toMatchObject({ path: typo, storyCount: 0 })
  })

  it('uses exit code 2 for bad usage and says how to use the command', async () => {
    for (const args of [['info', '--bogus'], ['info', 'extra'], ['frobnicate'], []]) {
      const run = await runCli(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/Usage: marsad/)
    }
  })

  it('reports failures on stderr with exit code 1 (JSON on stdout stays empty)', async () => {
    const notALibrary = temp.file('notes.txt')
    writeFileSync(notALibrary, 'plain text, not a library')
    const run = await runCli(['info', '--library', notALibrary, '--json'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'not-a-library' } })
  })

  describe('as a program', () => {
    beforeAll(() => ensureCliBuilt())

    it('runs from bin/marsad.mjs with the same contract', () => {
      const path = temp.file('spawned.marsad')
      const run = spawnCli(['info', '--json', '--create', '--library', path])
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ path, storyCount: 0 })
      expect(spawnCli(['nope']).code).toBe(2)
    })

    it('lets two processes create the same library at the same moment', async () => {
      // Before, 6 of 20 such pairs failed with "table import_files already exists". Each process loads Marsad,
      // then waits for the same instant to open its library, so that the two of a pair race for real.
      const run = promisify(execFile)
      const startAt = Date.now() + 3000
      const racer = (path: string) => `
        const { main } = require(${JSON.stringify(resolve(repoRoot, 'out/cli/index.js'))})
        while (Date.now() < ${startAt});
        main(['info', '--create', '--json', '--library', ${JSON.stringify(path)}]).then((code) => { process.exitCode = code })`
      const pairs = Array.from({ length: 6 }, (_, pair) => temp.file(`pair-${pair}.marsad`))
      const outcomes = await Promise.allSettled(pairs.flatMap((path) => [0, 1].map(() => run(process.execPath, ['-e', racer(path)]))))
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([])
      for (const path of pairs) expect(JSON.parse(spawnCli(['info', '--json', '--library', path]).stdout)).toMatchObject({ storyCount: 0 })
    })
  })
})
