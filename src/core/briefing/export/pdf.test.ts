import { dirname } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { composeSampleBriefing, SAMPLE_ITEM_ORDER, SAMPLE_STORIES } from '../../../../test/fixtures/briefing/sampleBriefing'
import {
  hasPoppler,
  keepArtifact,
  pdfContentsPages,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfPagesToPng,
  pdfText
} from '../../../../test/helpers/pdf'
import { addStory } from '../../../../test/helpers/stories'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from '../../library'
import { BriefingService } from '../briefingService'
import { buildBriefingDocument } from '../document'
import { BriefingExporter } from './exporter'
import { ChromiumPdfPrinter, findChromium } from './pdfPrinter'

function chromiumPath(): string | null {
  try {
    return findChromium()
  } catch {
    return null
  }
}

const browserPath = chromiumPath()
const canPrint = browserPath !== null && hasPoppler
if (!canPrint)
  console.warn(
    `Skipping the briefing PDF tests: they need Chromium (found: ${browserPath ?? 'none'}) and poppler-utils (found: ${hasPoppler}).`
  )

/**
 * Text compared without its spaces: pdftotext guesses word breaks from glyph gaps, so it sometimes adds a space after
 * a letter that does not join (المحتو يات) or drops one between scripts (Griffithsفي). The letters and their order are
 * what must be right.
 */
function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Finds each title after the previous one; -1 for a title missing or out of order. */
function positionsInOrder(text: string, titles: readonly string[]): number[] {
  const letters = withoutSpaces(text)
  let from = 0
  return titles.map((title) => {
    const at = letters.indexOf(withoutSpaces(title), from)
    if (at >= 0) from = at + 1
    return at
  })
}

/** The words of a text as letters only (Arabic or Latin), punctuation and digits dropped. */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}]/gu, ''))
    .filter((word) => word !== '')
}

