import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'

describe('separated records', () => {
  it('reads each record with its header fields, unknown keys kept', async () => {
    const { kind, stories, error } = await readOne('records.txt', readFileSync(fixture('records-mixed.txt')))
    expect(error).toBeUndefined()
    expect(kind).toBe('records')
    expect(stories).toHaveLength(4)
    expect(stories[0]).toMatchObject({
      title: 'افتتاح معرض الكتاب في دورته الجديدة',
      date: '2023-04-12',
      dateText: '12 أفريل 2023',
      source: 'صحيفة الصباح',
      sourceFrom: 'header',
      author: 'سامية بن علي',
      category: 'ثقافة',
      keywords: ['كتب', 'معرض', 'ثقافة'],
      extra: { 'رقم العدد': '4521' },
      body: 'افتتح وزير الثقافة مساء أمس معرض الكتاب الدولي بمشاركة أكثر من ثلاثمئة دار نشر.\nويستمر المعرض عشرة أيام.'
    })
    expect(stories[1]).toMatchObject({
      title: 'Local team wins the regional cup',
      date: '2023-03-05',
      url: 'https://news.example/sport/cup',
      language: 'en'
    })
    expect(stories[2]).toMatchObject({ title: 'أسعار الذهب تتراجع', date: '2023-06-01', source: null })
    expect(stories[3]).toMatchObject({ title: 'خبر بلا تاريخ', date: null, dateText: null, source: 'وكالة الأنباء' })
  })

  it('keeps a rule of dashes that is not followed by a header inside the story', async () => {
    const { stories } = await readOne('records.txt', readFileSync(fixture('records-mixed.txt')))
    expect(stories[1]!.body.split('\n')).toEqual([
      'The local team won the regional cup on Sunday after a 2-1 victory in the final.',
      '-------------------------',
      'The coach thanked the supporters and said the team would now prepare for the league.'
    ])
  })

  it.each(['=====', '----', '****', '____', '#####', '~~~', '=== 7 ===', '----- 12 -----', '\f'])(
    'splits on the separator %j',
    async (separator) => {
      const record = (n: number): string => `Title: خبر ${n}\nDate: 2024-01-0${n}\n\nنص الخبر رقم ${n}.\n`
      const { kind, stories } = await readOne('r.txt', [record(1), record(2), record(3)].join(`${separator}\n`))
      expect(kind).toBe('records')
      expect(stories.map((s) => [s.title, s.date, s.body])).toEqual([
        ['خبر 1', '2024-01-01', 'نص الخبر رقم 1.'],
        ['خبر 2', '2024-01-02', 'نص الخبر رقم 2.'],
        ['خبر 3', '2024-01-03', 'نص الخبر رقم 3.']
      ])
    }
  )

  it('reads keys in any case and in their Arabic forms', async () => {
    const text =
      'HEADLINE: أ\nPUBLISHED: 1 May 2020\nSITE: موقع\nLINK: https://x.example/1\nBY: كاتب\nSECTION: رياضة\nTAGS: س، ص\n\nنص.\n' +
      '====\nعنوان: ب\nتاريخ النشر: 2 مايو 2020\nالجهة: جهة\nالرابط: https://x.example/2\nالتصنيف: اقتصاد\nكلمات دلالية: ع\n\nنص.\n'
    const { stories } = await readOne('r.txt', text)
    expect(stories.map((s) => [s.title, s.date, s.source, s.url, s.author, s.category, s.keywords])).toEqual([
      ['أ', '2020-05-01', 'موقع', 'https://x.example/1', 'كاتب', 'رياضة', ['س', 'ص']],
      ['ب', '2020-05-02', 'جهة', 'https://x.example/2', null, 'اقتصاد', ['ع']]
    ])
  })

  it('starts the body at the first line that is not a header even without a blank line', async () => {
    const { stories } = await readOne('r.txt', 'Title: أ\nDate: 2020-05-01\nوقال الوزير: النص يبدأ هنا.\nفقرة.\n')
    expect(stories[0]).toMatchObject({ title: 'أ', body: 'وقال الوزير: النص يبدأ هنا.\nفقرة.' })
  })
})
