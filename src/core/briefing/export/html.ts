import type {
  BriefingDocument,
  BriefingDocumentItem,
  BriefingDocumentSection,
  BriefingLabels,
  BriefingLanguage
} from '../../../shared/contract/briefings'
import { webLink } from '../../../shared/webLink'
import { chartSvg } from './chartSvg'
import { cssString, escapeHtml } from './escape'
import { EXPORT_FONT_FAMILY, type ExportFontFace } from './fonts'

/**
 * Nothing may load or run: no script, no frames, no network, no forms. Styles and fonts live inside the file. Even if
 * a story's text slipped past escaping, this policy would stop it doing anything.
 */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'"

/** The policy of a print whose fonts come from files: font files too, which the printer's session confines to its fonts folder. */
function printCsp(fontsUrl: string | undefined): string {
  return fontsUrl ? EXPORT_CSP.replace('font-src data:', 'font-src data: file:') : EXPORT_CSP
}

/**
 * The <style> element that holds only the fonts: the same in every export, so a printer that keeps its page may keep
 * it loaded from one print to the next (decoding the fonts is a good part of a print's time).
 */
export const FONT_STYLE_ID = 'marsad-fonts'

/** The running header shows at most this much of the title. */
const HEADER_TITLE_LENGTH = 70

/**
 * What a PDF's HTML adds for print: the contents list each part's page, which only a print can tell. The exporter
 * prints once to learn the pages, with nothing drawn (a layout costs a fraction of a full print), then prints again
 * with the numbers. Their column has the same width with or without numbers, so the pages do not move.
 */
export interface PrintLayout {
  /** The page of each part by its anchor (`section-1`, `item-1-2`, `introduction`); empty before the first print. */
  pages: ReadonlyMap<string, number>
  /** False for the print that only measures: every page is laid out and nothing drawn. */
  drawn: boolean
  /** The printer's folder of the export fonts (a file: URL ending in `/`); without it the fonts are inlined. */
  fontsUrl?: string
}

/**
 * The briefing as one self-contained HTML file: the fonts inside as data: URLs, a strict CSP, every string from stories
 * and from the analyst escaped. Chromium prints it to PDF (the app's printToPDF, and playwright in the CLI and tests);
 * it is also the HTML export. Headings are one level for the cover title, the contents, the introduction and each
 * section, and a second for items: Chromium makes the PDF's bookmarks from them. Printed, it has a cover, contents,
 * the introduction, one page-started part per section, a running header with the title and classification, and
 * "page N of M" on the end side of the footer.
 */
export function renderBriefingHtml(document: BriefingDocument, fonts: readonly ExportFontFace[], print?: PrintLayout): string {
  return `<!doctype html>
<html lang="${document.language}" dir="${document.direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${printCsp(print?.fontsUrl)}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style id="${FONT_STYLE_ID}">
${fontFaces(fonts, print?.fontsUrl)}
</style>
<style>
${pageRules(document)}
${styles(EXPORT_FONT_FAMILY)}${print ? printStyles(print) : ''}
</style>
</head>
<body>
${cover(document)}
${contents(document, print?.pages ?? null)}
${introduction(document)}
${document.sections.map((part) => section(part, document.labels, document.language)).join('\n')}
</body>
</html>
`
}

/**
 * The headings the HTML has, in order, as they read: what the PDF's bookmarks must say (see bookmarks.ts). Keep in
 * step with the headings `renderBriefingHtml` writes.
 *
 * A numbered heading starts with the mark of the document's direction. A bookmark is a paragraph of its own, which a
 * viewer orients by its first letter; the number has none, so an Arabic story in an English briefing would put its
 * number at the right-hand end ("الوضع الميداني 1"), and an English story in an Arabic briefing at the left.
 */
export function headingTexts(document: BriefingDocument): string[] {
  const mark = document.direction === 'rtl' ? '\u200f' : '\u200e'
  return [
    document.title,
    ...(document.sections.length ? [document.labels.contents] : []),
    ...(document.introduction ? [document.labels.introduction] : []),
    ...document.sections.flatMap((section) => [
      `${mark}${section.number} ${section.heading}`,
      ...section.items.map((item) => `${mark}${item.number} ${item.title}`)
    ])
  ]
}

