import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'

describe('CSV and TSV', () => {
  it('reads a semicolon CSV with a BOM and quoted multi-line fields', async () => {
    const { kind, encoding, stories, error } = await readOne('s.csv', readFileSync(fixture('stories-semicolon.csv')))
    expect(error).toBeUndefined()
    expect([kind, encoding]).toEqual(['csv', 'utf-8-bom'])
    expect(stories[0]).toMatchObject({
      title: 'ارتفاع أسعار الخضار',
      body: 'ارتفعت أسعار الخضار في الأسواق المركزية.\nوقال تاجر: "الطلب كبير هذا الأسبوع".',
      date: '2021-05-03',
      source: 'صحيفة المساء',
      keywords: ['أسعار', 'خضار'],
      extra: { rating: '4' }
    })
    expect(stories[1]).toMatchObject({ title: 'تأجيل امتحانات الجامعة', date: '2021-05-04', keywords: ['تعليم'], extra: {} })
  })

  it('reads a TSV with Arabic column names', async () => {
    const { stories } = await readOne('s.tsv', readFileSync(fixture('stories.tsv')))
    expect(stories.map((s) => [s.title, s.date, s.source])).toEqual([
      ['افتتاح جسر جديد', '2020-09-02', 'البلدية'],
      ['إغلاق طريق المطار', '2020-09-03', 'الشرطة']
    ])
  })

  it('recognises a CSV by its header even with another extension', async () => {
    const { kind, stories } = await readOne('export.txt', 'headline,text,published\nعنوان,"نص, بفاصلة",2020-01-01\n')
    expect(kind).toBe('csv')
    expect(stories[0]).toMatchObject({ title: 'عنوان', body: 'نص, بفاصلة', date: '2020-01-01' })
  })

  it('names extra columns and skips empty rows', async () => {
    const { stories } = await readOne('x.csv', 'title,body\nأ,نص,زائد\n,\nب,نص آخر\n')
    expect(stories.map((s) => [s.title, s.extra])).toEqual([
      ['أ', { 'column 3': 'زائد' }],
      ['ب', {}]
    ])
  })

  it('reports a quote that never closes, after the rows before it', async () => {
    const { stories, error } = await readOne('q.csv', 'title,body\nأ,نص\nب,"نص لا ينتهي\nسطر آخر\n')
    expect(stories.map((s) => s.title)).toEqual(['أ'])
    expect(error?.code).toBe('invalid-csv')
    expect(error?.message).toMatch(/^q\.csv: a quoted field that opens on line 3 is never closed/)
  })

  it('refuses a .csv whose first line is not a header row', async () => {
    const { error } = await readOne('one.csv', 'no delimiters here\n')
    expect(error?.code).toBe('invalid-csv')
  })
})
