import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { crawlRecords } from '../../../../test/fixtures/dumps/crawl'
import { readEntry, readOne, streamedEntry } from '../../../../test/fixtures/dumps/readDumps'
import { pageResponse, warcFile, warcRecord } from '../../../../test/fixtures/dumps/warcWriter'

const article = (n: number): string =>
  `<!doctype html><html><head><title>صفحة ${n}</title></head><body><article><h1>خبر الأرشيف رقم ${n}</h1>` +
  `<p>${'هذه فقرة من خبر محفوظ في أرشيف الويب يكفي طولها ليعدها القارئ نص مقال. '.repeat(4)}</p></article></body></html>`

describe('web archives (WARC)', () => {
  it.each([
    ['plain WARC 1.0', 'crawl.warc', warcFile(crawlRecords('1.0'))],
    ['WARC 1.1 gzipped per record, as crawlers write it', 'crawl.warc.gz', warcFile(crawlRecords('1.1'), 'per-record')],
    ['gzipped whole', 'crawl.warc.gz', warcFile(crawlRecords('1.0'), 'whole')],
    ['whatever its name', 'crawl.bin', warcFile(crawlRecords('1.0'), 'per-record')]
  ])('%s: one story per HTML response, everything else passed over', async (_, name, bytes) => {
    const { kind, stories, error } = await readOne(name, bytes)
    expect(error).toBeUndefined()
    expect(kind).toBe('warc')
    expect(stories.map((story) => story.title)).toEqual([
      'انطلاق مهرجان الخط العربي في دار الثقافة',
      'صيانة الجسر القديم تبدأ الشهر المقبل',
      'السوق الأسبوعي يعود إلى ساحة البلدة'
    ])
    expect(stories.map((story) => story.position)).toEqual([0, 1, 2])
  })

  it('read the address from the archive, the date and site from the page, else the capture date and the host', async () => {
    const [festival, bridge, market] = (await readOne('crawl.warc', warcFile(crawlRecords()))).stories
    // Served gzipped and chunked, in UTF-8.
    expect(festival).toMatchObject({
      url: 'https://www.adduha.example/culture/2023/04/festival',
      source: 'بوابة الضحى',
      date: '2023-04-18'
    })
    expect(festival!.body.split('\n')).toHaveLength(3)
    expect(festival!.body).not.toContain('جميع الحقوق')
    // Served in Windows-1256, its date in JSON-LD, no site name.
    expect(bridge).toMatchObject({ source: 'news.alnahr.example', date: '2023-04-19', dateText: '2023-04-19T08:00:00+02:00' })
    expect(bridge!.body).toContain('تدعيم الأعمدة')
    // No date on the page, no Content-Type: known as HTML by its content, dated by its capture.
    expect(market).toMatchObject({ source: 'albalda.example', date: '2023-04-21', dateText: '2023-04-21T09:45:00Z' })
  })

  it('an archive without pages says what it holds', async () => {
    const records = crawlRecords().filter((_, i) => ![2, 6, 8].includes(i))
    const { error } = await readOne('assets.warc', warcFile(records))
    expect(error?.code).toBe('no-stories')
    expect(error?.message).toBe(
      'assets.warc: the web archive holds 7 records but no HTML page: 2 metadata records, 2 requests, ' +
        '1 responses that are not HTML (images, styles, scripts), 1 redirects or errors, 1 other records.'
    )
  })

  it('an archive cut short is reported, not imported in half', async () => {
    const whole = warcFile(crawlRecords())
    const { error } = await readOne('cut.warc', whole.subarray(0, whole.length - 300))
    expect(error?.code).toBe('invalid-warc')
    expect(error?.message).toMatch(
      /^cut\.warc: the web archive is damaged: the last record \(\w+\) is cut short: \d+ of its \d+ bytes are there\.$/
    )
  })

  it('damaged gzip is reported as such', async () => {
    const zipped = warcFile(crawlRecords(), 'per-record')
    const broken = Buffer.concat([zipped.subarray(0, 2000), Buffer.alloc(64, 0x55), zipped.subarray(2064)])
    const { error } = await readOne('broken.warc.gz', broken)
    expect(error?.code).toBe('invalid-warc')
    expect(error?.message).toMatch(/^broken\.warc\.gz: the web archive's gzip compression is damaged \(.+\)\.$/)
  })

  it('a gzip file that is not a web archive is still refused as a gzip archive', async () => {
    const { error } = await readOne('notes.txt.gz', gzipSync(Buffer.from('just some text\n')))
    expect(error?.code).toBe('binary')
  })

  it('stream: pages come out one by one, and a 40 MB video record is passed over without being held', async () => {
    const pages = 300
    const entry = streamedEntry('big.warc', function* () {
      for (let n = 0; n < pages; n++) {
        yield warcRecord(pageResponse(`https://archive.example/${n}`, article(n), { headers: { 'Content-Type': 'text/html' } }))
        if (n === 10) {
          const size = 40 * 1024 * 1024
          yield Buffer.from(
            `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://archive.example/video.mp4\r\nContent-Length: ${size}\r\n\r\n`
          )
          for (let sent = 0; sent < size; sent += 1024 * 1024) yield Buffer.alloc(1024 * 1024)
          yield Buffer.from('\r\n\r\n')
        }
      }
    })
    const { stories, error } = await readEntry(entry)
    expect(error).toBeUndefined()
    expect(stories).toHaveLength(pages)
    expect(stories.at(-1)).toMatchObject({
      position: pages - 1,
      title: `خبر الأرشيف رقم ${pages - 1}`,
      url: `https://archive.example/${pages - 1}`
    })
  })
})
