import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readEntry, readOne, streamedEntry } from '../../../test/fixtures/dumps/readDumps'
import type { DumpEntry } from './types'

/** A page dump every legacy Arabic code page can hold (no Arabic-Indic digits, no Persian letters). */
const PAGE = [
  'وزارة الصحة تطلق حملة تطعيم جديدة',
  'تاريخ النشر: 5 شباط 2024',
  'أطلقت وزارة الصحة اليومَ حملة تطعيم وطنية تستهدف الأطفال دون سن الخامسة في جميع المحافظات.',
  'وقال المتحدث باسم الوزارة إن الحملة تستمر أسبوعين، وإن الفرق الطبية ستزور المدارس والقرى البعيدة.',
  'المصدر: وكالة الأنباء الوطنية',
  'كلمات دلالية: الصحة، التطعيم',
  ''
].join('\n')

async function expectSameStories(name: string, bytes: Uint8Array, encoding: string): Promise<void> {
  const reference = await readOne('page.txt', PAGE)
  const result = await readOne(name, bytes)
  expect(result.error).toBeUndefined()
  expect(result.encoding).toBe(encoding)
  expect(result.stories).toEqual(reference.stories)
}

describe('encodings', () => {
  it('reads the reference page', async () => {
    const { stories } = await readOne('page.txt', PAGE)
    expect(stories).toHaveLength(1)
    expect(stories[0]).toMatchObject({
      title: 'وزارة الصحة تطلق حملة تطعيم جديدة',
      date: '2024-02-05',
      source: 'وكالة الأنباء الوطنية',
      keywords: ['الصحة', 'التطعيم']
    })
    expect(stories[0]!.body).toContain('اليومَ') // harakat kept as written
  })

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]), 'utf-8-bom'],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PAGE, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(PAGE, 'utf-16be')]), 'utf-16be'],
    ['UTF-16 LE without a BOM', iconv.encode(PAGE, 'utf-16le'), 'utf-16le'],
    ['Windows-1256', iconv.encode(PAGE, 'windows-1256'), 'windows-1256'],
    ['ISO-8859-6', iconv.encode(PAGE, 'iso-8859-6'), 'iso-8859-6'],
    ['Windows-1256 with CRLF', iconv.encode(PAGE.replace(/\n/g, '\r\n'), 'windows-1256'), 'windows-1256'],
    ['UTF-8 with CR line ends', Buffer.from(PAGE.replace(/\n/g, '\r')), 'utf-8']
  ])('reads %s', async (_, bytes, encoding) => {
    await expectSameStories('page.txt', bytes, encoding)
  })

  it('reads Windows-1256 in records too', async () => {
    const text =
      'العنوان: خبر أول\nالتاريخ: 3 آذار 2020\n\nنص الخبر الأول.\n=====\nالعنوان: خبر ثان\nالتاريخ: 4 آذار 2020\n\nنص الخبر الثاني.\n'
    const { kind, encoding, stories } = await readOne('r.txt', iconv.encode(text, 'windows-1256'))
    expect([kind, encoding]).toEqual(['records', 'windows-1256'])
    expect(stories.map((s) => s.title)).toEqual(['خبر أول', 'خبر ثان'])
  })

  it('is not thrown off by a UTF-8 character cut at the end of the sniffed sample', async () => {
    const prefix = '{"title":"عنوان","body":"'
    const padding = 'x'.repeat(64 * 1024 - 1 - Buffer.byteLength(prefix))
    const line = `${prefix}${padding}بداية النص العربي"}\n`
    expect(Buffer.from(line)[64 * 1024 - 1]).toBe(0xd8) // the sample ends on the first byte of 'ب'
    const { encoding, stories } = await readOne('cut.jsonl', `${line}${line}`)
    expect(encoding).toBe('utf-8')
    expect(stories).toHaveLength(2)
  })

  it('refuses text whose encoding cannot be told, instead of importing mojibake', async () => {
    const russian = iconv.encode('Правительство объявило новые меры по поддержке экономики страны. '.repeat(20), 'koi8-r')
    const { error } = await readOne('koi8.txt', russian)
    expect(error?.code).toBe('unknown-encoding')
    expect(error?.message).toMatch(/^koi8\.txt: the text encoding could not be recognised/)
  })
})

describe('kind by content as well as extension', () => {
  it.each([
    ['JSON saved as .txt', 'export.txt', JSON.stringify([{ title: 'أ', body: 'نص.' }]), 'json'],
    [
      'JSON Lines saved as .json',
      'export.json',
      `${JSON.stringify({ title: 'أ', body: 'نص.' })}\n${JSON.stringify({ title: 'ب', body: 'نص.' })}\n`,
      'jsonl'
    ],
    ['records without an extension', 'export', 'Title: أ\nDate: 2020-01-01\n\nنص.\n', 'records'],
    ['page text with an odd extension', 'page.dat', 'عنوان\n2020-01-01\nنص.\n', 'page'],
    ['HTML saved as .txt', 'page.txt', '<!doctype html><html><body><article><h1>عنوان</h1><p>نص الخبر.</p></article></body></html>', 'html']
  ])('recognises %s', async (_, name, content, kind) => {
    const result = await readOne(name, content)
    expect(result.error).toBeUndefined()
    expect(result.kind).toBe(kind)
  })
})

