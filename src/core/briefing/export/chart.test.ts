import { inflateSync } from 'node:zlib'
import { unzip } from '../../../../test/helpers/zip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../../test/helpers/stories'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import type { Briefing, BriefingDocument, BriefingExport } from '../../../shared/contract/briefings'
import type { SearchTrend } from '../../../shared/contract/search'
import { dispatchApiCall } from '../../../shared/dispatch'
import { MarsadCore } from '../../core'
import { chartPng, PRINT_SCALE } from './chartPng'
import { CHART_HEIGHT, CHART_WIDTH, chartSvg, layoutChart } from './chartSvg'

const TREND: SearchTrend = {
  query: 'مباحثات',
  by: 'week',
  periods: ['2024-01-29', '2024-02-05', '2024-02-12'],
  series: [
    { source: 'وكالة المرصد', other: false, counts: [3, 0, 1] },
    { source: null, other: true, counts: [1, 0, 2] }
  ],
  total: 7,
  undated: 0,
  tookMs: 1
}

/** A PNG's size and its pixels (8-bit RGB, filter 0 rows, as chartPng writes them). */
function readPng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  let offset = 8
  let width = 0
  let height = 0
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)]
    if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const rows = inflateSync(Buffer.concat(data))
  return {
    width,
    height,
    pixel: (x, y) => [...rows.subarray(y * (width * 3 + 1) + 1 + x * 3, y * (width * 3 + 1) + 4 + x * 3)] as [number, number, number]
  }
}

describe('a briefing chart', () => {
  it('stacks each period’s counts by source, first period at the start of the line (the right in Arabic)', () => {
    const en = layoutChart(TREND, 'en')
    const ar = layoutChart(TREND, 'ar')
    expect(en.bars).toHaveLength(4) // no bar for a zero count
    expect(en.legend.map((entry) => entry.label)).toEqual(['وكالة المرصد', 'Other sources'])
    expect(ar.legend[1]!.label).toBe('مصادر أخرى')
    const firstEn = en.bars[0]!
    const firstAr = ar.bars[0]!
    expect(firstEn.x).toBeLessThan(CHART_WIDTH / 2)
    expect(firstAr.x).toBeGreaterThan(CHART_WIDTH / 2)
    // The first week: 3 of the agency with 1 other on top, 4 in all, the tallest bar.
    const [agency, other] = en.bars
    expect(other!.y + other!.height).toBeCloseTo(agency!.y)
    expect(agency!.height / other!.height).toBeCloseTo(3)
  })

  it('is an SVG with its axes, period labels and legend, right to left for Arabic', () => {
    const svg = chartSvg(TREND, 'ar', 'تغطية <المباحثات>')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('direction="rtl"')
    expect(svg).toContain('تغطية &lt;المباحثات&gt;')
    expect(svg).toContain('fill="#1f77b4"')
    expect(svg).toContain('مصادر أخرى')
    expect(svg).toMatch(/>29 يناير</)
    expect(chartSvg(TREND, 'en', 'x')).toMatch(/>29 Jan</)
    expect(chartSvg({ ...TREND, periods: [], series: [], total: 0 }, 'en', 'x')).toContain('No dated stories match this search.')
  })

  it('rasterises the same bars to a PNG at 300 dpi', () => {
    const png = readPng(chartPng(TREND, 'en'))
    expect(png.width).toBe(Math.round(CHART_WIDTH * PRINT_SCALE))
    expect(png.height).toBe(Math.round(CHART_HEIGHT * PRINT_SCALE))
    const bar = layoutChart(TREND, 'en').bars[0]!
    const at = (x: number, y: number) => png.pixel(Math.round(x * PRINT_SCALE), Math.round(y * PRINT_SCALE))
    expect(at(bar.x + bar.width / 2, bar.y + bar.height / 2)).toEqual([0x1f, 0x77, 0xb4])
    expect(at(5, 5)).toEqual([255, 255, 255])
  })
})

