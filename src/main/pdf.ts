import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session, type Session } from 'electron'
import type { PdfPrinter } from '../core'
import { denyAllPermissions } from './security'

/** An in-memory session of its own: nothing the briefing does can reach the app's session, cookies or cache. */
const PARTITION = 'marsad-pdf'

/**
 * Electron's printToPDF: the briefing's HTML (built by core, the same the CLI prints with Chromium) loaded from a
 * temporary file into a hidden window that runs no script and may load nothing but that file, the export fonts and
 * the data: URLs in it. A file, not a data: URL: Chromium caps URLs at 2 MB. The window is made on the first print and
 * kept (a new renderer costs a second), one print at a time; it is a child of the app's window, so that it closes
 * with it and never keeps the app from quitting. The fonts are linked from the app's fonts folder rather than inlined
 * (`fontsUrl`): each print is a new document, and a renderer decodes an inlined font again in every document, where
 * a font file it has loaded stays decoded. An export prints twice (the contents' page numbers), so this counts.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  readonly fontsUrl: string
  private window: BrowserWindow | null = null
  private printSession: Session | null = null
  private allowedPrefix: string | null = null
  private queue: Promise<unknown> = Promise.resolve()

  /** `fontsDir`: the folder of the export fonts, the one core reads them from. */
  constructor(fontsDir: string) {
    this.fontsUrl = `${pathToFileURL(fontsDir).href}/`
  }

  print(html: string): Promise<Buffer> {
    const printing = this.queue.then(() => this.printNow(html))
    this.queue = printing.catch(() => undefined)
    return printing
  }

  async close(): Promise<void> {
    if (this.window && !this.window.isDestroyed()) this.window.destroy()
    this.window = null
  }

  private async printNow(html: string): Promise<Buffer> {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-pdf-'))
    const file = join(dir, 'briefing.html')
    this.allowedPrefix = `${pathToFileURL(dir).href}/`
    try {
      await writeFile(file, html, 'utf8')
      const window = this.printWindow()
      await window.loadFile(file)
      return await window.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true
      })
    } finally {
      this.allowedPrefix = null
      await rm(dir, { recursive: true, force: true })
    }
  }

  private printWindow(): BrowserWindow {
    if (!this.window || this.window.isDestroyed()) {
      const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
      this.window = new BrowserWindow({
        show: false,
        ...(owner ? { parent: owner } : {}),
        webPreferences: {
          session: this.session(),
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          spellcheck: false,
          // Links in a briefing (a story's source) must not open Electron windows on a middle-click.
          disableBlinkFeatures: 'Auxclick'
        }
      })
    }
    return this.window
  }

  private session(): Session {
    if (!this.printSession) {
      const printSession = session.fromPartition(PARTITION)
      denyAllPermissions(printSession)
      printSession.webRequest.onBeforeRequest((details, callback) => {
        const allowed =
          details.url.startsWith('data:') ||
          details.url.startsWith(this.fontsUrl) ||
          (this.allowedPrefix !== null && details.url.startsWith(this.allowedPrefix))
        callback({ cancel: !allowed })
      })
      this.printSession = printSession
    }
    return this.printSession
  }
}