describe('bad input gives one clear DumpError naming the file', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
  it.each([
    ['empty.txt', Buffer.alloc(0), 'empty', 'empty.txt: the file is empty.'],
    ['blank.txt', Buffer.from(' \n\r\n\t\n'), 'empty', 'blank.txt: the file holds only blank space.'],
    ['dump-7.txt', png, 'binary', 'dump-7.txt: the file is a PNG image, not a news dump.'],
    [
      'photo.txt',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      'binary',
      'photo.txt: the file is a JPEG image, not a news dump.'
    ],
    [
      'report.txt',
      Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'),
      'binary',
      'report.txt: the file is a PDF document, not a news dump.'
    ],
    [
      'tool.txt',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]),
      'binary',
      'tool.txt: the file is a program (ELF executable), not a news dump.'
    ],
    [
      'setup.txt',
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(60)]),
      'binary',
      'setup.txt: the file is a Windows program (.exe or .dll), not a news dump.'
    ],
    [
      'noise.txt',
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)),
      'binary',
      'noise.txt: the file is binary data rather than text, not a news dump.'
    ],
    ['numbers.json', Buffer.from('[1, 2, 3]'), 'no-stories', 'numbers.json: no stories were found in the file (read as JSON).']
  ])('%s', async (name, bytes, code, message) => {
    const { error, stories } = await readOne(name, bytes)
    expect(stories).toEqual([])
    expect(error?.code).toBe(code)
    expect(error?.message).toBe(message)
    expect(error?.displayPath).toBe(name)
  })

  it('fails cleanly on a huge file with no line breaks', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'نص بلا نهاية '.repeat(1))
    let produced = 0
    const entry = streamedEntry('one-line.txt', function* () {
      for (; produced < 1024; produced++) yield megabyte // a 1 GB line, if it were all read
    })
    const { error } = await readEntry(entry)
    expect(error?.code).toBe('line-too-long')
    expect(error?.message).toMatch(/^one-line\.txt: line 1 is longer than 16 MB of text/)
    expect(produced).toBeLessThan(64) // it stopped long before the end
  })

  it('fails cleanly on page text that never says where a story ends', async () => {
    const paragraph = Buffer.from(`${'فقرة طويلة من نص لا ينتهي، '.repeat(40)}\n`)
    const entry = streamedEntry('endless.txt', function* () {
      yield Buffer.from('عنوان\n2020-01-01\n')
      for (let i = 0; i < 20_000; i++) yield paragraph
    })
    const { error } = await readEntry(entry)
    expect(error?.code).toBe('too-large')
  })

  it('turns a read error in the middle of a file into a DumpError', async () => {
    const entry: DumpEntry = {
      displayPath: '/mnt/share/flaky.jsonl',
      size: 100,
      read: async () => Buffer.alloc(0),
      stream: () =>
        (async function* () {
          yield Buffer.from(`${JSON.stringify({ title: 'أ', body: 'نص.' })}\n`.repeat(3000))
          throw Object.assign(new Error('i/o error'), { code: 'EIO' })
        })()
    }
    const { error, stories } = await readEntry(entry)
    expect(error?.code).toBe('unreadable')
    expect(error?.message).toBe('flaky.jsonl: the file could not be read (i/o error).')
    expect(stories.length).toBeGreaterThan(0)
  })
})

describe('streaming', () => {
  it('hands out stories while the file is still being read', async () => {
    let chunksRead = 0
    const line = Buffer.from(`${JSON.stringify({ title: 'خبر', body: 'نص الخبر. '.repeat(300), date: '2024-01-01' })}\n`)
    const entry = streamedEntry('big.jsonl', function* () {
      for (let i = 0; i < 200; i++) {
        chunksRead++
        yield Buffer.concat(Array.from({ length: 50 }, () => line))
      }
    })
    const { openDump } = await import('./openDump')
    const dump = await openDump(entry)
    let stories = 0
    let chunksAtFirstStory = -1
    for await (const story of dump.stories()) {
      if (stories === 0) chunksAtFirstStory = chunksRead
      expect(story.position).toBe(stories)
      stories++
    }
    expect(stories).toBe(10_000)
    expect(chunksAtFirstStory).toBeLessThan(10)
  })
})

describe('damaged text', () => {
  it('reads UTF-8 with a stray bad byte as UTF-8, not as another code page', async () => {
    const bytes = Buffer.from(PAGE)
    bytes[bytes.indexOf(Buffer.from('الوزارة')) + 1] = 0xff
    const { encoding, stories } = await readOne('damaged.txt', bytes)
    expect(encoding).toBe('utf-8')
    expect(stories[0]!.title).toBe('وزارة الصحة تطلق حملة تطعيم جديدة')
  })
})
