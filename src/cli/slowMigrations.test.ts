import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../test/helpers/cli'
import { makeTempDir } from '../../test/helpers/tempLibrary'
import { MARSAD_APPLICATION_ID, migrations } from '../core/library'
import { migrate } from '../core/library/migrate'

describe('a library of an earlier Marsad whose update reads every story again', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-slow-migration-')))
  afterEach(() => temp.cleanup())

  it('says so on stderr before the wait, once, and the command then does its work', async () => {
    const path = temp.file('older.marsad')
    // At schema 200, before the index was made again with the stems under clitics (migration 0210).
    const older = new BetterSqlite3(path)
    older.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
    migrate(
      older,
      migrations.filter((migration) => migration.version <= 200)
    )
    older
      .prepare('INSERT INTO stories (title, body, added_at, identity_hash) VALUES (?, ?, ?, ?)')
      .run('افتتاح ميناء الصيد', 'افتتح الميناء الجديد.', '2024-08-08T09:00:00Z', Buffer.from([1]))
    older.close()

    const first = await runCli(['search', 'ميناء', '--library', path])
    expect(first.code).toBe(0)
    expect(first.stderr).toContain('Marsad is making the search index of this library again, once')
    expect(first.stdout).toContain('افتتاح ميناء الصيد')
    const second = await runCli(['info', '--library', path])
    expect(second.stderr).toBe('')
  })
})
