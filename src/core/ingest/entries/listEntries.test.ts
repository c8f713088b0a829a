import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import iconv from 'iconv-lite'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readBytes, readPaths } from '../../../../test/fixtures/dumps/readDumps'
import { makeZip } from '../../../../test/fixtures/dumps/zipWriter'

const page = (title: string): string => `${title}\n2024-05-01\nنص الخبر ${title} في سطر واحد.\nالمصدر: وكالة\n`

describe('listEntries over folders', () => {
  let folder: string

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'marsad-ingest-'))
    await mkdir(join(folder, 'أخبار', 'sub'), { recursive: true })
    await mkdir(join(folder, '.git'))
    await writeFile(join(folder, 'a.txt'), page('أ'))
    await writeFile(join(folder, 'أخبار', 'b.txt'), page('ب'))
    await writeFile(join(folder, 'أخبار', 'sub', 'c.json'), JSON.stringify([{ title: 'ج', body: 'نص.' }]))
    await writeFile(join(folder, '.hidden.txt'), page('مخفي'))
    await writeFile(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    await writeFile(
      join(folder, 'archive.zip'),
      makeZip([
        { name: 'day-1/d.txt', data: page('د') },
        { name: '__MACOSX/day-1/._d.txt', data: 'junk' },
        { name: 'day-2/', data: '' },
        { name: 'day-2/inner.zip', data: makeZip([{ name: 'deep/e.txt', data: page('هـ') }]) }
      ])
    )
    await writeFile(join(folder, 'disguised.txt'), makeZip([{ name: 'f.jsonl', data: `${JSON.stringify({ title: 'و', body: 'نص.' })}\n` }]))
    await symlink(folder, join(folder, 'أخبار', 'loop'))
  })

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('walks folders in name order, skips hidden files, expands zips at any depth, and follows a link loop once', async () => {
    const { results, problems } = await readPaths([folder])
    expect(problems).toEqual([])
    const titles = results.map((result) => result.stories.map((story) => story.title).join(','))
    expect(titles).toEqual(['أ', 'د', 'هـ', 'و', 'ب', 'ج'])
    expect(results.map((result) => result.displayPath.slice(folder.length + 1))).toEqual([
      'a.txt',
      'archive.zip › day-1/d.txt',
      'archive.zip › day-2/inner.zip › deep/e.txt',
      'disguised.txt › f.jsonl',
      'أخبار/b.txt',
      'أخبار/sub/c.json'
    ])
    expect(results.every((result) => result.error === undefined)).toBe(true)
  })

  it('reads files and folders whose names are not UTF-8, and shows the names decoded', async () => {
    const under = (...names: Buffer[]) =>
      Buffer.concat([Buffer.from(join(folder, 'legacy')), ...names.flatMap((name) => [Buffer.from('/'), name])])
    const arabicFolder = iconv.encode('أرشيف', 'windows-1256')
    await mkdir(under(arabicFolder), { recursive: true })
    await writeFile(under(arabicFolder, iconv.encode('خبر.txt', 'windows-1256')), page('ق'))
    await writeFile(under(Buffer.from('café.txt', 'latin1')), page('ك'))
    const { results, problems } = await readPaths([join(folder, 'legacy')])
    expect(problems).toEqual([])
    expect(results.map((result) => [result.displayPath.slice(folder.length + 1), result.stories[0]?.title])).toEqual([
      [join('legacy', 'café.txt'), 'ك'],
      [join('legacy', 'أرشيف', 'خبر.txt'), 'ق']
    ])
  })

  it('names a folder with nothing to import', async () => {
    await mkdir(join(folder, 'nothing', '.cache'), { recursive: true })
    const { results, problems } = await readPaths([join(folder, 'nothing')])
    expect(results).toEqual([])
    expect(problems).toEqual([
      {
        displayPath: join(folder, 'nothing'),
        code: 'empty',
        message: 'nothing: the folder holds no files to import (hidden files and folders in it are skipped).'
      }
    ])
  })

  it('gives one clear problem for a path that does not exist, and goes on with the others', async () => {
    const { results, problems } = await readPaths([join(folder, 'missing.txt'), join(folder, 'a.txt')])
    expect(problems).toEqual([
      {
        displayPath: join(folder, 'missing.txt'),
        code: 'not-found',
        message: 'missing.txt: the file or folder does not exist (it may have been moved or deleted).'
      }
    ])
    expect(results).toHaveLength(1)
  })
})

