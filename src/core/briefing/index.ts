/**
 * Briefings: composing them (cover, sections, items, order, undo) and exporting them as PDF, HTML and DOCX from one
 * document model. PDFs are printed by a `PdfPrinter`: Chromium through playwright-core by default, Electron's
 * printToPDF in the app.
 */
export { BriefingService, type BriefingServiceOptions, type EmitBriefingEvent } from './briefingService'
export { buildBriefingDocument } from './document'
export { BriefingExporter } from './export/exporter'
export { findFontsDir } from './export/fonts'
export { ChromiumPdfPrinter, findChromium, type PdfPrinter } from './export/pdfPrinter'
