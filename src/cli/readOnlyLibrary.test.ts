/**
 * A library Marsad may not write (issue 17 §3): read, searched and listed, and every write refused with a message
 * that says what is read-only. Root writes through any permission, so when the tests run as root the CLI runs as
 * `nobody` (setpriv): the file and folder permissions are then what stops it, as they would stop an analyst. A
 * read-only mount is tried where this process may mount a tmpfs (root with CAP_SYS_ADMIN, as in the project's
 * containers); elsewhere that one test says it was skipped.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ensureCliBuilt, repoRoot, spawnCli, type CliRun } from '../../test/helpers/cli'
import { makeTempDir } from '../../test/helpers/tempLibrary'

const NOBODY = 65534
const asRoot = process.getuid?.() === 0

/** The CLI as a user who is not the library's owner (and, for root, not root). */
function cliAsOtherUser(args: string[]): CliRun {
  const command = [process.execPath, resolve(repoRoot, 'bin/marsad.mjs'), ...args]
  const [file, ...rest] = asRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', ...command] : command
  const result = spawnSync(file!, rest, { encoding: 'utf8' })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

function mounted(command: string[]): boolean {
  return spawnSync(command[0]!, command.slice(1)).status === 0
}

let temp: ReturnType<typeof makeTempDir>

/** A library of one story in folder `name`, closed cleanly (no -wal or -shm left beside it). */
function libraryWithOneStory(folder: string): string {
  mkdirSync(folder, { recursive: true })
  const library = resolve(folder, 'news.marsad')
  const dump = temp.file('dump.txt')
  writeFileSync(dump, 'مباحثات اقتصادية في القاهرة\n\nبحث وزراء الاقتصاد في القاهرة تعاونًا تجاريًا جديدًا.\n')
  expect(spawnCli(['import', dump, '--create', '--library', library]).code).toBe(0)
  return library
}

function expectReadsButRefusesWrites(library: string, what: RegExp): void {
  const info = cliAsOtherUser(['info', '--json', '--library', library])
  expect(info.stderr).toBe('')
  expect(JSON.parse(info.stdout)).toMatchObject({
    storyCount: 1,
    readOnly: { code: 'library-read-only', message: expect.stringMatching(what) }
  })
  expect(cliAsOtherUser(['info', '--library', library]).stdout).toMatch(/Access: +The library .* is read-only/)

  const search = cliAsOtherUser(['search', 'القاهره', '--json', '--library', library])
  expect(search.stderr).toBe('')
  expect(JSON.parse(search.stdout).total).toBe(1)
  expect(cliAsOtherUser(['stories', '--json', '--library', library]).stdout).toContain('مباحثات اقتصادية')

  const dump = temp.file('more.txt')
  writeFileSync(dump, 'خبر آخر\n\nنص خبر آخر عن الطقس في عمّان.\n')
  chmodSync(temp.dir, 0o755)
  for (const write of [
    ['import', dump],
    ['tag', '1', '--add', 'اقتصاد'],
    ['note', '1', '--add', 'ملاحظة']
  ]) {
    const run = cliAsOtherUser([...write, '--library', library])
    expect(run.code, write.join(' ')).toBe(1)
    expect(run.stderr, write.join(' ')).toMatch(/is read-only: .*Marsad can search and read it, but not change it/)
    expect(run.stderr).toMatch(what)
  }
}

describe('a library Marsad may not write', () => {
  beforeAll(() => ensureCliBuilt())
  beforeEach(() => {
    temp = makeTempDir()
    chmodSync(temp.dir, 0o755)
  })
  afterEach(() => temp.cleanup())

  it('whose file is read-only is read, searched and listed, and refuses writes saying so', () => {
    const library = libraryWithOneStory(temp.file('own'))
    chmodSync(temp.file('own'), 0o777)
    chmodSync(library, 0o444)
    expectReadsButRefusesWrites(library, /the file itself cannot be written/)
  })

  it('in a folder that cannot hold its write-ahead log is read as it is, and refuses writes naming the folder', () => {
    const library = libraryWithOneStory(temp.file('shelf'))
    chmodSync(library, 0o666)
    chmodSync(temp.file('shelf'), 0o555)
    expectReadsButRefusesWrites(library, /its folder .*shelf cannot be written/)
  })

  it.runIf(asRoot)('on a read-only mount is read, and refuses writes naming the mount', () => {
    const mount = temp.file('usb')
    mkdirSync(mount)
    if (!mounted(['mount', '-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]))
      return void console.warn('mount is not allowed here: the read-only mount was not tried')
    try {
      const library = libraryWithOneStory(mount)
      expect(mounted(['mount', '-o', 'remount,ro', mount])).toBe(true)
      expectReadsButRefusesWrites(library, /on a read-only disk or mount/)
    } finally {
      mounted(['umount', mount])
    }
  })
})
