import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixture, ONE_OF_EACH_KIND } from '../../../../test/fixtures/dumps/readDumps'
import { crawlRecords } from '../../../../test/fixtures/dumps/crawl'
import { warcFile } from '../../../../test/fixtures/dumps/warcWriter'
import { makeZip } from '../../../../test/fixtures/dumps/zipWriter'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import BetterSqlite3 from 'better-sqlite3'
import { openLibrary, prepareStory, storyFields, type Library } from '../../library'
import type { ReadEvent } from './events'
import type { ReaderThread } from './readerThread'
import { runImport } from './runImport'

const SEED = join(__dirname, '../../../../../shared/data/dumps/seed')
if (!existsSync(SEED)) console.info(`Skipping the seed dump's import check: ${SEED} is absent.`)

function page(title: string, body: string, source = 'وكالة الأنباء'): string {
  return `${title}\nتاريخ النشر: 4 شباط/فبراير 2024\n${body}\nالمصدر: ${source}\n`
}

describe('runImport', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  const importPaths = (...paths: string[]) => runImport(library, { paths }, { jobId: 'test' })

  beforeEach(() => {
    temp = makeTempDir('marsad-import-')
    library = openLibrary(temp.file('library.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('imports every kind of dump and reports each file', async () => {
    const names = ONE_OF_EACH_KIND
    for (const name of names) copyFileSync(fixture(name), temp.file(name))
    const summary = await importPaths(...names.map((name) => temp.file(name)))

    expect(summary.failed).toBe(0)
    expect(summary.files.map((file) => file.kind).sort()).toEqual(['csv', 'csv', 'html', 'json', 'jsonl', 'page', 'records'])
    expect(summary.files.every((file) => file.stories > 0 && file.error === null)).toBe(true)
    expect(library.stories.count()).toBe(summary.stories)
    expect(library.integrityCheck().ok).toBe(true)
  })

  it('links "read also" stories to their page story as related, made by import', async () => {
    copyFileSync(fixture('page-read-also.txt'), temp.file('page.txt'))
    const summary = await importPaths(temp.file('page.txt'))
    expect(summary.files[0]!.stories).toBe(3)
    const [pageStory] = library.stories.listNewestFirst(0, 10).filter((s) => s.title?.startsWith('وزير الطاقة'))
    const links = library.links.ofStory(pageStory!.id)
    expect(links).toHaveLength(2)
    expect(links.every((link) => link.kind === 'related' && link.origin === 'import' && link.from === pageStory!.id)).toBe(true)
  })

  it('adds nothing when the same file is imported again, and says so', async () => {
    copyFileSync(fixture('stories.jsonl'), temp.file('a.jsonl'))
    const first = await importPaths(temp.file('a.jsonl'))
    copyFileSync(fixture('stories.jsonl'), temp.file('copy-of-a.jsonl'))
    const again = await importPaths(temp.file('copy-of-a.jsonl'))

    expect(again.stories).toBe(0)
    expect(again.files[0]).toMatchObject({ alreadyImported: true, stories: 0, duplicates: first.stories, error: null, kind: 'jsonl' })
    expect(library.stories.count()).toBe(first.stories)
  })

  it('stores a story that arrives twice once, and records the second arrival as a sighting', async () => {
    writeFileSync(temp.file('one.txt'), page('زلزال يضرب المنطقة', 'ضرب زلزال بقوة خمس درجات المنطقة الجبلية.'))
    // The same story from the same outlet, respelled: harakat, tatweel and a bare alef do not make it another story.
    writeFileSync(temp.file('two.txt'), page('زلـزال يضرب المنطقة', 'ضَرَبَ زلزال بقوة خمس درجات المنطقة الجبلية.'))
    // The same text from another outlet is that outlet's story.
    writeFileSync(temp.file('three.txt'), page('زلزال يضرب المنطقة', 'ضرب زلزال بقوة خمس درجات المنطقة الجبلية.', 'مصدر آخر'))
    const summary = await importPaths(temp.file('one.txt'), temp.file('two.txt'), temp.file('three.txt'))

    expect(summary).toMatchObject({ stories: 2, duplicates: 1, failed: 0 })
    expect(library.stories.listOldestFirst(0, 10).map((story) => story.source)).toEqual(['وكالة الأنباء', 'مصدر آخر'])
    expect(library.db.prepare('SELECT count(*) FROM sightings').pluck().get()).toBe(3)
  })

  it("reads a file again for the outlets' copies it lost before each was kept, and only once", async () => {
    const copies = ['وكالة الأنباء', 'صحيفة الساحل', 'إذاعة المدينة'].map((source) =>
      JSON.stringify({
        title: 'خطة لتحلية مياه البحر',
        body: 'أعلن مجلس الوزراء عن خطة وطنية لتحلية مياه البحر في المدن الساحلية خلال خمس سنوات.',
        source
      })
    )
    writeFileSync(temp.file('copies.jsonl'), copies.join('\n'))
    await importPaths(temp.file('copies.jsonl'))
    // The file as a library made before migration 0150 holds it: the first copy, the others folded into it.
    const [, ...lost] = library.stories.listOldestFirst(0, 10)
    for (const story of lost) library.stories.delete(story.id)
    library.db.prepare('UPDATE import_files SET story_count = 1, duplicate_count = 2, reread_for_copies = 1').run()

    const again = await importPaths(temp.file('copies.jsonl'))
    expect(again.files[0]).toMatchObject({ alreadyImported: false, stories: 2, duplicates: 1, error: null })
    expect(library.stories.listOldestFirst(0, 10).map((story) => story.source)).toEqual(['وكالة الأنباء', 'صحيفة الساحل', 'إذاعة المدينة'])
    expect(library.db.prepare('SELECT story_count, duplicate_count, reread_for_copies FROM import_files').raw().all()).toEqual([[3, 0, 0]])
    expect(library.clusters.list(2)).toEqual([expect.objectContaining({ size: 3 })])

    const third = await importPaths(temp.file('copies.jsonl'))
    expect(third.files[0]).toMatchObject({ alreadyImported: true, stories: 0 })
  })

  it('names in the summary a zip with nothing to import and each member it refuses', async () => {
    writeFileSync(temp.file('empty.zip'), makeZip([]))
    writeFileSync(temp.file('climbing.zip'), makeZip([{ name: '../escape.txt', data: page('عنوان', 'نص') }]))
    const summary = await importPaths(temp.file('empty.zip'), temp.file('climbing.zip'))
    expect(summary.files.map((file) => [file.path.slice(temp.dir.length + 1), file.error?.code])).toEqual([
      ['empty.zip', 'empty'],
      ['climbing.zip › ../escape.txt', 'unsafe-path']
    ])
    expect(summary.failed).toBe(2)
  })

  it('commits the files read so far while the reader is held up by a slow file', async () => {
    const otherConnection = new BetterSqlite3(library.path, { readonly: true })
    const committedStories = () => otherConnection.prepare('SELECT count(*) FROM stories').pluck().get() as number
    let seenBeforeSlowFileEnded = false
    // A reader that finishes one small file, then stays in the next until the first is visible to others (or gives up).
    const reader = {
      async *read(): AsyncGenerator<ReadEvent> {
        yield { type: 'file', path: '/in/quick.txt', size: 10, sha256: 'a'.repeat(64), alreadyImported: false }
        yield { type: 'opened', kind: 'page', encoding: 'utf-8' }
        yield {
          type: 'stories',
          stories: [
            {
              prepared: prepareStory(storyFields({ title: 'خبر سريع', body: 'نص الخبر السريع.' })),
              position: 0,
              related: [],
              signature: null
            }
          ]
        }
        yield { type: 'file-done' }
        yield { type: 'file', path: '/in/slow.html', size: 10, sha256: 'b'.repeat(64), alreadyImported: false }
        for (let wait = 0; wait < 100 && !seenBeforeSlowFileEnded; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          seenBeforeSlowFileEnded = committedStories() === 1
        }
        yield { type: 'file-failed', problem: { displayPath: '/in/slow.html', code: 'too-deep', message: 'slow.html: too deep' } }
      }
    } as unknown as ReaderThread
    const summary = await runImport(library, { paths: [] }, { jobId: 'test', reader })
    otherConnection.close()
    expect(seenBeforeSlowFileEnded).toBe(true)
    expect(summary).toMatchObject({ stories: 1, failed: 1 })
  }, 15_000)

  it('imports each file whole or not at all: a file broken half-way leaves nothing, the others land', async () => {
    const good = Array.from({ length: 5 }, (_, i) => JSON.stringify({ title: `خبر ${i}`, body: `نص الخبر رقم ${i} في الجنوب.` }))
    writeFileSync(temp.file('broken.jsonl'), [...good, '{"title": "نصف سطر', ...good].join('\n'))
    writeFileSync(temp.file('fine.jsonl'), JSON.stringify({ title: 'سليم', body: 'خبر سليم تماماً.' }))
    const summary = await importPaths(temp.file('broken.jsonl'), temp.file('fine.jsonl'))

    const broken = summary.files.find((file) => file.path.endsWith('broken.jsonl'))!
    expect(broken).toMatchObject({ stories: 0, error: { code: 'invalid-json' } })
    expect(broken.error!.message).toMatch(/broken\.jsonl/)
    expect(summary.files.find((file) => file.path.endsWith('fine.jsonl'))).toMatchObject({ stories: 1, error: null })
    expect(library.stories.count()).toBe(1)
    expect(library.db.prepare('SELECT count(*) FROM import_files').pluck().get()).toBe(1)
    expect(library.integrityCheck().ok).toBe(true)
  })

  it('gives every bad input one clear message naming the file, without stopping the rest', async () => {
    writeFileSync(temp.file('empty.txt'), '')
    writeFileSync(
      temp.file('image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    )
    writeFileSync(temp.file('bad.json'), '{"articles": [ {"title": "x", ')
    writeFileSync(temp.file('truncated.zip'), makeZip([{ name: 'a.txt', data: page('عنوان', 'نص') }]).subarray(0, 40))
    writeFileSync(temp.file('ok.txt'), page('خبر سليم', 'هذا خبر سليم يصل كاملاً.'))
    const summary = await importPaths(
      temp.file('empty.txt'),
      temp.file('image.txt'),
      temp.file('bad.json'),
      temp.file('truncated.zip'),
      temp.file('missing.txt'),
      temp.file('ok.txt')
    )
    const byName = (name: string) => summary.files.find((file) => file.path.endsWith(name))!
    expect(byName('empty.txt').error).toMatchObject({ code: 'empty' })
    expect(byName('image.txt').error).toMatchObject({ code: 'binary' })
    expect(byName('bad.json').error).toMatchObject({ code: 'invalid-json' })
    expect(byName('truncated.zip').error).toMatchObject({ code: 'zip-truncated' })
    expect(byName('missing.txt').error).toMatchObject({ code: 'not-found' })
    for (const name of ['empty.txt', 'image.txt', 'bad.json', 'truncated.zip', 'missing.txt']) {
      expect(byName(name).error!.message).toContain(name)
    }
    expect(byName('ok.txt')).toMatchObject({ stories: 1, error: null })
    expect(summary.failed).toBe(5)
  })

  it('reads Windows-1256 dumps and zips of dumps, and files dropped as bytes', async () => {
    const arabic = page('الحكومة تعلن ميزانية جديدة', 'أعلنت الحكومة اليوم ميزانية العام المقبل بزيادة في الإنفاق على التعليم.')
    const summary = await runImport(
      library,
      {
        files: [
          { name: 'old-archive.txt', bytes: iconv.encode(arabic, 'windows-1256') },
          {
            name: 'bundle.zip',
            bytes: makeZip([
              { name: 'inner/news.jsonl', data: JSON.stringify({ title: 'داخل الملف المضغوط', body: 'خبر داخل ملف مضغوط.' }) }
            ])
          }
        ]
      },
      { jobId: 'bytes' }
    )
    expect(summary.failed).toBe(0)
    expect(summary.files.map((file) => [file.path, file.encoding])).toEqual([
      ['old-archive.txt', 'windows-1256'],
      ['bundle.zip › inner/news.jsonl', 'utf-8']
    ])
    const titles = library.stories.listNewestFirst(0, 10).map((story) => story.title)
    expect(titles).toEqual(expect.arrayContaining(['الحكومة تعلن ميزانية جديدة', 'داخل الملف المضغوط']))
  })

  it('stops when cancelled: finished files stay, a big file being written is rolled back', async () => {
    writeFileSync(temp.file('first.jsonl'), JSON.stringify({ title: 'الأول', body: 'الملف الأول يصل.' }))
    // Over 8 MB: written as it is read, in a transaction of its own.
    const many = Array.from({ length: 60_000 }, (_, i) =>
      JSON.stringify({
        title: `خبر ${i}`,
        body: `نص طويل بعض الشيء للخبر رقم ${i} عن أسعار الغذاء في الأسواق المحلية خلال الأسبوع الماضي.`
      })
    )
    writeFileSync(temp.file('second.jsonl'), many.join('\n'))
    expect(statSync(temp.file('second.jsonl')).size).toBeGreaterThan(8 * 1024 * 1024)
    const controller = new AbortController()
    const summary = await runImport(
      library,
      { paths: [temp.file('first.jsonl'), temp.file('second.jsonl')] },
      {
        jobId: 'cancel',
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (progress) => progress.storiesAdded > 500 && controller.abort()
      }
    )
    expect(summary.cancelled).toBe(true)
    expect(summary.files[0]).toMatchObject({ stories: 1, error: null })
    expect(summary.files[1]!.error).toMatchObject({ code: 'cancelled' })
    expect(library.stories.count()).toBe(1)
    expect(library.imports.listRuns(1)[0]!.summary!.cancelled).toBe(true)
  })

  it('stops when cancelled while a small file is being read: nothing of it is written', async () => {
    writeFileSync(temp.file('first.jsonl'), JSON.stringify({ title: 'الأول', body: 'الملف الأول يصل.' }))
    writeFileSync(
      temp.file('second.jsonl'),
      Array.from({ length: 3000 }, (_, i) => JSON.stringify({ title: `خبر ${i}`, body: `نص الخبر ${i}.` })).join('\n')
    )
    const controller = new AbortController()
    const summary = await runImport(
      library,
      { paths: [temp.file('first.jsonl'), temp.file('second.jsonl')] },
      {
        jobId: 'cancel-small',
        signal: controller.signal,
        progressIntervalMs: 0,
        onProgress: (progress) => progress.currentFile?.endsWith('second.jsonl') && controller.abort()
      }
    )
    expect(summary.cancelled).toBe(true)
    expect(summary.files.map((file) => file.error?.code ?? null)).toEqual([null, 'cancelled'])
    expect(library.stories.count()).toBe(1)
  })

  it("reports a web archive's records that are not pages beside its stories", async () => {
    writeFileSync(temp.file('crawl.warc.gz'), warcFile(crawlRecords('1.1'), 'per-record'))
    const summary = await importPaths(temp.file('crawl.warc.gz'))
    expect(summary.files[0]).toMatchObject({
      kind: 'warc',
      stories: 3,
      error: null,
      passedOver: { request: 2, metadata: 2, 'not-page': 1, 'redirect-or-error': 1, other: 1 }
    })
  })

  it('records the run, so its new stories can be listed', async () => {
    copyFileSync(fixture('stories.json'), temp.file('s.json'))
    const summary = await importPaths(temp.file('s.json'))
    const [run] = library.imports.listRuns(5)
    expect(run).toMatchObject({ runId: summary.runId, summary: { stories: summary.stories } })
    expect(library.imports.storiesOfRun(summary.runId, 0, 100).total).toBe(summary.stories)
  })

  describe.skipIf(!existsSync(SEED))('the seed dump', () => {
    it('yields its two stories, linked as related', async () => {
      const summary = await importPaths(join(SEED, 'seed-news-dump.txt'))
      expect(summary.files[0]).toMatchObject({ kind: 'page', stories: 2, error: null })
      const [korea, kursk] = [...library.stories.listNewestFirst(0, 5)].sort((a, b) => a.id - b.id)
      expect(korea!.title).toBe('مسؤول روسي يزور سول إثر تصريحات بشأن كوريا الشمالية')
      expect(kursk!.title).toBe('روسيا تزعم تحرير الكامل لكورسك وتعترف بوجود قوات من كوريا الشمالية')
      expect(library.links.ofStory(korea!.id)).toEqual([
        expect.objectContaining({ from: korea!.id, to: kursk!.id, kind: 'related', origin: 'import' })
      ])
    })
  })
})