/** The faces inlined as data: URLs (a self-contained file), or linked from the printer's fonts folder. */
function fontFaces(fonts: readonly ExportFontFace[], fontsUrl: string | undefined): string {
  const source = (face: ExportFontFace) =>
    fontsUrl ? `${fontsUrl}${encodeURIComponent(face.file)}` : `data:font/ttf;base64,${face.data.toString('base64')}`
  return fonts
    .map(
      (face) =>
        `@font-face { font-family: '${face.family}'; font-weight: ${face.weight}; font-style: normal; src: url(${source(face)}) format('truetype'); }`
    )
    .join('\n')
}

/** Margin boxes are physical (left, right): the title goes on the reading side, the page number on the far side. */
function pageRules(document: BriefingDocument): string {
  const [start, end] = document.direction === 'rtl' ? ['right', 'left'] : ['left', 'right']
  const { labels } = document
  const title = document.title.length > HEADER_TITLE_LENGTH ? `${document.title.slice(0, HEADER_TITLE_LENGTH).trimEnd()}…` : document.title
  const classification = document.classification
    ? `@top-${end} { content: ${cssString(document.classification)}; font-weight: 700; color: #7a1f1f; }`
    : ''
  return `@page {
  size: A4;
  margin: 24mm 20mm 22mm;
  @top-${start} { content: ${cssString(title)}; }
  ${classification}
  @bottom-${end} { content: ${cssString(`${labels.page} `)} counter(page) ${cssString(` ${labels.of} `)} counter(pages); }
}
@page :first {
  @top-${start} { content: none; }
  @top-${end} { content: none; }
  @bottom-${end} { content: none; }
}`
}

