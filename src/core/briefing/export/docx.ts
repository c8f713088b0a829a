import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild
} from 'docx'
import type {
  BriefingDocument,
  BriefingDocumentItem,
  BriefingDocumentSection,
  BriefingLabels,
  BriefingLanguage
} from '../../../shared/contract/briefings'
import { webLink } from '../../../shared/webLink'
import { chartPng } from './chartPng'
import { CHART_HEIGHT, CHART_WIDTH, chartLegend, chartSvg } from './chartSvg'
import type { ExportFontFace } from './fonts'

/** Sizes in half-points, lengths in twips (1 mm ≈ 56.7), colours as in the HTML export. */
const SIZE = { body: 25, small: 21, tiny: 18, title: 60, subtitle: 32, cover: 26, heading: 38, item: 30 }
const COLOUR = { accent: '7A1F1F', muted: '5A5750', tint: 'F5F1E8' }
const MM = 56.7

/** Word's bookmark names take letters, digits and underscores only. */
function bookmarkName(anchor: string): string {
  return anchor.replace(/-/g, '_')
}

/** Direction of a paragraph by its first strong letter, as the HTML export's `dir="auto"` decides it. */
function firstStrongIsRtl(text: string): boolean | null {
  const letter = /\p{L}/u.exec(text)
  return letter ? /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(letter[0]) : null
}

/**
 * The briefing as a Word document, from the same model as the PDF: right-to-left paragraphs where the text is Arabic,
 * headings Word lists in its navigation pane, a contents list linked to bookmarks, a running header with the title and
 * classification, "page N of M" in the footer, and the export font embedded.
 */
export function renderBriefingDocx(document: BriefingDocument, fonts: readonly ExportFontFace[]): Promise<Buffer> {
  const rtl = document.direction === 'rtl'
  const writer = new ParagraphWriter(rtl)
  const family = fonts[0]!.family
  const regular = fonts.find((face) => face.weight === 400)!
  const bold = fonts.find((face) => face.weight === 700)
  const doc = new Document({
    title: document.title,
    creator: document.author ?? undefined,
    fonts: [{ name: family, data: regular.data, ...(bold ? { bold: bold.data } : {}) }],
    styles: {
      default: {
        document: {
          run: { font: family, size: SIZE.body, sizeComplexScript: SIZE.body },
          paragraph: { spacing: { after: 120, line: 300 } }
        },
        heading1: {
          run: { font: family, size: SIZE.heading, sizeComplexScript: SIZE.heading, bold: true, boldComplexScript: true, color: '1D1D1F' },
          paragraph: { spacing: { before: 240, after: 240 }, keepNext: true }
        },
        heading2: {
          run: { font: family, size: SIZE.item, sizeComplexScript: SIZE.item, bold: true, boldComplexScript: true, color: '1D1D1F' },
          paragraph: { spacing: { before: 360, after: 80 }, keepNext: true }
        }
      }
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(24 * MM), bottom: Math.round(22 * MM), left: Math.round(20 * MM), right: Math.round(20 * MM) }
          }
        },
        headers: { default: runningHeader(document, writer), first: new Header({ children: [] }) },
        footers: { default: pageFooter(document.labels, writer), first: new Footer({ children: [] }) },
        children: [
          ...cover(document, writer),
          ...contents(document, writer),
          ...introduction(document, writer),
          ...document.sections.flatMap((section) => sectionParagraphs(section, document.labels, document.language, writer))
        ]
      }
    ]
  })
  return Packer.toBuffer(doc)
}

/** Makes paragraphs whose direction follows their text (or the document's, for its own words). */
class ParagraphWriter {
  constructor(readonly rtl: boolean) {}

  /** A paragraph of text from a story or the analyst: its own direction, justified. */
  text(text: string, options: Omit<IParagraphOptions, 'children' | 'text'> & { run?: RunStyle } = {}): Paragraph {
    const rtl = firstStrongIsRtl(text) ?? this.rtl
    const { run, ...paragraph } = options
    return new Paragraph({ bidirectional: rtl, alignment: AlignmentType.JUSTIFIED, ...paragraph, children: [this.run(text, run, rtl)] })
  }

