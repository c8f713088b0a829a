/**
 * Import accuracy on the formats news arrives in (issue 20): feeds, monitoring-service exports and web archives,
 * written for these tests (test/fixtures/dumps), against what each holds (formats-expected.json). Same bar as the
 * example dumps: every field of every story right.
 */
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { crawlRecords } from '../../../test/fixtures/dumps/crawl'
import { fixture, readOne } from '../../../test/fixtures/dumps/readDumps'
import { warcFile } from '../../../test/fixtures/dumps/warcWriter'

interface ExpectedStory {
  title: string
  date: string | null
  dateText: string | null
  source: string
  url: string
  body: string
}
interface ExpectedFile {
  file: string
  format: string
  stories: ExpectedStory[]
}

const FIELDS = ['stories per file', 'title', 'date', 'date as written', 'source', 'url', 'body'] as const
type Field = (typeof FIELDS)[number]

/** Each expected file as the bytes imported: the fixture itself, and the variants an analyst meets. */
function variants(expected: ExpectedFile): Array<{ name: string; bytes: Buffer }> {
  if (expected.file === 'crawl.warc') {
    return [
      { name: 'crawl.warc', bytes: warcFile(crawlRecords('1.0')) },
      { name: 'crawl.warc.gz (per record)', bytes: warcFile(crawlRecords('1.1'), 'per-record') },
      { name: 'crawl.warc.gz (whole)', bytes: warcFile(crawlRecords('1.0'), 'whole') }
    ]
  }
  const text = readFileSync(fixture(expected.file), 'utf8')
  return [
    { name: expected.file, bytes: Buffer.from(text) },
    { name: `${expected.file} (Windows-1256)`, bytes: iconv.encode(text, 'windows-1256') }
  ]
}

describe('import accuracy on feeds, exports and web archives', () => {
  it('reads every story and every field of the fixtures right', async () => {
    const { files } = JSON.parse(readFileSync(fixture('formats-expected.json'), 'utf8')) as { files: ExpectedFile[] }
    const formats = [...new Set(files.map((file) => file.format))]
    const tallies = new Map(
      formats.map((format) => [format, new Map<Field, { ok: number; all: number }>(FIELDS.map((f) => [f, { ok: 0, all: 0 }]))])
    )
    const misses: string[] = []
    for (const expected of files) {
      const tally = tallies.get(expected.format)!
      const count = (field: Field, ok: boolean, where: string): void => {
        const entry = tally.get(field)!
        entry.all++
        if (ok) entry.ok++
        else misses.push(`${field}: ${where}`)
      }
      for (const { name, bytes } of variants(expected)) {
        const { stories, error } = await readOne(name.replace(/ \(.*\)$/, ''), bytes)
        if (error) misses.push(`error: ${name}: ${error.message}`)
        count(
          'stories per file',
          stories.length === expected.stories.length,
          `${name} has ${stories.length}, not ${expected.stories.length}`
        )
        expected.stories.forEach((want, i) => {
          const got = stories[i]
          const where = `${name} story ${i}`
          count('title', got?.title === want.title, where)
          count('date', got?.date === want.date, where)
          count('date as written', got?.dateText === want.dateText, where)
          count('source', got?.source === want.source, where)
          count('url', got?.url === want.url, where)
          count('body', got?.body === want.body, where)
        })
      }
    }
    const percent = (entry: { ok: number; all: number }): string => `${((100 * entry.ok) / entry.all).toFixed(0)}%`
    console.log(
      [
        'Import accuracy per format (% correct; files include their Windows-1256 and gzip variants):',
        `  ${'format'.padEnd(28)}${FIELDS.map((field) => field.padStart(18)).join('')}`,
        ...formats.map(
          (format) =>
            `  ${format.padEnd(28)}${FIELDS.map((field) => {
              const entry = tallies.get(format)!.get(field)!
              return `${percent(entry)} (${entry.ok}/${entry.all})`.padStart(18)
            }).join('')}`
        )
      ].join('\n')
    )
    expect(misses).toEqual([])
  })
})
