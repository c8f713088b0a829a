import { readFileSync } from 'node:fs'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addSampleStories, SAMPLE_STORIES } from '../../../test/fixtures/briefing/sampleBriefing'
import { cliOnLibrary, ensureCliBuilt, spawnCli } from '../../../test/helpers/cli'
import { hasPoppler, pdfText } from '../../../test/helpers/pdf'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'
import { findChromium } from '../../core/briefing'

function canPrintPdf(): boolean {
  try {
    findChromium()
    return hasPoppler
  } catch {
    return false
  }
}

describe('marsad briefing, briefings', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  let ids: ReturnType<typeof addSampleStories>

  beforeEach(() => {
    temp = makeTempDir('marsad-cli-briefing-')
    path = temp.file('lib.marsad')
    const library = openLibrary(path)
    ids = addSampleStories(library)
    library.close()
  })
  afterEach(() => temp.cleanup())

  const { cli, json } = cliOnLibrary(() => path)

  it('creates a briefing, adds stories to sections, shows and lists it with the documented JSON', async () => {
    const created = await json('briefing', 'create', 'موجز الحدود', '--subtitle', 'أسبوع 32', '--author', 'وحدة الرصد')
    expect(created).toEqual({ id: expect.any(Number) })
    const id = String(created.id)

    const added = await json('briefing', 'add', id, String(ids.border), String(ids.markets), '--section', 'الميدان', '--comment', 'مهم')
    expect(added).toEqual({
      id: created.id,
      section: { id: expect.any(Number), heading: 'الميدان' },
      items: [
        { id: expect.any(Number), storyId: ids.border },
        { id: expect.any(Number), storyId: ids.markets }
      ],
      skipped: []
    })
    expect(await json('briefing', 'add', id, String(ids.talks), String(ids.border))).toMatchObject({
      section: { heading: 'الميدان' },
      skipped: [ids.border]
    })

    const shown = await json('briefing', 'show', id)
    expect(Object.keys(shown)).toEqual([
      'id',
      'title',
      'subtitle',
      'author',
      'date',
      'classification',
      'introduction',
      'language',
      'sections',
      'createdAt',
      'updatedAt'
    ])
    expect(shown).toMatchObject({ title: 'موجز الحدود', subtitle: 'أسبوع 32', author: 'وحدة الرصد', language: 'ar' })
    expect(shown.sections).toEqual([
      {
        id: added.section.id,
        heading: 'الميدان',
        chart: null,
        items: [
          {
            id: added.items[0].id,
            storyId: ids.border,
            title: SAMPLE_STORIES.border.title,
            source: SAMPLE_STORIES.border.source,
            date: '2024-08-06',
            comment: 'مهم',
            excerpt: null,
            fullBody: false
          },
          expect.objectContaining({ storyId: ids.markets, comment: 'مهم' }),
          expect.objectContaining({ storyId: ids.talks, comment: null })
        ]
      }
    ])

    const human = await cli('briefing', 'show', id)
    expect(human.stdout).toContain(`1. الميدان\n   1.1  [story ${ids.border}] ${SAMPLE_STORIES.border.title}`)

    expect(await json('briefings')).toEqual([
      {
        id: created.id,
        title: 'موجز الحدود',
        subtitle: 'أسبوع 32',
        author: 'وحدة الرصد',
        date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        sections: 1,
        items: 3,
        updatedAt: expect.any(String)
      }
    ])
  })

  it('gives a section a coverage chart, shows it, exports it in the HTML, and takes it out', async () => {
    const { id } = await json('briefing', 'create', 'Crossing brief')
    const set = await json(
      'briefing',
      'chart',
      String(id),
      '--section',
      'Coverage',
      '--query',
      'المعبر',
      '--by',
      'month',
      '--by-source',
      '--caption',
      'The crossing, month by month'
    )
    expect(set).toEqual({
      id,
      section: { id: expect.any(Number), heading: 'Coverage' },
      chart: { query: 'المعبر', by: 'month', bySource: true, caption: 'The crossing, month by month' }
    })
    expect((await cli('briefing', 'show', String(id))).stdout).toContain(
      '1. Coverage\n   chart: The crossing, month by month (المعبر, by month, by source)'
    )
    const html = temp.file('chart.html')
    await json('briefing', 'export', String(id), '--html', html)
    const exported = readFileSync(html, 'utf8')
    expect(exported).toMatch(/<figure class="chart">\s*<svg/)
    expect(exported).toContain('The crossing, month by month')
    expect(await json('briefing', 'chart', String(id), '--section', 'Coverage', '--remove')).toMatchObject({ chart: null })
    expect((await cli('briefing', 'chart', String(id), '--section', 'Coverage', '--query', 'x', '--by', 'year')).code).toBe(2)
  })

  it('exports HTML and DOCX files', async () => {
    const { id } = await json('briefing', 'create', 'موجز')
    await cli('briefing', 'add', String(id), String(ids.border))
    const html = temp.file('brief.html')
    expect(await json('briefing', 'export', String(id), '--html', html)).toEqual({ file: html, format: 'html', bytes: expect.any(Number) })
    expect(readFileSync(html, 'utf8')).toContain(SAMPLE_STORIES.border.title)
    const docx = temp.file('brief.docx')
    const run = await cli('briefing', 'export', String(id), '--docx', docx)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toMatch(new RegExp(`^Wrote ${docx} \\(DOCX, \\d+(\\.\\d)? [KM]B\\)\\.\\n$`))
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK')
  })

  it('refuses bad usage (exit 2) and unknown briefings or stories (exit 1) with clear messages', async () => {
    for (const args of [
      ['briefing'],
      ['briefing', 'publish'],
      ['briefing', 'create'],
      ['briefing', 'create', 'a', 'b'],
      ['briefing', 'create', 'x', '--section', 'y'],
      ['briefing', 'add', '1'],
      ['briefing', 'add', 'one', '2'],
      ['briefing', 'export', '1'],
      ['briefing', 'export', '1', '--pdf', 'a.pdf', '--html', 'a.html'],
      ['briefings', 'extra']
    ]) {
      const run = await cli(...args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/Usage: marsad briefings?/)
    }
    expect(await cli('briefing', 'show', '99')).toMatchObject({ code: 1, stderr: 'marsad briefing: There is no briefing with id 99.\n' })
    const { id } = await json('briefing', 'create', 'موجز')
    expect(await cli('briefing', 'add', String(id), '999')).toMatchObject({
      code: 1,
      stderr: 'marsad briefing: There is no story 999 in this library.\n'
    })
    expect(await cli('briefings')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^${id}\\t0\\t\\d{4}-\\d{2}-\\d{2}\\tموجز\\n$`))
    })
  })

  describe.skipIf(!canPrintPdf())('the built binary', () => {
    beforeAll(() => ensureCliBuilt(), 120_000)

    it('exports a PDF a reader can search, and exits when done', async () => {
      const { id } = await json('briefing', 'create', 'موجز الحدود الشمالية')
      await cli('briefing', 'add', String(id), String(ids.border), String(ids.talks))
      const pdf = temp.file('brief.pdf')
      const run = spawnCli(['briefing', 'export', String(id), '--pdf', pdf, '--library', path])
      expect(run.stderr.replace(/.*unexpected operator\n/g, '')).toBe('')
      expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Wrote .*brief\.pdf \(PDF, \d+(\.\d)? KB\)\.\n$/) })
      expect(pdfText(pdf).replace(/\s+/g, '')).toContain(SAMPLE_STORIES.border.title.replace(/\s+/g, ''))
    }, 120_000)
  })
})