  /** A paragraph in the document's direction made of several runs. */
  line(children: ParagraphChild[], options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
    return new Paragraph({ bidirectional: this.rtl, alignment: AlignmentType.START, ...options, children })
  }

  /**
   * A run of text from a story or the analyst inside a line of several parts, followed by a mark of the line's own
   * direction (LRM or RLM), which Word and LibreOffice honour where they may not honour isolates: an Arabic source
   * before an English date must not pull the date's number or the separator into its own direction.
   */
  part(text: string, style: RunStyle = {}): TextRun {
    return this.run(`${text}${this.rtl ? '\u200f' : '\u200e'}`, style, firstStrongIsRtl(text) ?? this.rtl)
  }

  /** A run; without a size or weight of its own it takes its paragraph style's (a heading's, or the body's). */
  run(text: string, style: RunStyle = {}, rtl = firstStrongIsRtl(text) ?? this.rtl): TextRun {
    return new TextRun({
      text,
      rightToLeft: rtl,
      ...(style.size ? { size: style.size, sizeComplexScript: style.size } : {}),
      ...(style.bold !== undefined ? { bold: style.bold, boldComplexScript: style.bold } : {}),
      ...(style.color ? { color: style.color } : {})
    })
  }
}

interface RunStyle {
  size?: number
  bold?: boolean
  color?: string
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function runningHeader(document: BriefingDocument, writer: ParagraphWriter): Header {
  const parts = [writer.run(document.title, { size: SIZE.tiny, color: COLOUR.muted })]
  if (document.classification)
    parts.push(writer.run(`   ·   ${document.classification}`, { size: SIZE.tiny, bold: true, color: COLOUR.accent }))
  return new Header({ children: [writer.line(parts)] })
}

function pageFooter(labels: BriefingLabels, writer: ParagraphWriter): Footer {
  const style = { size: SIZE.tiny, color: COLOUR.muted }
  return new Footer({
    children: [
      writer.line(
        [
          writer.run(`${labels.page} `, style, writer.rtl),
          new TextRun({ children: [PageNumber.CURRENT], size: SIZE.tiny, color: COLOUR.muted }),
          writer.run(` ${labels.of} `, style, writer.rtl),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: SIZE.tiny, color: COLOUR.muted })
        ],
        { alignment: AlignmentType.END }
      )
    ]
  })
}

function cover(document: BriefingDocument, writer: ParagraphWriter): Paragraph[] {
  const centred = { alignment: AlignmentType.CENTER }
  const paragraphs: Paragraph[] = []
  if (document.classification) {
    paragraphs.push(writer.text(document.classification, { ...centred, run: { bold: true, color: COLOUR.accent, size: SIZE.cover } }))
  }
  paragraphs.push(
    writer.text(document.title, { ...centred, spacing: { before: Math.round(70 * MM), after: 240 }, run: { bold: true, size: SIZE.title } })
  )
  if (document.subtitle) paragraphs.push(writer.text(document.subtitle, { ...centred, run: { size: SIZE.subtitle, color: COLOUR.muted } }))
  const meta = [document.author, document.date].filter((line): line is string => line !== null)
  meta.forEach((line, index) =>
    paragraphs.push(
      writer.text(line, { ...centred, ...(index === 0 ? { spacing: { before: Math.round(60 * MM) } } : {}), run: { size: SIZE.cover } })
    )
  )
  return paragraphs
}

