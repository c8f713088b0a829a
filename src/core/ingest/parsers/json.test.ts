import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne, streamedEntry, readEntry } from '../../../../test/fixtures/dumps/readDumps'

const article = (n: number): Record<string, unknown> => ({
  title: `خبر ${n}`,
  body: `نص الخبر رقم ${n}.`,
  date: `2024-01-${String(n).padStart(2, '0')}`
})

describe('JSON', () => {
  it('refuses values nested deeper than news records nest, saying how deep is allowed (not a stack overflow)', async () => {
    const deep = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
    const cases: [string, string, RegExp][] = [
      [
        'record.json',
        `[${JSON.stringify(article(1))}, {"title": "x", "body": "نص", "meta": ${deep(20_000)}}]`,
        /^record\.json: record 2 nests/
      ],
      ['root.json', deep(100_000), /^root\.json: record 1 nests/],
      ['lines.jsonl', `${JSON.stringify(article(1))}\n{"title": "x", "body": "نص", "meta": ${deep(20_000)}}`, /^lines\.jsonl: line 2 nests/]
    ]
    for (const [name, text, start] of cases) {
      // Stories read before the deep record are read, but a failed file is not imported (the writer drops it whole).
      const { error } = await readOne(name, text)
      expect(error).toMatchObject({ code: 'too-deep' })
      expect(error!.message).toMatch(start)
      expect(error!.message).toContain('more than 100 levels deep')
    }
    const nestedFine = { ...article(1), meta: JSON.parse(deep(50)) as unknown, note: '[[[[{{{{ in a string' }
    expect((await readOne('fine.jsonl', JSON.stringify(nestedFine))).stories).toHaveLength(1)
  })

  it('reads the array under a wrapper key, mapping field names and keeping unknown fields', async () => {
    const { kind, stories, error } = await readOne('stories.json', readFileSync(fixture('stories.json')))
    expect(error).toBeUndefined()
    expect(kind).toBe('json')
    expect(stories).toHaveLength(3)
    expect(stories[0]).toMatchObject({
      title: 'انتخابات بلدية في ثلاث محافظات',
      body: 'توجه الناخبون صباح اليوم إلى صناديق الاقتراع.\nوتستمر عملية التصويت حتى السابعة مساء & تعلن النتائج غدا.',
      date: '2024-03-10',
      dateText: '2024-03-10T22:30:00-05:00',
      source: 'قناة الأخبار',
      sourceFrom: 'field',
      keywords: ['سياسة', 'انتخابات'],
      author: 'أحمد سالم، منى يوسف',
      extra: { description: 'ملخص قصير عن الانتخابات', views: '1200', lang: 'ar' }
    })
    expect(stories[1]).toMatchObject({ date: '2024-03-01', dateText: '1709251200', keywords: ['اقتصاد', 'أسواق'], category: 'اقتصاد' })
    expect(stories[2]).toMatchObject({ title: 'أمطار غزيرة متوقعة نهاية الأسبوع', date: '2024-03-14', source: 'دائرة الأرصاد' })
  })

  it.each(['articles', 'items', 'data', 'stories', 'results', 'entries'])('finds the stories under %j', async (key) => {
    const { stories } = await readOne('x.json', JSON.stringify({ meta: { count: 2, items: [] }, [key]: [article(1), article(2)] }))
    expect(stories.map((s) => s.title)).toEqual(['خبر 1', 'خبر 2'])
  })

  it('reads a top-level array, a single object, and objects written one after another', async () => {
    expect((await readOne('a.json', JSON.stringify([article(1), article(2)], null, 2))).stories).toHaveLength(2)
    expect((await readOne('o.json', JSON.stringify(article(3)))).stories.map((s) => s.date)).toEqual(['2024-01-03'])
    expect((await readOne('c.json', `${JSON.stringify(article(1))} ${JSON.stringify(article(2))}`)).stories).toHaveLength(2)
  })

  it('streams a big array without parsing it whole, however the chunks fall', async () => {
    const text = JSON.stringify({
      items: Array.from({ length: 300 }, (_, i) => ({ ...article((i % 28) + 1), note: 'قوس } و [ و "اقتباس"' }))
    })
    const bytes = Buffer.from(text)
    const oddChunks = function* (): Generator<Buffer> {
      for (let at = 0, size = 1; at < bytes.length; at += size, size = ((size * 7) % 500) + 1) yield bytes.subarray(at, at + size)
    }
    const { stories, error } = await readEntry(streamedEntry('big.json', oddChunks))
    expect(error).toBeUndefined()
    expect(stories).toHaveLength(300)
    expect(stories[299]!.extra['note']).toBe('قوس } و [ و "اقتباس"')
  })

  it('skips a bad record, reads the others, then reports it', async () => {
    const { stories, error } = await readOne(
      'bad.json',
      `[${JSON.stringify(article(1))}, {"title": broken}, ${JSON.stringify(article(2))}]`
    )
    expect(stories.map((s) => s.title)).toEqual(['خبر 1', 'خبر 2'])
    expect(error?.code).toBe('invalid-json')
    expect(error?.message).toBe('bad.json: record 2 is not valid JSON and was skipped; 2 stories were read.')
  })

  it('reports a file cut short after the stories it could read', async () => {
    const { stories, error } = await readOne('cut.json', `[${JSON.stringify(article(1))}, {"title": "خبر`)
    expect(stories).toHaveLength(1)
    expect(error?.code).toBe('invalid-json')
  })

  it('refuses a .json file that is not JSON', async () => {
    const { error } = await readOne('x.json', 'Title: not json\n')
    expect(error?.code).toBe('invalid-json')
    expect(error?.message).toMatch(/^x\.json: /)
  })
})

describe('JSON Lines', () => {
  it('reads one story per line, with escapes, CRLF and blank lines', async () => {
    const { kind, stories, error } = await readOne('s.jsonl', readFileSync(fixture('stories.jsonl')))
    expect(error).toBeUndefined()
    expect(kind).toBe('jsonl')
    expect(stories[0]).toMatchObject({
      title: 'افتتاح مستشفى',
      body: 'افتتح الوزير المستشفى الجديد.',
      date: '2022-06-05',
      source: 'وكالة الأنباء'
    })
    expect(stories[1]).toMatchObject({
      title: 'فوز المنتخب في مباراة ودية',
      body: 'فاز المنتخب الوطني بهدفين دون رد.',
      teasers: ['موعد المباراة المقبلة'],
      date: '2022-06-12',
      url: 'https://news.example/sport/1',
      keywords: ['رياضة', 'منتخب'],
      extra: { views: '55' }
    })
  })

  it('skips lines that are not JSON objects and says which', async () => {
    const text = [JSON.stringify(article(1)), 'not json', '[1, 2]', JSON.stringify(article(2))].join('\n')
    const { stories, error } = await readOne('s.ndjson', text)
    expect(stories).toHaveLength(2)
    expect(error?.message).toBe('s.ndjson: 2 lines (the first is line 2) are not valid JSON and were skipped; 2 stories were read.')
  })
})
