/** Exports of monitoring services and news APIs: their column names, dates split over two columns, and the order of numeric dates. */
import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'
import { parseDumpDate } from '../dates'
import { MAX_STORIES_WAITING } from './dateOrder'

describe('monitoring-service exports', () => {
  it('Meltwater style: Date and Time columns make one date as written; Headline, Opening Text, Source and Influencer are read', async () => {
    const { stories, error } = await readOne('export.csv', readFileSync(fixture('export-meltwater.csv')))
    expect(error).toBeUndefined()
    expect(stories[0]).toMatchObject({
      title: 'مصنع جديد للألواح الشمسية في المنطقة الصناعية',
      date: '2017-05-11',
      dateText: '11-May-2017 08:12AM',
      source: 'جريدة النهار الجديد',
      url: 'https://alnahar.example/eco/311',
      keywords: ['طاقة', 'صناعة']
    })
    expect(stories[0]!.extra).not.toHaveProperty('Time')
    expect(stories[1]).toMatchObject({ author: 'سامر يوسف', date: '2017-05-12' })
  })

  it('Meltwater style saved as UTF-16 with tabs, as that service writes it', async () => {
    const tsv = readFileSync(fixture('export-meltwater.csv'), 'utf8').replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t')
    const { stories, encoding } = await readOne('export.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv, 'utf-16le')]))
    expect(encoding).toBe('utf-16le')
    expect(stories.map((story) => story.dateText)).toEqual(['11-May-2017 08:12AM', '12-May-2017 11:45PM'])
  })

  it('Brandwatch style: Full Text wins over Snippet, and the Domain is the source', async () => {
    const { stories } = await readOne('export.csv', readFileSync(fixture('export-brandwatch.csv')))
    expect(stories[0]).toMatchObject({
      source: 'almasdar.example',
      date: '2017-05-11',
      dateText: '2017-05-11 08:12:00.0',
      author: 'نادر فهمي'
    })
    expect(stories[0]!.body.split('\n')).toHaveLength(2)
    expect(stories[0]!.extra['Snippet']).toBe('أعلنت الحكومة خطة من عشر نقاط…')
  })

  it('numeric dates read month first when a later date of the file says so', async () => {
    const { stories } = await readOne('export.csv', readFileSync(fixture('export-arabic-headers.csv')))
    expect(stories.map((story) => story.date)).toEqual(['2017-05-11', '2017-05-02', '2017-05-23'])
    expect(stories.map((story) => story.position)).toEqual([0, 1, 2])
  })

  it('numeric dates read day first when the file says so, or says nothing', async () => {
    const csv = (dates: string[]): string => ['date,title', ...dates.map((date, i) => `${date},خبر ${i}`)].join('\n') + '\n'
    expect((await readOne('a.csv', csv(['05/11/2017', '25/05/2017']))).stories.map((s) => s.date)).toEqual(['2017-11-05', '2017-05-25'])
    expect((await readOne('b.csv', csv(['05/11/2017', '06/11/2017']))).stories.map((s) => s.date)).toEqual(['2017-11-05', '2017-11-06'])
  })

  it('stop waiting for a telling date after a bounded number of stories, and read day first from then on', async () => {
    const rows = Array.from({ length: MAX_STORIES_WAITING + 2 }, (_, i) => `05/11/2017,خبر ${i}`)
    rows.push('05/25/2017,خبر أخير')
    const { stories } = await readOne('long.csv', ['date,title', ...rows].join('\n'))
    expect(stories).toHaveLength(MAX_STORIES_WAITING + 3)
    expect(stories[0]!.date).toBe('2017-11-05')
    expect(stories.at(-2)!.date).toBe('2017-11-05')
    // A date that cannot be day first is still read the one way it can.
    expect(stories.at(-1)!.date).toBe('2017-05-25')
  })
})

describe('an export whose columns Marsad does not know', () => {
  it('is reported with its column names, how to map them, and what to rename them to', async () => {
    const { error } = await readOne('export.csv', 'Story Headline,Story Copy,Outlet\nعنوان,نص الخبر,موقع\n')
    expect(error?.code).toBe('no-stories')
    expect(error?.message).toMatch(
      /^export\.csv: no column of the header \("Story Headline", "Story Copy", "Outlet"\) is one Marsad reads as a title or a text; say which column is which in the import summary \(or with marsad import --columns title=…,body=…\), or name the title column "Title"/
    )
    expect(error?.columns).toEqual(['Story Headline', 'Story Copy', 'Outlet'])
  })
})

describe('export dates', () => {
  it.each([
    ['11-May-2017', '2017-05-11'],
    ['11-May-2017 08:12AM', '2017-05-11'],
    ['2017-05-11 08:12:00.0', '2017-05-11'],
    ['2017-05-11T08:12:00+03:00', '2017-05-11'],
    ['05/25/2017 08:12', '2017-05-25']
  ])('%s is %s', (text, date) => {
    expect(parseDumpDate(text)?.date).toBe(date)
  })

  it('an all-numeric date follows the order it is given', () => {
    expect(parseDumpDate('05/11/2017')?.date).toBe('2017-11-05')
    expect(parseDumpDate('05/11/2017', 'month-first')?.date).toBe('2017-05-11')
  })
})
