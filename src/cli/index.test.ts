import { writeFileSync } from 'node:fs'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ensureCliBuilt, runCli, spawnCli } from '../../test/helpers/cli'
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
    const run = await runCli(['--json', 'info'], { MARSAD_LIBRARY: path })
    expect(JSON.parse(run.stdout).path).toBe(path)
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
      const run = spawnCli(['info', '--json', '--library', path])
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toMatchObject({ path, storyCount: 0 })
      expect(spawnCli(['nope']).code).toBe(2)
    })
  })
})