function paragraphs(text: string, className = ''): string {
  const attributes = className ? ` class="${className}"` : ''
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p dir="auto"${attributes}>${escapeHtml(line)}</p>`)
    .join('\n')
}

function cover(document: BriefingDocument): string {
  const line = (className: string, text: string | null) => (text ? `<p class="${className}" dir="auto">${escapeHtml(text)}</p>` : '')
  return `<header class="cover">
${line('cover__classification', document.classification)}
<div class="cover__titles">
<h1 class="cover__title" dir="auto">${escapeHtml(document.title)}</h1>
${line('cover__subtitle', document.subtitle)}
</div>
<div class="cover__meta">
${line('cover__author', document.author)}
${line('cover__date', document.date)}
</div>
</header>`
}

/** The contents, linked to each part; printed, each entry ends with its page (`pages` null: no page column). */
function contents(document: BriefingDocument, pages: ReadonlyMap<string, number> | null): string {
  if (document.sections.length === 0) return ''
  const { labels } = document
  const page = (anchor: string) =>
    pages ? `<span class="contents__leader" aria-hidden="true"></span><span class="contents__page">${pages.get(anchor) ?? ''}</span>` : ''
  const entry = (anchor: string, number: string | null, text: string) =>
    `<a href="#${anchor}">${number ? `<span class="number">${number}</span> ` : ''}<bdi>${escapeHtml(text)}</bdi>${page(anchor)}</a>`
  const intro = document.introduction ? `<li class="contents__part">${entry('introduction', null, labels.introduction)}</li>` : ''
  const sections = document.sections
    .map(
      (section) => `<li class="contents__part">${entry(section.anchor, section.number, section.heading)}
<ol class="contents__items">${section.items.map((item) => `<li>${entry(item.anchor, item.number, item.title)}</li>`).join('')}</ol>
</li>`
    )
    .join('\n')
  return `<nav class="contents" aria-labelledby="contents">
<h1 class="part" id="contents">${escapeHtml(labels.contents)}</h1>
<ol class="contents__parts">
${intro}
${sections}
</ol>
</nav>`
}

function introduction(document: BriefingDocument): string {
  if (!document.introduction) return ''
  return `<section class="introduction" aria-labelledby="introduction">
<h1 class="part" id="introduction">${escapeHtml(document.labels.introduction)}</h1>
${paragraphs(document.introduction)}
</section>`
}

function section(part: BriefingDocumentSection, labels: BriefingLabels, language: BriefingLanguage): string {
  return `<section class="section" id="${part.anchor}">
<h1 class="part"><span class="number">${part.number}</span> <bdi>${escapeHtml(part.heading)}</bdi></h1>
${chart(part, labels, language)}${part.items.map((item) => storyItem(item, labels)).join('\n')}
</section>`
}

/** The section's coverage chart under its heading: the bars (inline SVG), the caption, and the query they count. */
function chart(part: BriefingDocumentSection, labels: BriefingLabels, language: BriefingLanguage): string {
  if (!part.chart) return ''
  const { caption, query, trend } = part.chart
  return `<figure class="chart">
${trend ? chartSvg(trend, language, caption) : ''}
<figcaption><p class="chart__caption"><bdi>${escapeHtml(caption)}</bdi></p>
<p class="chart__query"><span class="label">${escapeHtml(labels.chartQuery)}:</span> <bdi class="chart__query-text">${escapeHtml(query)}</bdi></p></figcaption>
</figure>
`
}

function storyItem(item: BriefingDocumentItem, labels: BriefingLabels): string {
  const excerptLabel = item.textKind === 'excerpt' ? `<p class="label">${escapeHtml(labels.excerpt)}</p>\n` : ''
  const comment = item.comment
    ? `<aside class="item__comment">\n<p class="label">${escapeHtml(labels.comment)}</p>\n${paragraphs(item.comment)}\n</aside>`
    : ''
  const tags = item.tags.length
    ? `<p class="item__tags"><span class="label">${escapeHtml(labels.tags)}:</span> ${item.tags.map((tag) => `<bdi class="tag">${escapeHtml(tag)}</bdi>`).join(labels.listSeparator)}</p>`
    : ''
  const links = item.links.length
    ? `<p class="item__links"><span class="label">${escapeHtml(labels.seeAlso)}:</span> ${item.links
        .map(
          (link) =>
            `<a href="#${link.anchor}"><span class="number">${link.number}</span> <bdi>${escapeHtml(link.title)}</bdi></a> <span class="link-kind">(${escapeHtml(link.label)})</span>`
        )
        .join(labels.listSeparator)}</p>`
    : ''
  const carried = item.alsoCarriedBy.length
    ? `<p class="item__carried"><span class="label">${escapeHtml(labels.alsoCarriedBy)}:</span> ${item.alsoCarriedBy.map((source) => `<bdi>${escapeHtml(source)}</bdi>`).join(labels.listSeparator)}</p>`
    : ''
  return `<article class="item" id="${item.anchor}">
<h2 class="item__title"><span class="number">${item.number}</span> <bdi>${escapeHtml(item.title)}</bdi></h2>
${itemMeta(item)}
<div class="item__text item__text--${item.textKind}">
${excerptLabel}${paragraphs(item.text)}
</div>
${comment}
${tags}
${links}
${carried}
</article>`
}

function itemMeta(item: BriefingDocumentItem): string {
  const parts = [item.source, item.date].filter((part): part is string => part !== null).map((part) => `<bdi>${escapeHtml(part)}</bdi>`)
  const href = webLink(item.url)
  const url = item.url
    ? `<p class="item__url"><bdi dir="ltr">${href ? `<a href="${escapeHtml(href)}">${escapeHtml(item.url)}</a>` : escapeHtml(item.url)}</bdi></p>`
    : ''
  return `${parts.length ? `<p class="item__meta">${parts.join(' · ')}</p>` : ''}\n${url}`
}

/**
 * Typeset for print first (A4, Naskh at 12.5pt); the same file reads well on screen. Logical properties throughout.
 * Headings keep 0.4em of padding above, which a page break does not take away: Amiri's tall letters reach above a
 * tight line box, and when they cross the top of a page Chromium (156) writes the heading's bookmark twice.
 *
 * Printed, Amiri's kerning is off. Its kerning tucks a ي under the tail of a ر, ز or و before it (كوريا, زيارة), so
 * far that the two glyphs overlap by more than a fifth of an em; PDF readers (poppler, pdf.js) take such an overlap
 * for a word break, and the PDF's text then reads كور يا: an official searching it for كوريا finds nothing. Unkerned,
 * the ي sits beside the ر, as in most Naskh faces; shaping, joining and marks are untouched. On screen the text is
 * the DOM's, so the HTML file keeps the kerning there (see `printStyles` for the PDF's own HTML).
 */
/**
 * The PDF's HTML is unkerned on screen too: the printer loads it (a screen layout) before printing it, and text
 * shaped once with the print's settings is not shaped again for print, which otherwise doubles a print's time.
 */
function printStyles(print: PrintLayout): string {
  return `\nhtml { font-kerning: none; }${print.drawn ? '' : '\nhtml { visibility: hidden; }'}`
}

function styles(family: string): string {
  return `
:root { --ink: #1d1d1f; --muted: #5a5750; --rule: #c9c2b4; --accent: #7a1f1f; --tint: #f5f1e8; }
html { font-family: '${family}', serif; font-size: 12.5pt; line-height: 1.7; color: var(--ink); background: #fff; }
body { margin: 0; }
@media screen { body { max-inline-size: 170mm; margin-inline: auto; padding: 12mm 10mm 24mm; } }
@page { font-family: '${family}', serif; font-size: 9pt; color: #5a5750; font-kerning: none; }
@media print { html { font-kerning: none; } }
p { margin-block: 0 0.55em; }
a { color: inherit; text-decoration: none; }
.number { font-weight: 700; color: var(--accent); }
.label { font-weight: 700; color: var(--muted); font-size: 0.85em; }

.cover { display: flex; flex-direction: column; text-align: center; padding-block: 10mm; break-after: page; }
@media print { .cover { block-size: 240mm; box-sizing: border-box; } }
.cover__classification { align-self: center; margin: 0; padding: 1.5mm 8mm; border: 1.5pt solid var(--accent); color: var(--accent); font-weight: 700; font-size: 13pt; }
.cover__titles { margin-block: auto; padding-block: 12mm; border-block: 2pt solid var(--accent); }
.cover__title { font-size: 30pt; line-height: 1.35; margin: 0; }
.cover__subtitle { font-size: 16pt; color: var(--muted); margin-block: 4mm 0; }
.cover__meta { font-size: 13pt; }
.cover__meta p { margin: 0; }
.cover__date { color: var(--muted); }

h1.part { font-size: 19pt; line-height: 1.4; margin-block: 0 6mm; padding-block: 0.4em 2mm; border-block-end: 1pt solid var(--rule); }
.contents { break-after: page; }
.contents ol { list-style: none; margin: 0; padding: 0; }
.contents__part { margin-block-end: 3mm; font-weight: 700; font-size: 13pt; }
.contents__items { margin-block-start: 1mm; padding-inline-start: 8mm; font-weight: 400; font-size: 11.5pt; }
.contents__items li { margin-block-end: 0.6mm; }
.contents .number { display: inline-block; min-inline-size: 8mm; }
.contents__items .number { min-inline-size: 10mm; font-weight: 400; }
.contents a:has(.contents__page) { display: flex; align-items: baseline; }
.contents__leader { flex: 1 1 0; min-inline-size: 6mm; margin-inline: 2mm; border-block-end: 1pt dotted var(--rule); }
/* Wide enough for three digits, numbers or not: the first print (without them) lays the pages out as the second. */
.contents__page { flex: none; inline-size: 9mm; text-align: end; font-variant-numeric: tabular-nums; }

.introduction { text-align: justify; margin-block-end: 10mm; }
.section { break-before: page; }
/* A short introduction does not get a page to itself: the first section follows it. */
.introduction + .section { break-before: auto; }

.chart { margin: 0 0 9mm; break-inside: avoid; }
.chart__image { display: block; inline-size: 100%; block-size: auto; }
.chart figcaption { margin-block-start: 2mm; }
.chart__caption { font-weight: 700; margin-block-end: 0.5mm; }
.chart__query { color: var(--muted); font-size: 10pt; }

.item { margin-block-end: 9mm; padding-block-end: 5mm; border-block-end: 0.75pt solid var(--rule); }
.item:last-child { border-block-end: none; }
.item__title { font-size: 15pt; line-height: 1.45; margin-block: 0 1.5mm; padding-block-start: 0.4em; break-after: avoid; }
.item__meta { color: var(--muted); font-size: 10.5pt; margin-block-end: 0.5mm; break-after: avoid; }
.item__url { color: var(--muted); font-size: 9pt; word-break: break-all; }
.item__text { text-align: justify; margin-block-start: 3mm; }
.item__text--excerpt { padding-inline-start: 5mm; border-inline-start: 2pt solid var(--rule); }
.item__comment { break-inside: avoid; margin-block: 4mm; padding: 3mm 5mm; background: var(--tint); border-inline-start: 3pt solid var(--accent); }
.item__comment p:last-child { margin-block-end: 0; }
.item__carried { font-size: 9pt; color: var(--muted); }
.item__tags, .item__links { font-size: 10.5pt; margin-block: 2mm 0; }
.tag { white-space: nowrap; }
.link-kind { color: var(--muted); }
`
}