describe('a chart in a briefing, through the core', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  const call = async <T>(method: string, request: Record<string, unknown>): Promise<T> => {
    const envelope = await dispatchApiCall(core.handlers, method as never, request)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value as T
  }

  beforeEach(() => {
    temp = makeTempDir()
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    const dates = ['2024-01-29', '2024-02-01', '2024-02-13', '2024-03-04']
    dates.forEach((date, index) =>
      addStory(core.library, {
        title: `مباحثات الحدود ${index}`,
        body: 'تواصلت مباحثات الحدود.',
        source: index % 2 ? 'النشرة' : 'وكالة المرصد',
        date
      })
    )
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  it('is kept by the section, counted at export time, and removed again', async () => {
    let briefing = await call<Briefing>('createBriefing', { title: 'موجز الحدود' })
    briefing = await call<Briefing>('addBriefingSection', { briefingId: briefing.id, heading: 'التغطية' })
    const sectionId = briefing.sections[0]!.id
    briefing = await call<Briefing>('setSectionChart', { sectionId, query: 'مباحثات', by: 'month', bySource: true })
    expect(briefing.sections[0]!.chart).toEqual({ query: 'مباحثات', by: 'month', bySource: true, caption: 'مباحثات' })
    briefing = await call<Briefing>('setSectionChart', { sectionId, query: 'مباحثات', by: 'month', caption: 'المباحثات شهرًا بشهر' })
    expect(briefing.sections[0]!.chart).toMatchObject({ bySource: false, caption: 'المباحثات شهرًا بشهر' })

    // A story imported after the chart was added is counted: the counts are the library's at export time.
    addStory(core.library, { title: 'مباحثات جديدة', body: 'مباحثات', source: 'النشرة', date: '2024-03-20' })
    const document = await call<BriefingDocument>('briefingDocument', { id: briefing.id })
    expect(document.sections[0]!.chart!.trend).toMatchObject({ periods: ['2024-01', '2024-02', '2024-03'] })

    const html = await call<BriefingExport>('exportBriefing', { id: briefing.id, format: 'html' })
    const text = Buffer.from(html.base64, 'base64').toString('utf8')
    expect(text).toMatch(/<figure class="chart">\s*<svg/)
    expect(text).toContain('المباحثات شهرًا بشهر')
    expect(text).toMatch(/البحث:<\/span> <bdi class="chart__query-text">مباحثات<\/bdi>/)

    const docx = await call<BriefingExport>('exportBriefing', { id: briefing.id, format: 'docx' })
    const files = await unzip(Buffer.from(docx.base64, 'base64'))
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'))
    expect(media.some((name) => name.endsWith('.png'))).toBe(true)
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true)
    const body = files.get('word/document.xml')!.toString('utf8')
    expect(body).toContain('<w:drawing>')
    expect(body).toContain('المباحثات شهرًا بشهر')
    expect(body).toContain('كل المصادر') // the legend, as text

    const chart = briefing.sections[0]!.chart
    const removed = await call<{ briefing: Briefing; undo: { id: string } }>('removeSectionChart', { sectionId })
    expect(removed.briefing.sections[0]!.chart).toBeNull()
    await expect(call('removeSectionChart', { sectionId })).rejects.toThrow('has no chart')
    // The undo gives the chart back as it was, caption and all.
    await call('undo', { id: removed.undo.id })
    briefing = await call<Briefing>('getBriefing', { id: briefing.id })
    expect(briefing.sections[0]!.chart).toEqual(chart)
  })

  it('goes with its section, comes back with its undo, and is copied with the briefing', async () => {
    let briefing = await call<Briefing>('createBriefing', { title: 'Border talks' })
    briefing = await call<Briefing>('addBriefingSection', { briefingId: briefing.id, heading: 'Coverage' })
    await call<Briefing>('setSectionChart', { sectionId: briefing.sections[0]!.id, query: 'مباحثات', by: 'week' })
    const chart = { query: 'مباحثات', by: 'week', bySource: false, caption: 'مباحثات' }
    expect((await call<Briefing>('duplicateBriefing', { id: briefing.id })).sections[0]!.chart).toEqual(chart)

    const removed = await call<{ undo: { id: string } }>('removeBriefingSection', { id: briefing.sections[0]!.id })
    expect(core.library.db.prepare('SELECT count(*) AS n FROM briefing_section_charts').get()).toEqual({ n: 1 }) // the copy's
    await call('undo', { id: removed.undo.id })
    expect((await call<Briefing>('getBriefing', { id: briefing.id })).sections[0]!.chart).toEqual(chart)

    const deleted = await call<{ undo: { id: string } }>('deleteBriefing', { id: briefing.id })
    await call('undo', { id: deleted.undo.id })
    expect((await call<Briefing>('getBriefing', { id: briefing.id })).sections[0]!.chart).toEqual(chart)
  })
})