function contents(document: BriefingDocument, writer: ParagraphWriter): Paragraph[] {
  if (document.sections.length === 0) return []
  const entry = (anchor: string, number: string | null, text: string, style: RunStyle) =>
    new InternalHyperlink({
      anchor: bookmarkName(anchor),
      children: [...(number ? [writer.run(`${number}  `, { ...style, color: COLOUR.accent }, writer.rtl)] : []), writer.run(text, style)]
    })
  const paragraphs = [writer.line([writer.run(document.labels.contents)], { heading: HeadingLevel.HEADING_1, pageBreakBefore: true })]
  if (document.introduction) paragraphs.push(writer.line([entry('introduction', null, document.labels.introduction, { bold: true })]))
  for (const section of document.sections) {
    paragraphs.push(
      writer.line([entry(section.anchor, section.number, section.heading, { bold: true })], { spacing: { before: 160, after: 60 } })
    )
    for (const item of section.items) {
      paragraphs.push(
        writer.line([entry(item.anchor, item.number, item.title, { size: SIZE.small })], {
          indent: { start: Math.round(8 * MM) },
          spacing: { after: 40 }
        })
      )
    }
  }
  return paragraphs
}

function heading(
  anchor: string,
  number: string | null,
  text: string,
  level: 'HEADING_1' | 'HEADING_2',
  writer: ParagraphWriter,
  pageBreakBefore = false
): Paragraph {
  const runs = [
    ...(number ? [writer.run(`${number}  `, { color: COLOUR.accent, bold: true }, writer.rtl)] : []),
    writer.run(text, { bold: true })
  ]
  return writer.line([new Bookmark({ id: bookmarkName(anchor), children: runs })], { heading: HeadingLevel[level], pageBreakBefore })
}

function introduction(document: BriefingDocument, writer: ParagraphWriter): Paragraph[] {
  if (!document.introduction) return []
  return [
    heading('introduction', null, document.labels.introduction, 'HEADING_1', writer, true),
    ...paragraphsOf(document.introduction).map((text) => writer.text(text))
  ]
}

function sectionParagraphs(
  section: BriefingDocumentSection,
  labels: BriefingLabels,
  language: BriefingLanguage,
  writer: ParagraphWriter
): Paragraph[] {
  return [
    heading(section.anchor, section.number, section.heading, 'HEADING_1', writer, true),
    ...chartParagraphs(section, labels, language, writer),
    ...section.items.flatMap((item) => itemParagraphs(item, labels, writer))
  ]
}

/** The section's chart: the SVG (with a PNG at print resolution for Word), then its caption and query as text. */
function chartParagraphs(
  section: BriefingDocumentSection,
  labels: BriefingLabels,
  language: BriefingLanguage,
  writer: ParagraphWriter
): Paragraph[] {
  const chart = section.chart
  if (!chart) return []
  const paragraphs: Paragraph[] = []
  if (chart.trend) {
    // 160 mm wide, the text block's width (170 mm) less a margin, at 96 pixels to the inch.
    const width = Math.round((160 / 25.4) * 96)
    const image = new ImageRun({
      type: 'svg',
      data: Buffer.from(chartSvg(chart.trend, language, chart.caption, { legend: false })),
      fallback: { type: 'png', data: chartPng(chart.trend, language) },
      transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
      altText: { name: chart.caption, description: `${labels.chartQuery}: ${chart.query}`, title: chart.caption }
    })
    paragraphs.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }))
    // The legend as text, which Word shows whether it draws the SVG or the PNG.
    const legend = chartLegend(chart.trend, language).flatMap((entry, index) => [
      ...(index > 0 ? [writer.run('   ', { size: SIZE.small }, writer.rtl)] : []),
      writer.run('■ ', { size: SIZE.small, color: entry.colour.slice(1).toUpperCase() }, writer.rtl),
      writer.part(entry.label, { size: SIZE.small })
    ])
    if (legend.length) paragraphs.push(writer.line(legend, { keepNext: true }))
  }
  paragraphs.push(writer.line([writer.part(chart.caption, { bold: true })], { keepNext: true, spacing: { after: 0 } }))
  paragraphs.push(
    writer.line(
      [
        writer.run(`${labels.chartQuery}: `, { size: SIZE.small, color: COLOUR.muted, bold: true }, writer.rtl),
        writer.part(chart.query, { size: SIZE.small, color: COLOUR.muted })
      ],
      {
        spacing: { after: 360 }
      }
    )
  )
  return paragraphs
}

