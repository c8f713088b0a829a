import { readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli'
import { libraryOf400Stories, writeNoiseInTheMiddle } from '../../../test/helpers/damage'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { MARSAD_APPLICATION_ID, migrations, openLibrary } from './index'
import { migrate } from './migrate'
import { DAILY_BACKUP_MS } from './backups'

describe('backups and checks', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-backups-')))
  afterEach(() => temp.cleanup())

  it('copies a library made by an older Marsad before migrating it', () => {
    const path = temp.file('old.marsad')
    const db = new BetterSqlite3(path)
    db.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
    migrate(db, migrations.slice(0, -1))
    db.close()
    openLibrary(path).close()

    const copies = readdirSync(temp.file('old.marsad.backups'))
    expect(copies).toEqual([expect.stringMatching(new RegExp(`-before-schema-${migrations.at(-1)!.version}\\.marsad$`))])
    const copy = new BetterSqlite3(temp.file(`old.marsad.backups/${copies[0]}`), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.at(-2)!.version)
    copy.close()
    // A library already up to date is not copied again.
    openLibrary(path).close()
    expect(readdirSync(temp.file('old.marsad.backups'))).toHaveLength(1)
  })

  it('copies a changed library as it closes, at most once a day', () => {
    const path = temp.file('news.marsad')
    const backups = () => readdirSync(temp.file('news.marsad.backups'))
    const library = openLibrary(path)
    addStory(library, { title: 'خبر', body: 'نص الخبر الأول.' })
    library.close()
    expect(backups()).toEqual([expect.stringMatching(/-daily\.marsad$/)])

    const again = openLibrary(path)
    addStory(again, { title: 'خبر ثان', body: 'نص الخبر الثاني.' })
    again.close()
    expect(backups()).toHaveLength(1)

    // A day later: a library only read is not copied; one changed is.
    const dayAgo = (Date.now() - DAILY_BACKUP_MS - 60_000) / 1000
    utimesSync(temp.file(`news.marsad.backups/${backups()[0]}`), dayAgo, dayAgo)
    const reader = openLibrary(path)
    expect(reader.stories.count()).toBe(2)
    reader.close()
    expect(backups()).toHaveLength(1)
    const writer = openLibrary(path)
    addStory(writer, { title: 'خبر ثالث', body: 'نص الخبر الثالث.' })
    writer.close()
    expect(backups()).toHaveLength(2)
  })

  it('copies a library an import changed, once the import is written', async () => {
    const path = temp.file('news.marsad')
    openLibrary(path).close()
    rmSync(temp.file('news.marsad.backups'), { recursive: true, force: true })
    writeFileSync(temp.file('dump.txt'), 'سوق الذهب يغلق على ارتفاع\n\nارتفعت أسعار الذهب في ختام تعاملات اليوم.\n')
    expect((await runCli(['import', temp.file('dump.txt'), '--library', path])).code).toBe(0)
    const copies = readdirSync(temp.file('news.marsad.backups'))
    expect(copies).toEqual([expect.stringMatching(/-daily\.marsad$/)])
    const copy = openLibrary(temp.file(`news.marsad.backups/${copies[0]}`))
    expect(copy.stories.count()).toBe(1)
    copy.close()
  })

  it('backs up on request, keeping the newest five in the backup folder, or to a file named', async () => {
    const path = temp.file('news.marsad')
    const library = openLibrary(path)
    addStory(library, { title: 'خبر', body: 'نص الخبر.' })
    library.close()
    for (let i = 0; i < 7; i++) {
      const run = await runCli(['backup', '--library', path, '--json'])
      expect(run.stderr).toBe('')
      await new Promise((resolve) => setTimeout(resolve, 2)) // copies are named by the millisecond
    }
    expect(readdirSync(temp.file('news.marsad.backups'))).toHaveLength(5)
    const named = await runCli(['backup', temp.file('copy.marsad'), '--library', path])
    expect(named.stdout).toMatch(/^Copied the library to .*copy\.marsad/)
    const copy = openLibrary(temp.file('copy.marsad'))
    expect(copy.stories.count()).toBe(1)
    copy.close()
    const again = await runCli(['backup', temp.file('copy.marsad'), '--library', path])
    expect(again.stderr).toContain('copy.marsad exists already; name a new file for the copy.')
  })

  it('finds damage in the middle of the file, says what to do, and exits 1', async () => {
    const path = temp.file('damaged.marsad')
    libraryOf400Stories(path)
    expect((await runCli(['check', '--library', path])).code).toBe(0)
    writeNoiseInTheMiddle(path)

    const run = await runCli(['check', '--library', path])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/damaged\.marsad is damaged:\n/)
    expect(run.stdout).toContain('Run "marsad check --repair" to rebuild it, or restore it from a backup in')
  })
})