describe.skipIf(!canPrint)('briefing PDF', () => {
  let exporter: BriefingExporter
  let temp: ReturnType<typeof makeTempDir>
  let library: Library

  beforeAll(() => {
    exporter = new BriefingExporter(new ChromiumPdfPrinter())
  })
  afterAll(() => exporter.close())
  beforeEach(() => {
    temp = makeTempDir('marsad-briefing-pdf-')
    library = openLibrary(temp.file('lib.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('prints an Arabic briefing right to left with real, extractable Arabic, embedded fonts, page numbers and bookmarks', async () => {
    const { briefingId } = await composeSampleBriefing(library)
    const document = buildBriefingDocument(library, new BriefingService(library).get(briefingId))
    const pdf = await exporter.export(document, 'pdf')
    expect(pdf).toMatchObject({ fileName: 'موجز الحدود الشمالية.pdf', mimeType: 'application/pdf' })
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-')
    const file = keepArtifact('sample-ar.pdf', pdf.data)

    const info = pdfInfo(file)
    expect(info.Title).toBe('موجز الحدود الشمالية')
    expect(info['Page size']).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    // Cover, contents, introduction with section 1, section 2.
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(4)

    const fonts = pdfFonts(file)
    expect(fonts.map((font) => font.name).sort()).toEqual(['Amiri-Bold', 'Amiri-Regular'])
    expect(fonts.every((font) => font.embedded)).toBe(true)

    const text = pdfText(file)
    const titles = SAMPLE_ITEM_ORDER.map((key) => SAMPLE_STORIES[key].title)
    // In the contents (page 2), then in the body (from page 3).
    expect(positionsInOrder(pdfText(file, { first: 2, last: 2 }), titles)).not.toContain(-1)
    const body = pdfText(file, { first: 3 })
    expect(positionsInOrder(body, titles), body).not.toContain(-1)
    expect(pdfText(file, { first: 1, last: 1 })).toContain('للاستخدام الداخلي')
    expect(text).toContain('وحدة الرصد الإعلامي')
    expect(text).toContain('تبادل لإطلاق النار عند المعبر الحدودي الشمالي')
    // The footer reads "page 2 of N" in Arabic; the cover has none.
    expect(withoutSpaces(pdfText(file, { first: 2, last: 2 }))).toContain(`صفحة2من${info.Pages}`)
    expect(pdfText(file, { first: 1, last: 1 })).not.toContain('صفحة')

    // Numbered bookmarks start with a right-to-left mark, so that a viewer puts the number on the right.
    expect(pdfOutline(file).map(({ title, depth }) => ({ title, depth }))).toEqual([
      { title: 'موجز الحدود الشمالية', depth: 0 },
      { title: 'المحتويات', depth: 0 },
      { title: 'مقدمة', depth: 0 },
      { title: '\u200f1 الوضع الميداني', depth: 0 },
      { title: `\u200f1.1 ${SAMPLE_STORIES.border.title}`, depth: 1 },
      { title: `\u200f1.2 ${SAMPLE_STORIES.markets.title}`, depth: 1 },
      { title: '\u200f2 المسار السياسي والإنساني', depth: 0 },
      { title: `\u200f2.1 ${SAMPLE_STORIES.talks.title}`, depth: 1 },
      { title: `\u200f2.2 ${SAMPLE_STORIES.english.title}`, depth: 1 }
    ])

    const pages = pdfPagesToPng(file, dirname(file), 'sample-ar')
    expect(pages).toHaveLength(Number(info.Pages))
  })

  it('gives every word of the titles whole to a reader that extracts the text, ر before ي included', async () => {
    const titles = [
      'كوريا الجنوبية تستضيف جولة محادثات جديدة',
      'تصريحات وزير الخارجية بعد زيارة بريطانيا وسوريا',
      'مشروع سكة حديد يربط الجزيرة العربية بالبحرين',
      'شركة البريد الوطنية تعلن تعريفة جديدة'
    ]
    const service = new BriefingService(library)
    const briefing = service.create('تصريحات وزيارات الأسبوع')
    for (const title of titles) {
      await service.add(briefing.id, {
        storyIds: [addStory(library, { title, body: `${title}. نص الخبر كما نشرته الصحيفة.` })],
        section: 'الأخبار الدولية'
      })
    }
    const pdf = await exporter.export(buildBriefingDocument(library, service.get(briefing.id)), 'pdf')
    const file = keepArtifact('whole-words.pdf', pdf.data)
    const extracted = new Set(wordsOf(pdfText(file)))
    const missing = [...titles, 'تصريحات وزيارات الأسبوع'].flatMap(wordsOf).filter((word) => !extracted.has(word))
    expect(missing).toEqual([])
    pdfPagesToPng(file, dirname(file), 'whole-words', 110)
  })

  it('lists each part in the contents with the page it starts on, and runs a short introduction into the first section', async () => {
    const { briefingId } = await composeSampleBriefing(library)
    const pdf = await exporter.export(buildBriefingDocument(library, new BriefingService(library).get(briefingId)), 'pdf')
    const file = keepArtifact('contents-pages.pdf', pdf.data)
    const bookmarks = pdfOutline(file)
    const listed = pdfContentsPages(file, 2)
    const parts = bookmarks.filter((entry) => /^\u200f[\d.]+ /.test(entry.title))
    expect(parts).toHaveLength(6)
    for (const part of parts) {
      const entry = part.title.replace(/^\u200f[\d.]+ /, '').replace(/\s+/g, '')
      expect(listed.get(entry), part.title).toBe(part.page)
    }
    // The two-line introduction and the first section share a page; the second section starts a page of its own.
    const pageOf = (title: string) => bookmarks.find((entry) => entry.title === title)?.page
    expect(pageOf('\u200f1 الوضع الميداني')).toBe(pageOf('مقدمة'))
    expect(pageOf('\u200f2 المسار السياسي والإنساني')).toBeGreaterThan(pageOf('مقدمة')!)
  })

  // The printer keeps its page, and the fonts in it, from the test before: this print swaps the document in.
  it('prints an English briefing left to right with English page footers', async () => {
    const { briefingId } = await composeSampleBriefing(library)
    const service = new BriefingService(library)
    service.update(briefingId, {
      title: 'Northern border brief',
      subtitle: 'Week 32',
      language: 'en',
      introduction: 'A week of escalation at the northern crossing.'
    })
    const pdf = await exporter.export(buildBriefingDocument(library, service.get(briefingId)), 'pdf')
    const file = keepArtifact('sample-en.pdf', pdf.data)
    expect(pdfInfo(file).Title).toBe('Northern border brief')
    expect(
      pdfFonts(file)
        .map((font) => font.name)
        .sort()
    ).toEqual(['Amiri-Bold', 'Amiri-Regular'])
    // A left-to-right mark before the number: without it a viewer shows an Arabic heading's number at its right end.
    expect(
      pdfOutline(file)
        .map((entry) => entry.title)
        .slice(0, 5)
    ).toEqual(['Northern border brief', 'Contents', 'Introduction', '\u200e1 الوضع الميداني', `\u200e1.1 ${SAMPLE_STORIES.border.title}`])
    const text = pdfText(file)
    expect(text).toContain('Contents')
    expect(text).toMatch(/Page 2 of \d+/)
    expect(positionsInOrder(text, [SAMPLE_STORIES.border.title, SAMPLE_STORIES.english.title])).not.toContain(-1)
    pdfPagesToPng(file, dirname(file), 'sample-en')
  })
})

describe.skipIf(!canPrint)('hostile story text', () => {
  const HOSTILE_BODY = [
    '<script>window.__ran = "script"; document.title = "pwned"</script>',
    '<img src="x" onerror="window.__ran = \'img\'">',
    '<a href="javascript:window.__ran = \'link\'">اضغط هنا</a>',
    '<iframe src="https://attacker.example/"></iframe><link rel="stylesheet" href="https://attacker.example/x.css">'
  ].join('\n')
  let browser: Browser
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  let exporter: BriefingExporter

  beforeAll(async () => {
    // A browser with script enabled, unlike the printer's: the proof must not rest on script being off.
    browser = await chromium.launch({ executablePath: browserPath!, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] })
    exporter = new BriefingExporter(new ChromiumPdfPrinter())
    temp = makeTempDir('marsad-briefing-xss-')
    library = openLibrary(temp.file('lib.marsad'))
  })
  afterAll(async () => {
    await browser.close()
    await exporter.close()
    library.close()
    temp.cleanup()
  })

  async function hostileBriefing() {
    const story = addStory(library, {
      title: 'خبر <script>alert(1)</script>',
      body: HOSTILE_BODY,
      url: 'javascript:alert(2)',
      source: '<b>مصدر</b>'
    })
    const service = new BriefingService(library)
    const briefing = service.create('موجز الاختبار')
    await service.add(briefing.id, { storyIds: [story], comment: '<img src=x onerror=alert(3)>' })
    return buildBriefingDocument(library, service.get(briefing.id))
  }

  it('runs nothing and loads nothing in a browser, and shows the markup as text', async () => {
    const html = exporter.html(await hostileBriefing())
    const context = await browser.newContext({ javaScriptEnabled: true })
    const page = await context.newPage()
    const requests: string[] = []
    const dialogs: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url())
    })
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.setContent(html, { waitUntil: 'load' })
    // Click the would-be link: it is text, not a link.
    await page.getByText('<a href="javascript:', { exact: false }).click()
    expect(await page.evaluate('[window.__ran ?? null, document.title]')).toEqual([null, 'موجز الاختبار'])
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(await page.evaluate('document.querySelectorAll("script, img, iframe, link, [onerror]").length')).toBe(0)
    const text = (await page.evaluate('document.body.innerText')) as string
    expect(text).toContain('<script>window.__ran = "script"; document.title = "pwned"</script>')
    expect(text).toContain('<img src="x" onerror="window.__ran = \'img\'">')
    expect(text).toContain('javascript:alert(2)')
    await context.close()
  })

  it('prints the markup as literal text in the PDF', async () => {
    const pdf = await exporter.export(await hostileBriefing(), 'pdf')
    const file = keepArtifact('hostile.pdf', pdf.data)
    const text = pdfText(file)
    expect(text).toContain('<script>window.__ran = "script"; document.title = "pwned"</script>')
    expect(text).toContain('<img src="x" onerror="window.__ran = \'img\'">')
    expect(text).toContain('<img src=x onerror=alert(3)>')
    expect(pdfInfo(file).JavaScript).toBe('no')
  })
})
