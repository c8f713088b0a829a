import { readFileSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { MarsadError } from '../../shared/errors'
import { MARSAD_APPLICATION_ID, migrations, openLibrary, type Migration } from './index'
import { migrate } from './migrate'

const latest = migrations[migrations.length - 1]!.version

describe('library file', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir()))
  afterEach(() => temp.cleanup())

  it('creates a new library with the whole schema, WAL and foreign keys', () => {
    const library = openLibrary(temp.file('new.marsad'))
    expect(library.schemaVersion).toBe(latest)
    expect(library.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(library.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(library.db.pragma('application_id', { simple: true })).toBe(MARSAD_APPLICATION_ID)
    const tables = library.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(
      expect.arrayContaining([
        'stories',
        'sightings',
        'import_files',
        'import_runs',
        'tags',
        'story_tags',
        'links',
        'notes',
        'briefings',
        'briefing_sections',
        'briefing_items',
        'saved_searches'
      ])
    )
    library.close()
  })

  it('keeps stories across reopening and reports them in info()', () => {
    const path = temp.file('reopen.marsad')
    const first = openLibrary(path)
    addStory(first, { title: 'عنوان', body: 'نص الخبر', date: '2024-02-04' })
    addStory(first, { title: 'آخر', body: 'نص آخر', date: '2024-02-05' })
    first.close()

    const again = openLibrary(path)
    const info = again.info()
    expect(info).toMatchObject({ path, schemaVersion: latest, storyCount: 2 })
    expect(info.sizeBytes).toBeGreaterThan(0)
    expect(again.stories.listNewestFirst(0, 10).map((s) => s.title)).toEqual(['آخر', 'عنوان'])
    again.close()
  })

  it('lists stories newest first, those without a date last, in pages', () => {
    const library = openLibrary(temp.file('order.marsad'))
    addStory(library, { title: 'undated', body: 'x' })
    addStory(library, { title: 'old', body: 'x', date: '2018-07-09' })
    addStory(library, { title: 'new', body: 'x', date: '2025-04-26' })
    expect(library.stories.listNewestFirst(0, 2).map((s) => s.title)).toEqual(['new', 'old'])
    expect(library.stories.listNewestFirst(2, 2).map((s) => s.title)).toEqual(['undated'])
    library.close()
  })

  it('refuses a library made by a newer Marsad and leaves the file untouched', () => {
    const path = temp.file('future.marsad')
    openLibrary(path).close()
    const raw = new BetterSqlite3(path)
    raw.pragma(`user_version = ${latest + 10}`)
    raw.pragma('journal_mode = DELETE')
    raw.close()
    const before = readFileSync(path)

    expect(() => openLibrary(path)).toThrowError(
      expect.objectContaining({ code: 'library-too-new', message: expect.stringMatching(/newer Marsad/) })
    )
    expect(readFileSync(path).equals(before)).toBe(true)
  })

  it('refuses files that are not Marsad libraries without writing to them', () => {
    const text = temp.file('notes.txt')
    writeFileSync(text, 'not a database at all, just text that is long enough')
    expect(() => openLibrary(text)).toThrowError(expect.objectContaining({ code: 'not-a-library' }))
    expect(readFileSync(text, 'utf8')).toMatch(/^not a database/)

    const foreign = temp.file('other-app.sqlite')
    const raw = new BetterSqlite3(foreign)
    raw.exec('CREATE TABLE contacts (name TEXT)')
    raw.close()
    expect(() => openLibrary(foreign)).toThrowError(MarsadError)
    const check = new BetterSqlite3(foreign)
    expect(check.prepare("SELECT name FROM sqlite_schema WHERE type='table'").pluck().all()).toEqual(['contacts'])
    check.close()
  })

  it('makes the index of an older library again (migration 0210): clitics stay on the stem, the stem under them is apart', () => {
    const path = temp.file('old-stems.marsad')
    // A library at schema 150 (as a raw database: today's Library also reads tables of later migrations).
    const older = new BetterSqlite3(path)
    older.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
    migrate(
      older,
      migrations.filter((migration) => migration.version < 160)
    )
    const id = Number(
      older
        .prepare('INSERT INTO stories (title, body, added_at, identity_hash) VALUES (?, ?, ?, ?)')
        .run('محادثات', 'زار الوفد الصين وكوريا', '2024-08-08T09:00:00Z', Buffer.from([1])).lastInsertRowid
    )
    // As the analyser before 0160 indexed it: the و of وكوريا peeled into the stem.
    older
      .prepare(
        "INSERT INTO story_index (rowid, title, body, title_stem, body_stem) VALUES (?, 'محادثات', 'زار الوفد الصين وكوريا', 'محادث', 'زار وفد صين كوري')"
      )
      .run(id)
    older.close()

    const library = openLibrary(path)
    expect(library.schemaVersion).toBe(latest)
    const matches = (column: string, stem: string) =>
      library.db.prepare('SELECT rowid FROM story_index WHERE story_index MATCH ?').pluck().all(`${column}: "${stem}"`)
    expect(matches('body_stem', 'وكور')).toEqual([id])
    expect(matches('body_stem', 'كوري')).toEqual([])
    expect(matches('text_under_clitics', 'كوري')).toEqual([id])
    library.close()
  })

  it('applies all pending migrations in one transaction: a failing step leaves the previous version', () => {
    const path = temp.file('atomic.marsad')
    const base = migrations.slice(0, 2)
    const older = new BetterSqlite3(path)
    older.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
    migrate(older, base)
    older.close()

    const broken: Migration = {
      version: 999,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x)')
        throw new Error('step failed')
      }
    }
    expect(() => openLibrary(path, { migrations: [...migrations, broken] })).toThrow('step failed')

    const raw = new BetterSqlite3(path)
    expect(raw.pragma('user_version', { simple: true })).toBe(base[base.length - 1]!.version)
    const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type='table'").pluck().all()
    expect(tables).not.toContain('half_done')
    expect(tables).not.toContain('tags')
    raw.close()

    const upgraded = openLibrary(path)
    expect(upgraded.schemaVersion).toBe(latest)
    upgraded.close()
  })

  it('passes an integrity check on request and reports damage', () => {
    const path = temp.file('integrity.marsad')
    const library = openLibrary(path)
    for (let i = 0; i < 200; i++) {
      addStory(library, { title: `خبر ${i}`, body: 'نص '.repeat(500) })
    }
    expect(library.integrityCheck()).toEqual({ ok: true, problems: [] })
    library.db.pragma('wal_checkpoint(TRUNCATE)')
    library.close()

    // Scribble over a page in the middle of the file, as a failing disk would.
    const bytes = readFileSync(path)
    bytes.fill(0x5a, 8 * 4096, 8 * 4096 + 2000)
    writeFileSync(path, bytes)
    const damaged = openLibrary(path)
    const report = damaged.integrityCheck()
    expect(report.ok).toBe(false)
    expect(report.problems.length).toBeGreaterThan(0)
    damaged.close()
  })
})