describe('zips', () => {
  it('expands dropped bytes the same way as files', async () => {
    const { results } = await readBytes([
      {
        name: 'drop.zip',
        bytes: makeZip([
          { name: 'x.txt', data: page('س') },
          { name: 'y.txt', data: page('ص'), method: 'store' }
        ])
      },
      { name: 'plain.txt', bytes: Buffer.from(page('ع')) }
    ])
    expect(results.map((result) => [result.displayPath, result.stories[0]?.title])).toEqual([
      ['drop.zip › x.txt', 'س'],
      ['drop.zip › y.txt', 'ص'],
      ['plain.txt', 'ع']
    ])
  })

  it('reports a truncated zip without stopping the other files', async () => {
    const zip = makeZip([{ name: 'x.txt', data: page('س').repeat(30) }])
    const { results, problems } = await readBytes([
      { name: 'cut.zip', bytes: zip.subarray(0, zip.length - 30) },
      { name: 'ok.txt', bytes: Buffer.from(page('ع')) }
    ])
    expect(problems.map((problem) => [problem.code, problem.displayPath])).toEqual([['zip-truncated', 'cut.zip']])
    expect(problems[0]!.message).toMatch(/^cut\.zip: the zip is damaged or incomplete/)
    expect(results).toHaveLength(1)
  })

  it('reports damaged data inside a zip against that member', async () => {
    const zip = makeZip([{ name: 'x.txt', data: page('س').repeat(30) }])
    const dataStart = 30 + 'x.txt'.length
    zip.fill(0xff, dataStart, dataStart + 40)
    const { results, problems } = await readBytes([{ name: 'bad.zip', bytes: zip }])
    const reported = [...problems, ...results.flatMap((result) => (result.error ? [result.error.toProblem()] : []))]
    expect(reported.map((problem) => [problem.code, problem.displayPath])).toEqual([['zip-truncated', 'bad.zip › x.txt']])
  })

  it('skips password-protected members with one message, and reads the rest', async () => {
    const { results, problems } = await readBytes([
      {
        name: 'locked.zip',
        bytes: makeZip([
          { name: 'secret-1.txt', data: page('س'), encrypted: true },
          { name: 'secret-2.txt', data: page('ص'), encrypted: true },
          { name: 'open.txt', data: page('ع') }
        ])
      }
    ])
    expect(results.map((result) => result.stories[0]?.title)).toEqual(['ع'])
    expect(problems).toEqual([
      {
        displayPath: 'locked.zip',
        code: 'zip-encrypted',
        message:
          'locked.zip: 2 files (secret-1.txt and others) are password-protected; extract them with the password and import the result.'
      }
    ])
  })

  it('refuses a member compressed like a zip bomb before inflating it', async () => {
    const bomb = makeZip([
      { name: 'zeros.txt', data: Buffer.alloc(8 * 1024 * 1024) },
      { name: 'ok.txt', data: page('ع') }
    ])
    expect(bomb.length).toBeLessThan(64 * 1024)
    const { results, problems } = await readBytes([{ name: 'bomb.zip', bytes: bomb }])
    expect(problems.map((problem) => [problem.code, problem.displayPath])).toEqual([['zip-too-large', 'bomb.zip › zeros.txt']])
    expect(results.map((result) => result.stories[0]?.title)).toEqual(['ع'])
  })

  it('refuses a member that inflates to more or less than it declares, and reads the rest', async () => {
    const text = page('س').repeat(30)
    const { results, problems } = await readBytes([
      {
        name: 'lying.zip',
        bytes: makeZip([
          { name: 'more.txt', data: text, declaredSize: 100 },
          { name: 'less.txt', data: text, declaredSize: Buffer.byteLength(text) + 100 },
          { name: 'ok.txt', data: page('ع') }
        ])
      }
    ])
    expect(problems.map((problem) => [problem.code, problem.displayPath])).toEqual([
      ['zip-too-large', 'lying.zip › more.txt'],
      ['zip-truncated', 'lying.zip › less.txt']
    ])
    expect(results.map((result) => result.stories[0]?.title)).toEqual(['ع'])
  })

  it('stops at the total size and entry count limits', async () => {
    const zip = makeZip([
      { name: 'a.txt', data: page('أ') },
      { name: 'b.txt', data: page('ب') },
      { name: 'c.txt', data: page('ج') }
    ])
    const bySize = await readBytes([{ name: 'z.zip', bytes: zip }], { maxTotalBytes: 150 })
    expect(bySize.problems.map((problem) => problem.code)).toEqual(['zip-too-large'])
    expect(bySize.results.length).toBeLessThan(3)
  })

  it('refuses a zip with more members than the limit once, before reading any of them', async () => {
    // Empty members: before, each was read and reported on its own line ahead of the limit's message.
    const zip = makeZip(Array.from({ length: 11 }, (_, i) => ({ name: `empty-${i}.txt`, data: '' })))
    const { results, problems } = await readBytes([{ name: 'many.zip', bytes: zip }], { maxEntries: 10 })
    expect(results).toEqual([])
    expect(problems).toEqual([
      {
        displayPath: 'many.zip',
        code: 'zip-too-large',
        message: 'many.zip: the zip holds 11 files, more than the 10 one zip may hold with the zips inside it; split it into smaller zips.'
      }
    ])
  })

  it('names a zip with nothing to import, and each member whose path climbs out of the zip', async () => {
    const { results, problems } = await readBytes([
      { name: 'empty.zip', bytes: makeZip([]) },
      {
        name: 'hidden.zip',
        bytes: makeZip([
          { name: '.DS_Store', data: 'x' },
          { name: 'folder/', data: '' }
        ])
      },
      {
        name: 'climbing.zip',
        bytes: makeZip([
          { name: '../a.txt', data: page('أ') },
          { name: 'x/../../b.txt', data: page('ب') }
        ])
      }
    ])
    expect(results).toEqual([])
    expect(problems.map((problem) => [problem.code, problem.message])).toEqual([
      ['empty', 'empty.zip: the zip holds no files to import (folders, hidden and system files in it are skipped).'],
      ['empty', 'hidden.zip: the zip holds no files to import (folders, hidden and system files in it are skipped).'],
      ['unsafe-path', 'climbing.zip › ../a.txt: its path climbs out of the zip (..), as zips made to overwrite files do; it was not read.'],
      [
        'unsafe-path',
        'climbing.zip › x/../../b.txt: its path climbs out of the zip (..), as zips made to overwrite files do; it was not read.'
      ]
    ])
  })

  it('stops at the nesting limit', async () => {
    let zip = makeZip([{ name: 'deepest.txt', data: page('أ') }])
    for (let level = 0; level < 3; level++) zip = makeZip([{ name: `level-${level}.zip`, data: zip }])
    const { results, problems } = await readBytes([{ name: 'nest.zip', bytes: zip }], { maxDepth: 3 })
    expect(results).toEqual([])
    expect(problems.map((problem) => problem.code)).toEqual(['zip-too-deep'])
    expect((await readBytes([{ name: 'nest.zip', bytes: zip }])).results[0]!.stories[0]!.title).toBe('أ')
  })

  it('says an office document is not a news dump', async () => {
    const docx = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' }
    ])
    const { problems } = await readBytes([
      { name: 'report.docx', bytes: docx },
      { name: 'renamed.zip', bytes: docx }
    ])
    expect(problems.map((problem) => [problem.code, problem.displayPath])).toEqual([
      ['binary', 'report.docx'],
      ['binary', 'renamed.zip']
    ])
  })
})
