import { unzip } from '../../../../test/helpers/zip'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { composeSampleBriefing, SAMPLE_ITEM_ORDER, SAMPLE_STORIES } from '../../../../test/fixtures/briefing/sampleBriefing'
import { keepArtifact } from '../../../../test/helpers/pdf'
import { addStory } from '../../../../test/helpers/stories'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from '../../library'
import { BriefingService } from '../briefingService'
import { buildBriefingDocument } from '../document'
import { renderBriefingDocx } from './docx'
import { ExportFonts, findFontsDir } from './fonts'

const fonts = new ExportFonts(() => findFontsDir()).all()

/** The text of each paragraph of a WordprocessingML part, with whether it is right to left. */
function paragraphs(xml: string): { text: string; rtl: boolean }[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? match[2]!
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((run) => run[1]).join('')
    return {
      text: text
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
      rtl: /<w:bidi\/>/.test(body)
    }
  })
}

describe('briefing DOCX', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library

  beforeEach(() => {
    temp = makeTempDir('marsad-briefing-docx-')
    library = openLibrary(temp.file('lib.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('writes right-to-left paragraphs for Arabic, every item in order, bookmarks, page numbers and the font embedded', async () => {
    const { briefingId } = await composeSampleBriefing(library)
    const data = await renderBriefingDocx(buildBriefingDocument(library, new BriefingService(library).get(briefingId)), fonts)
    keepArtifact('sample-ar.docx', data)
    const files = await unzip(data)
    const document = files.get('word/document.xml')!.toString('utf8')
    const body = paragraphs(document)

    const titles = SAMPLE_ITEM_ORDER.map((key) => SAMPLE_STORIES[key].title)
    // Each title twice: in the contents, then as the item's heading (after the contents).
    const headings = body.filter((paragraph) => titles.some((title) => paragraph.text.endsWith(title)))
    expect(headings.map((paragraph) => paragraph.text)).toEqual(
      [...titles, ...titles].map((title, n) => `${headingNumber(n % 4)}  ${title}`)
    )
    expect(body.find((paragraph) => paragraph.text.startsWith('شهد الأسبوع'))?.rtl).toBe(true)
    expect(body.find((paragraph) => paragraph.text.startsWith('Aid agencies warned'))?.rtl).toBe(false)
    expect(body.some((paragraph) => paragraph.text === 'تعليق المحلل')).toBe(true)

    expect(document).toContain('w:name="item_1_1"')
    expect(document).toContain('w:anchor="item_2_2"')
    expect(document).toContain('w:rtl/>')
    const header = [...files.entries()]
      .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
      .map(([, xml]) => xml.toString('utf8'))
      .join('')
    expect(header).toContain('موجز الحدود الشمالية')
    const footer = [...files.entries()]
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, xml]) => xml.toString('utf8'))
      .join('')
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/)
    expect([...files.keys()].filter((name) => name.startsWith('word/fonts/'))).toHaveLength(2)
    expect(files.get('word/fontTable.xml')!.toString('utf8')).toContain('w:name="Amiri"')
  })

  it('keeps hostile story text as text', async () => {
    const story = addStory(library, {
      title: '<script>alert(1)</script>',
      body: '<img src=x onerror=alert(2)>',
      url: 'javascript:alert(3)'
    })
    const service = new BriefingService(library)
    const briefing = service.create('موجز')
    await service.add(briefing.id, { storyIds: [story] })
    const files = await unzip(await renderBriefingDocx(buildBriefingDocument(library, service.get(briefing.id)), fonts))
    const document = files.get('word/document.xml')!.toString('utf8')
    expect(document).not.toMatch(/<script|<img/)
    expect(paragraphs(document).map((paragraph) => paragraph.text)).toEqual(
      expect.arrayContaining(['<img src=x onerror=alert(2)>', 'javascript:alert(3)'])
    )
    // Only http(s) links become hyperlinks.
    expect(files.get('word/_rels/document.xml.rels')!.toString('utf8')).not.toContain('javascript:')
  })
})

/** "1.1", "1.2", "2.1", "2.2": the numbers of the sample's four items. */
function headingNumber(index: number): string {
  return ['1.1', '1.2', '2.1', '2.2'][index]!
}
