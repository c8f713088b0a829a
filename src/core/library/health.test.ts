import { closeSync, openSync, readdirSync, utimesSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cliOnLibrary } from '../../../test/helpers/cli'
import { libraryOf400Stories, writeNoiseInTheMiddle } from '../../../test/helpers/damage'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { CHECK_EVERY_MS, HealthSession, healthFolder, recordCheck } from './health'
import { openLibrary } from './index'

describe('the library file under damage', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  const { cli, json } = cliOnLibrary(() => path)
  beforeEach(() => {
    temp = makeTempDir('marsad-health-')
    path = temp.file('news.marsad')
  })
  afterEach(() => temp.cleanup())

  /** A library of 400 stories, closed cleanly, with a backup of it. */
  async function libraryWithBackup(): Promise<void> {
    libraryOf400Stories(path)
    expect((await cli('backup')).code).toBe(0)
  }

  it('is noticed at the next open, refuses writes saying what to do, and check --repair makes it whole again', async () => {
    await libraryWithBackup()
    writeNoiseInTheMiddle(path)

    const info = await json('info')
    expect(info.readOnly).toMatchObject({
      code: 'library-damaged',
      message: expect.stringContaining('Run "marsad check --repair --library')
    })
    for (const write of [
      ['tag', '1', '--add', 'اقتصاد'],
      ['note', '1', '--add', 'ملاحظة']
    ]) {
      const run = await cli(...write)
      expect(run.code, write.join(' ')).toBe(1)
      expect(run.stderr, write.join(' ')).toMatch(/news\.marsad is damaged \(.+\)\. Marsad stopped writing to it/)
    }
    const dump = temp.file('more.txt')
    writeFileSync(dump, 'خبر آخر\n\nنص خبر آخر عن الطقس في عمّان.\n')
    expect((await cli('import', dump)).stderr).toMatch(/is damaged/)

    const repair = await json('check', '--repair')
    expect(repair.ok).toBe(true)
    expect(repair.repair.problemsBefore.length).toBeGreaterThan(0)
    expect(await json('check')).toMatchObject({ ok: true, repair: null })
    expect((await json('info')).readOnly).toBeNull()
    expect(await json('info')).toMatchObject({ storyCount: 400 })
    expect((await cli('tag', '1', '--add', 'اقتصاد')).code).toBe(0)
  })

  it('checks a big library on a thread of its own, and refuses writes once that check finds damage', async () => {
    await libraryWithBackup()
    writeNoiseInTheMiddle(path)
    const library = openLibrary(path, { checkInBackgroundAbove: 0 })
    try {
      expect(library.writable).toBe(true)
      expect((await library.backgroundCheck)?.ok).toBe(false)
      expect(library.info().readOnly?.code).toBe('library-damaged')
      expect(() => library.transaction(() => library.notes.add(1, 'ملاحظة'))).toThrow(/readonly/)
    } finally {
      library.close()
    }
    expect((await json('info')).readOnly.code).toBe('library-damaged')
  })

  it('restores the newest sound backup when rebuilding cannot mend the stories themselves, keeping the damaged file aside', async () => {
    await libraryWithBackup()
    // The middle of the stories' own table: what no index can give back.
    const library = openLibrary(path)
    const storyPage = library.db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'stories' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20")
      .pluck()
      .get() as number
    const pageSize = library.db.pragma('page_size', { simple: true }) as number
    library.close()
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (storyPage - 1) * pageSize)
    closeSync(fd)

    const run = await cli('check', '--repair')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Rebuilding it was not enough: the backup .*news\.marsad\.backups.* is in its place now/)
    expect(readdirSync(temp.dir).some((name) => /^news\.marsad\.damaged-/.test(name))).toBe(true)
    expect(await json('info')).toMatchObject({ storyCount: 400, readOnly: null })
  })

  it("is checked after Marsad did not close it, when it changed behind Marsad's back, and once a week", () => {
    openLibrary(path).close()
    const now = Date.now()
    /** What a connection opening now would be told, closing cleanly again. */
    const checkDue = (at: number) => {
      const session = HealthSession.begin(path, at)
      session.end()
      return session.checkDue
    }
    expect(checkDue(now)).toBeNull()
    utimesSync(path, new Date(), new Date(now + 5000))
    expect(checkDue(now)).toBe('the library file changed since Marsad last closed it')

    // A process that had the library open and died (the pid of no process).
    writeFileSync(join(healthFolder(path), 'open-999999999-0badc0de'), '')
    expect(checkDue(now)).toBe('Marsad did not close the library the last time it wrote to it')
    expect(checkDue(now)).toBeNull()

    recordCheck(path, { ok: true, problems: [] }, now - CHECK_EVERY_MS - 1)
    expect(checkDue(now)).toBe('the library was last checked more than a week ago')
  })
})