function itemParagraphs(item: BriefingDocumentItem, labels: BriefingLabels, writer: ParagraphWriter): Paragraph[] {
  const muted = { size: SIZE.small, color: COLOUR.muted }
  const paragraphs = [heading(item.anchor, item.number, item.title, 'HEADING_2', writer)]
  // Each part in its own run with its own direction: an Arabic source beside an English date keeps both readable.
  const meta = [item.source, item.date]
    .filter((part): part is string => part !== null)
    .flatMap((part, index) => [...(index > 0 ? [writer.run(' · ', muted, writer.rtl)] : []), writer.part(part, muted)])
  if (meta.length) paragraphs.push(writer.line(meta, { keepNext: true }))
  if (item.url) {
    const href = webLink(item.url)
    const run = new TextRun({ text: item.url, size: SIZE.tiny, color: COLOUR.muted, rightToLeft: false })
    paragraphs.push(
      new Paragraph({
        bidirectional: false,
        alignment: writer.rtl ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [href ? new ExternalHyperlink({ link: href, children: [run] }) : run]
      })
    )
  }
  if (item.textKind === 'excerpt') paragraphs.push(writer.line([writer.run(labels.excerpt, { ...muted, bold: true })], { keepNext: true }))
  const textIndent = item.textKind === 'excerpt' ? { indent: { start: Math.round(5 * MM) } } : {}
  paragraphs.push(...paragraphsOf(item.text).map((text) => writer.text(text, textIndent)))
  if (item.comment) {
    const boxed = {
      shading: { type: ShadingType.CLEAR, fill: COLOUR.tint, color: 'auto' },
      indent: { start: Math.round(3 * MM), end: Math.round(3 * MM) },
      spacing: { after: 0 },
      keepLines: true
    }
    paragraphs.push(
      writer.line([writer.run(labels.comment, { ...muted, bold: true, color: COLOUR.accent })], {
        ...boxed,
        spacing: { before: 160, after: 0 },
        keepNext: true
      })
    )
    paragraphs.push(...paragraphsOf(item.comment).map((text) => writer.text(text, boxed)))
  }
  if (item.tags.length) {
    const tags = item.tags.flatMap((tag, index) => [
      ...(index > 0 ? [writer.run(labels.listSeparator, { size: SIZE.small }, writer.rtl)] : []),
      writer.part(tag, { size: SIZE.small })
    ])
    paragraphs.push(
      writer.line([writer.run(`${labels.tags}: `, { ...muted, bold: true }, writer.rtl), ...tags], { spacing: { before: 120 } })
    )
  }
  if (item.alsoCarriedBy.length) {
    const outlets = item.alsoCarriedBy.flatMap((source, index) => [
      ...(index > 0 ? [writer.run(labels.listSeparator, { size: SIZE.small }, writer.rtl)] : []),
      writer.part(source, { size: SIZE.small })
    ])
    paragraphs.push(writer.line([writer.run(`${labels.alsoCarriedBy}: `, { ...muted, bold: true }, writer.rtl), ...outlets]))
  }
  if (item.links.length) {
    const links = item.links.flatMap((link, index) => [
      ...(index > 0 ? [writer.run(labels.listSeparator, { size: SIZE.small }, writer.rtl)] : []),
      new InternalHyperlink({
        anchor: bookmarkName(link.anchor),
        children: [writer.run(`${link.number} `, { size: SIZE.small }, writer.rtl), writer.part(link.title, { size: SIZE.small })]
      }),
      writer.run(` (${link.label})`, muted, writer.rtl)
    ])
    paragraphs.push(writer.line([writer.run(`${labels.seeAlso}: `, { ...muted, bold: true }, writer.rtl), ...links]))
  }
  return paragraphs
}
