import { spawn } from 'node:child_process'
import { copyFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixture } from '../../../test/fixtures/dumps/readDumps'
import { ensureCliBuilt, repoRoot, runCli, spawnCli } from '../../../test/helpers/cli'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'
import { saveSearch, SearchState, setSavedSearchAlert } from '../../core/search'

function jsonLines(count: number, from = 0): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `خبر رقم ${from + i}`,
      body: `أعلنت الوزارة اليوم نتائج الدراسة رقم ${from + i} حول أسعار الغذاء في المنطقة.`,
      source: 'وكالة'
    })
  ).join('\n')
}

describe('marsad import and marsad stories', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: string
  beforeEach(() => {
    temp = makeTempDir('marsad-cli-import-')
    library = temp.file('lib.marsad')
  })
  afterEach(() => temp.cleanup())

  it('prints one JSON object for the import, and exits 1 when any file failed (the others still land)', async () => {
    copyFileSync(fixture('stories.jsonl'), temp.file('good.jsonl'))
    writeFileSync(temp.file('empty.txt'), '')
    const run = await runCli(['import', temp.file('good.jsonl'), temp.file('empty.txt'), '--library', library, '--create', '--json'])
    expect(run.code).toBe(1)
    const output = JSON.parse(run.stdout)
    expect(output).toMatchObject({ stories: expect.any(Number), duplicates: 0, failed: 1, seconds: expect.any(Number) })
    expect(output.files).toEqual([
      expect.objectContaining({
        path: temp.file('good.jsonl'),
        kind: 'jsonl',
        encoding: 'utf-8',
        stories: output.stories,
        duplicates: 0,
        error: null
      }),
      expect.objectContaining({ path: temp.file('empty.txt'), kind: null, stories: 0, error: expect.stringContaining('empty.txt') })
    ])

    const again = await runCli(['import', temp.file('good.jsonl'), '--library', library, '--json'])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ stories: 0, duplicates: output.stories, failed: 0 })
  })

  it('reads an export with --columns when Marsad does not recognise its header, and says what --columns takes', async () => {
    writeFileSync(
      temp.file('export.csv'),
      'Kopf,"Story text, with a comma",Tag\n"Schlagzeile","Der Text der Meldung, lang genug.",2024-02-04\n'
    )
    const without = await runCli(['import', temp.file('export.csv'), '--library', library, '--create', '--json'])
    expect(JSON.parse(without.stdout).files[0]).toMatchObject({ errorCode: 'no-stories', error: expect.stringContaining('--columns') })

    const run = await runCli([
      'import',
      temp.file('export.csv'),
      '--columns',
      'title=Kopf,body=Story text, with a comma,date=Tag',
      '--library',
      library,
      '--json'
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({ stories: 1, error: null })
    const stories = await runCli(['stories', '--library', library, '--json'])
    expect(JSON.parse(stories.stdout.split('\n')[0]!)).toMatchObject({ title: 'Schlagzeile', date: '2024-02-04' })

    const bad = await runCli(['import', temp.file('export.csv'), '--columns', 'headline=Kopf', '--library', library])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--columns takes field=column pairs')
  })

  it('lists the alerts the import raised with --json, so that a script can mail them; a muted alert stays quiet', async () => {
    const setUp = openLibrary(library)
    const search = new SearchState(setUp)
    const korea = await saveSearch(search, 'كوريا', 'كوريا')
    const harbour = await saveSearch(search, 'الميناء', 'ميناء')
    setSavedSearchAlert(search, korea.id, 'on')
    setSavedSearchAlert(search, harbour.id, 'muted')
    setUp.close()
    writeFileSync(
      temp.file('wire.jsonl'),
      [
        { title: 'كوريا الشمالية تطلق صاروخا', body: 'أطلقت كوريا الشمالية صاروخا باليستيا فجر اليوم.' },
        { title: 'افتتاح الميناء', body: 'افتتح المحافظ ميناء الصيد الجديد.' },
        { title: 'سيول ترد على كوريا', body: 'ردت سيول على إطلاق كوريا الشمالية صاروخا.' }
      ]
        .map((line) => JSON.stringify(line))
        .join('\n')
    )
    const run = await runCli(['import', temp.file('wire.jsonl'), '--library', library, '--json'])
    expect(run.code, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).alerts).toEqual([{ savedSearch: 'كوريا', new: 2, storyIds: [1, 3] }])

    writeFileSync(temp.file('later.jsonl'), JSON.stringify({ title: 'كوريا تعود', body: 'عادت كوريا إلى الواجهة.' }))
    const plain = await runCli(['import', temp.file('later.jsonl'), '--library', library])
    expect(plain.stdout).toContain('! كوريا: 1 new story (first: كوريا تعود)')
  })

  it('says what to do when given nothing to import', async () => {
    const run = await runCli(['import', '--library', library])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/name at least one file/)
  })

  describe('as a program', () => {
    beforeAll(() => ensureCliBuilt())

    it('imports on its reader thread and lists the stories as JSON lines, links included', () => {
      copyFileSync(fixture('page-read-also.txt'), temp.file('page.txt'))
      writeFileSync(temp.file('many.jsonl'), jsonLines(1500))
      const imported = spawnCli(['import', temp.file('page.txt'), temp.file('many.jsonl'), '--create', '--json'], {
        MARSAD_LIBRARY: library
      })
      expect(imported.code, imported.stderr).toBe(0)
      expect(JSON.parse(imported.stdout)).toMatchObject({ stories: 1503, failed: 0 })

      const listed = spawnCli(['stories', '--json', '--limit', '4'], { MARSAD_LIBRARY: library })
      expect(listed.code).toBe(0)
      const stories = listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(stories).toHaveLength(4)
      expect(Object.keys(stories[0]).sort()).toEqual(
        [
          'author',
          'body',
          'category',
          'cluster',
          'date',
          'dateText',
          'file',
          'id',
          'keywords',
          'links',
          'position',
          'source',
          'title',
          'url'
        ].sort()
      )
      expect(stories[0]).toMatchObject({
        title: 'وزير الطاقة يعلن خطة لخفض أسعار الوقود',
        date: '2024-01-28',
        file: temp.file('page.txt'),
        position: 0
      })
      expect(stories[0].links).toEqual([
        { to: stories[1].id, kind: 'related' },
        { to: stories[2].id, kind: 'related' }
      ])
      expect(stories[3]).toMatchObject({ title: 'خبر رقم 0', file: temp.file('many.jsonl'), position: 0, links: [] })
    })

    it('loses nothing committed when killed mid-import, leaves no half file, and a new import finishes the job', async () => {
      writeFileSync(temp.file('a-small.jsonl'), jsonLines(10))
      writeFileSync(temp.file('b-big.jsonl'), jsonLines(60_000, 10))
      const child = spawn(
        process.execPath,
        [
          resolve(repoRoot, 'bin/marsad.mjs'),
          'import',
          temp.file('a-small.jsonl'),
          temp.file('b-big.jsonl'),
          '--library',
          library,
          '--create'
        ],
        {
          stdio: 'ignore'
        }
      )
      // Wait until the small file is committed and the big one is being written, then pull the plug.
      const watcher = () => {
        try {
          const db = new BetterSqlite3(library, { readonly: true, fileMustExist: true })
          try {
            return db.prepare('SELECT count(*) FROM import_files').pluck().get() as number
          } finally {
            db.close()
          }
        } catch {
          return 0
        }
      }
      while (watcher() < 1) await new Promise((r) => setTimeout(r, 50))
      await new Promise((r) => setTimeout(r, 700))
      child.kill('SIGKILL')
      await new Promise((r) => child.once('exit', r))

      const reopened = openLibrary(library)
      expect(reopened.integrityCheck()).toEqual({ ok: true, problems: [] })
      expect(reopened.stories.count()).toBe(10)
      expect(reopened.db.prepare('SELECT path FROM import_files').pluck().all()).toEqual([temp.file('a-small.jsonl')])
      reopened.close()

      const again = spawnCli(['import', temp.file('a-small.jsonl'), temp.file('b-big.jsonl'), '--library', library, '--json'])
      expect(again.code, again.stderr).toBe(0)
      expect(JSON.parse(again.stdout).files).toEqual([
        expect.objectContaining({ alreadyImported: true, stories: 0 }),
        expect.objectContaining({ stories: 60_000, error: null })
      ])
      const finished = openLibrary(library)
      expect(finished.stories.count()).toBe(60_010)
      expect(finished.integrityCheck().ok).toBe(true)
      finished.close()
    }, 180_000)
  })
})
