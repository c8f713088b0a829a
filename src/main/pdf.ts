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
 * temporary file into a hidden window that runs no script and may load nothing but that file and the data: URLs in it.
 * A file, not a data: URL: Chromium caps URLs at 2 MB, and the embedded fonts alone take 1.5.
 */
export class ElectronPdfPrinter implements PdfPrinter {
  private printSession: Session | null = null
  private readonly allowedPrefixes = new Set<string>()

  async print(html: string): Promise<Buffer> {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-pdf-'))
    const file = join(dir, 'briefing.html')
    const prefix = pathToFileURL(dir).href + '/'
    this.allowedPrefixes.add(prefix)
    const window = new BrowserWindow({
      show: false,
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
    try {
      await writeFile(file, html, 'utf8')
      await window.loadFile(file)
      return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true })
    } finally {
      window.destroy()
      this.allowedPrefixes.delete(prefix)
      await rm(dir, { recursive: true, force: true })
    }
  }

  async close(): Promise<void> {
    // Windows live only as long as one print; there is nothing to free.
  }

  private session(): Session {
    if (!this.printSession) {
      const printSession = session.fromPartition(PARTITION)
      denyAllPermissions(printSession)
      printSession.webRequest.onBeforeRequest((details, callback) => {
        const allowed = details.url.startsWith('data:') || [...this.allowedPrefixes].some((prefix) => details.url.startsWith(prefix))
        callback({ cancel: !allowed })
      })
      this.printSession = printSession
    }
    return this.printSession
  }
}
