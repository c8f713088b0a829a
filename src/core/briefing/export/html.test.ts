import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeSampleBriefing, SAMPLE_EXCERPT, SAMPLE_STORIES } from '../../../../test/fixtures/briefing/sampleBriefing'
import { addStory } from '../../../../test/helpers/stories'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import type { BriefingDocument } from '../../../shared/contract/briefings'
import { openLibrary, type Library } from '../../library'
import { BriefingService } from '../briefingService'
import { buildBriefingDocument } from '../document'
import { cssString, escapeHtml } from './escape'
import { exportFileName } from './exporter'
import { ExportFonts, findFontsDir } from './fonts'
import { EXPORT_CSP, renderBriefingHtml } from './html'

const fonts = new ExportFonts(() => findFontsDir()).all()

/** The document's visible text, roughly: block elements become spaces, inline ones vanish, entities are decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<\/?(?:p|h1|h2|div|li|ol|aside|section|header|nav|article|title)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

describe('briefing HTML', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  let document: BriefingDocument
  let briefingId: number

  beforeEach(async () => {
    temp = makeTempDir('marsad-briefing-html-')
    library = openLibrary(temp.file('lib.marsad'))
    ;({ briefingId } = await composeSampleBriefing(library))
    document = buildBriefingDocument(library, new BriefingService(library).get(briefingId))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('is one self-contained, right-to-left file: fonts inside, a strict CSP first, nothing external, no script', () => {
    const html = renderBriefingHtml(document, fonts)
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/)
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<title>'))
    expect(html).toContain(`content="${EXPORT_CSP}"`)
    expect(EXPORT_CSP).toContain("default-src 'none'")
    expect(html.match(/@font-face/g)).toHaveLength(2)
    expect(html).toContain('src: url(data:font/ttf;base64,AAEAAA')
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|url\((?!data:)/i)
    // The only external references are the stories' own links, which a reader may follow; nothing is fetched.
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!)
    expect(hrefs.filter((href) => !href.startsWith('#'))).toEqual([
      SAMPLE_STORIES.border.url,
      SAMPLE_STORIES.talks.url,
      SAMPLE_STORIES.english.url
    ])
  })

  it('has the cover, the contents, the introduction and every item in order, with the excerpt, comment, tags and links', () => {
    const text = visibleText(renderBriefingHtml(document, fonts))
    const expected = [
      'للاستخدام الداخلي',
      'موجز الحدود الشمالية',
      'التطورات الميدانية والسياسية خلال أسبوع',
      'وحدة الرصد الإعلامي',
      '8 أغسطس 2024',
      'المحتويات',
      '1 الوضع الميداني',
      '1.1 تبادل لإطلاق النار',
      '1.2 ارتفاع أسعار القمح',
      '2 المسار السياسي والإنساني',
      'مقدمة',
      'شهد الأسبوع تصعيدًا',
      '1 الوضع الميداني',
      '1.1 تبادل لإطلاق النار عند المعبر الحدودي الشمالي',
      'وكالة الأنباء الإقليمية · 6 أغسطس 2024',
      'مقتطف',
      SAMPLE_EXCERPT,
      'تعليق المحلل',
      'أول إغلاق للمعبر',
      'الوسوم: الحدود الشمالية، معابر',
      'انظر أيضًا: 1.2 ارتفاع أسعار القمح',
      '1.2 ارتفاع أسعار القمح',
      'سجلت أسعار القمح',
      'انظر أيضًا: 1.1 تبادل لإطلاق النار عند المعبر الحدودي الشمالي (يتابع)',
      '2.1 وزير الخارجية يلتقي المبعوث الأممي Martin Griffiths في جنيف',
      '2.2 Aid agencies warn of shortages'
    ]
    let from = 0
    for (const part of expected) {
      const at = text.indexOf(part, from)
      expect(at, `«${part}» after position ${from}`).toBeGreaterThanOrEqual(0)
      from = at + part.length
    }
    // The excerpt replaces the story's body; the rest of that story is not exported.
    expect(text).not.toContain('ولم تعلن أي جهة مسؤوليتها')
  })

  it('lays an English briefing out left to right, with its own words and page footer', () => {
    const english: BriefingDocument = buildBriefingDocument(library, new BriefingService(library).update(briefingId, { language: 'en' }))
    const html = renderBriefingHtml(english, fonts)
    expect(html).toMatch(/<html lang="en" dir="ltr">/)
    expect(html).toContain('@top-left { content: "موجز الحدود الشمالية"; }')
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages); }')
    expect(visibleText(html)).toContain('Contents')
    // Story text keeps its own direction whatever the briefing's.
    expect(html).toContain(`<p dir="auto">${SAMPLE_STORIES.talks.body.split('\n')[0]}</p>`)
  })

  it('escapes everything that comes from stories and the analyst, and links only http(s) URLs', async () => {
    const hostile = addStory(library, {
      title: '<b onmouseover="alert(1)">عنوان</b>',
      body: '<script>alert("x")</script>\n<img src=x onerror="alert(2)">\n<a href="javascript:alert(3)">اضغط</a>',
      source: 'مصدر "مقتبس" & <وسم>',
      url: 'javascript:alert(4)'
    })
    const service = new BriefingService(library)
    const briefing = service.create('</title><script>alert(5)</script>', {
      classification: '"; } body { display: none } @top-left { content: "'
    })
    await service.add(briefing.id, { storyIds: [hostile], section: '<h1>قسم</h1>', comment: '<style>body{display:none}</style>' })
    const html = renderBriefingHtml(buildBriefingDocument(library, service.get(briefing.id)), fonts)
    expect(html).not.toMatch(/<script|<img|<b |<a href="javascript|<style>body|<\/title><script/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;')
    expect(html).toContain('<p class="item__url"><bdi dir="ltr">javascript:alert(4)</bdi></p>')
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;</title>')
    // The classification reaches CSS only as an escaped string: it cannot close the rule.
    const topRule = /@top-left \{ content: ("(?:[^"\\]|\\.)*")/.exec(html)![1]!
    expect(topRule).not.toMatch(/[;{}]/)
    expect(html.match(/<style>/g)).toHaveLength(1)
  })
})

describe('export helpers', () => {
  it('escapes HTML and CSS strings', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(cssString('موجز: "كوريا"</style>')).toBe('"موجز: \\000022كوريا\\000022\\00003c\\00002fstyle\\00003e"')
  })

  it('makes file names from titles, keeping Arabic and dropping what file systems refuse', () => {
    expect(exportFileName('موجز الحدود الشمالية', 'pdf')).toBe('موجز الحدود الشمالية.pdf')
    expect(exportFileName('Korea: week 32 / "final"', 'docx')).toBe('Korea week 32 final.docx')
    expect(exportFileName('..\u202e/../', 'html')).toBe('briefing.html')
    expect(exportFileName('أ'.repeat(300), 'pdf')).toHaveLength(84)
  })
})
