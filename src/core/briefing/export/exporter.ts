import type { BriefingDocument, BriefingExportFormat } from '../../../shared/contract/briefings'
import { withBookmarkTitles } from './bookmarks'
import { renderBriefingDocx } from './docx'
import { ExportFonts, findFontsDir } from './fonts'
import { destinationPages } from './destinations'
import { headingTexts, renderBriefingHtml } from './html'
import type { PdfPrinter } from './pdfPrinter'

export interface ExportedFile {
  fileName: string
  mimeType: string
  data: Buffer
}

const MIME_TYPES: Record<BriefingExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

/** Longest file name stem made from a title; file systems allow 255 bytes, and Arabic letters take two each. */
const MAX_STEM_LENGTH = 80

/** The title as a file name: characters that file systems refuse (or that hide things) become spaces. */
export function exportFileName(title: string, format: BriefingExportFormat): string {
  const stem = title
    // Path separators, characters Windows refuses, control and bidi-control characters.
    .replace(/[/\\:*?"<>|\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, MAX_STEM_LENGTH)
    // A leading dot hides the file; Windows drops trailing dots and spaces.
    .replace(/^[.\s]+|[.\s]+$/g, '')
  return `${stem || 'briefing'}.${format}`
}

/**
 * Exports briefings: HTML from the document model, PDF by printing that HTML, DOCX from the same model. Holds the PDF
 * printer (a browser outside the app) until closed.
 */
export class BriefingExporter {
  private readonly fonts: ExportFonts

  constructor(
    private readonly printer: PdfPrinter,
    fontsDir?: string
  ) {
    this.fonts = new ExportFonts(() => fontsDir ?? findFontsDir())
  }

  html(document: BriefingDocument): string {
    return renderBriefingHtml(document, this.fonts.all())
  }

  async export(document: BriefingDocument, format: BriefingExportFormat): Promise<ExportedFile> {
    return { fileName: exportFileName(document.title, format), mimeType: MIME_TYPES[format], data: await this.render(document, format) }
  }

  close(): Promise<void> {
    return this.printer.close()
  }

  /**
   * Prints the briefing with its contents' page numbers: a first print with nothing drawn tells where each part
   * begins, the second prints them. The page column keeps its width either way, so the second print's parts begin
   * where the first's did; should they not (nothing known does that), one more print takes the second's pages.
   */
  private async printPaged(document: BriefingDocument): Promise<Buffer> {
    const fonts = this.fonts.all()
    const { fontsUrl } = this.printer
    const layout = await this.printer.print(renderBriefingHtml(document, fonts, { pages: new Map(), drawn: false, fontsUrl }))
    let pages = destinationPages(layout)
    for (let print = 1; ; print++) {
      const pdf = await this.printer.print(renderBriefingHtml(document, fonts, { pages, drawn: true, fontsUrl }))
      const printed = destinationPages(pdf)
      if (print === 2 || samePages(printed, pages)) return pdf
      pages = printed
    }
  }

  private async render(document: BriefingDocument, format: BriefingExportFormat): Promise<Buffer> {
    switch (format) {
      case 'html':
        return Buffer.from(this.html(document), 'utf8')
      case 'pdf':
        return withBookmarkTitles(await this.printPaged(document), headingTexts(document))
      case 'docx':
        return renderBriefingDocx(document, this.fonts.all())
    }
  }
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([anchor, page]) => b.get(anchor) === page)
}
