/**
 * Briefings: composing them (cover, sections, items, order, undo) and exporting them as PDF, HTML and DOCX from one
 * document model. PDFs are printed by a `PdfPrinter`: Chromium through playwright-core by default, Electron's
 * printToPDF in the app.
 */
export { BriefingService, type BriefingServiceOptions, type EmitBriefingEvent, type CoverPatch, type ItemPatch, type AddRequest } from './briefingService'
export { buildBriefingDocument } from './document'
export { judgeBriefingLanguage } from './language'
export { BriefingExporter, exportFileName, type ExportedFile } from './export/exporter'
export { ChromiumPdfPrinter, findChromium, type PdfPrinter } from './export/pdfPrinter'
export { renderBriefingHtml, EXPORT_CSP } from './export/html'
export { renderBriefingDocx } from './export/docx'
export { findFontsDir, type ExportFontFace } from './export/fonts'
