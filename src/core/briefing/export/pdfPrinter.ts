import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { MarsadError } from '../../../shared/errors'
import { FONT_STYLE_ID } from './html'

/**
 * Turns a self-contained HTML document into a PDF: A4 and margins from its @page rules, backgrounds printed, bookmarks
 * from its headings, tagged for accessibility. The app passes Electron's printToPDF (src/main/pdf.ts); elsewhere
 * (the CLI, tests, benchmarks) it is Chromium through playwright-core. Both are the same engine printing the same HTML.
 */
export interface PdfPrinter {
  print(html: string): Promise<Buffer>
  /** Frees what the printer holds (a browser); it may be used again afterwards and starts anew. */
  close(): Promise<void>
  /**
   * A folder (a file: URL ending in `/`) from which the printer loads the export fonts by their file names, instead of
   * getting them inlined. The app's printer loads a new document for every print and may run no script: fonts inlined
   * as data: URLs are decoded again by every document, while font files its renderer has loaded once stay decoded.
   */
  readonly fontsUrl?: string
}

/** Where Chromium-family browsers live, most likely first; CHROMIUM_PATH overrides. */
function browserCandidates(env: NodeJS.ProcessEnv): string[] {
  const windowsRoots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root))
  return [
    ...(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windowsRoots.flatMap((root) => [
      join(root, 'Google/Chrome/Application/chrome.exe'),
      join(root, 'Microsoft/Edge/Application/msedge.exe')
    ])
  ]
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = browserCandidates(env).find((path) => existsSync(path))
  if (!found) {
    throw new MarsadError(
      'internal',
      'Exporting a PDF outside the app needs Chromium or Google Chrome. Install one, or set CHROMIUM_PATH to its program file; HTML and DOCX exports work without it.'
    )
  }
  return found
}

const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--no-first-run'
]

interface PrintSession {
  browser: Browser
  page: Page
  /** The font style element of the document the page holds, or null. */
  fonts: string | null
}

const FONT_STYLE = new RegExp(`<style id="${FONT_STYLE_ID}">[\\s\\S]*?</style>`)

/**
 * Runs in the page: puts the parsed document's head (all but its fonts) and body in place of the page's own, keeping
 * the fonts the page has already decoded. DOMParser makes an inert document: nothing in it runs.
 */
const SWAP_DOCUMENT = `(markup) => {
  const next = new DOMParser().parseFromString(markup, 'text/html')
  for (const name of ['lang', 'dir']) document.documentElement.setAttribute(name, next.documentElement.getAttribute(name) ?? '')
  const fonts = document.getElementById(${JSON.stringify(FONT_STYLE_ID)})
  for (const node of [...document.head.childNodes]) if (node !== fonts) node.remove()
  document.head.append(...[...next.head.childNodes].map((node) => document.importNode(node, true)))
  document.body.replaceWith(document.importNode(next.body, true))
  return document.fonts.ready.then(() => true)
}`

/**
 * Chromium through playwright-core: launched on first use (or by `start`), then kept with one warm page, so that an
 * export costs the printing only. The page runs no script and reaches no network. Prints run one at a time.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private session: Promise<PrintSession> | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly executablePath: () => string = () => findChromium()) {}

  /** Launches the browser now rather than at the first print (a benchmark measures printing alone). */
  async start(): Promise<void> {
    await this.ready()
  }

  print(html: string): Promise<Buffer> {
    const printing = this.queue.then(async () => {
      const session = await this.ready()
      await load(session, html)
      return session.page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
    })
    this.queue = printing.catch(() => undefined)
    return printing
  }

  async close(): Promise<void> {
    const session = this.session
    this.session = null
    if (session) await session.then(({ browser }) => browser.close()).catch(() => undefined)
  }

  private ready(): Promise<PrintSession> {
    this.session ??= this.launch().catch((error: unknown) => {
      this.session = null
      throw error
    })
    return this.session
  }

  private async launch(): Promise<PrintSession> {
    // Chromium refuses to start its sandbox as root (containers, CI); anywhere else the sandbox stays on.
    const args = process.getuid?.() === 0 ? [...CHROMIUM_ARGS, '--no-sandbox'] : CHROMIUM_ARGS
    // Loaded on first print: the app (which prints with Electron) and most CLI commands never need it.
    const { chromium } = await import('playwright-core')
    const browser = await chromium.launch({ executablePath: this.executablePath(), args, headless: true })
    browser.on('disconnected', () => {
      this.session = null
    })
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    // A request still being refused when the printer closes must not surface as an unhandled rejection.
    await context.route('**/*', (route) => route.abort().catch(() => undefined))
    const page = await context.newPage()
    // The first document a page loads costs a second or more; pay it now, not in the first export.
    await page.setContent('<!doctype html><title>Marsad</title>', { waitUntil: 'load' })
    return { browser, page, fonts: null }
  }
}

/**
 * Puts the document in the page. When the page already holds the same fonts (the usual case: every export embeds the
 * same faces), only the rest is swapped in, which spares decoding a megabyte of fonts again; otherwise the whole
 * document loads. Either way every face is decoded before Chromium lays the pages out.
 */
async function load(session: PrintSession, html: string): Promise<void> {
  const fonts = FONT_STYLE.exec(html)?.[0] ?? null
  const keepFonts = fonts !== null && fonts === session.fonts
  // Until this load has succeeded, the page holds nothing a later print could build on.
  session.fonts = null
  if (keepFonts) {
    await session.page.evaluate(`(${SWAP_DOCUMENT})(${JSON.stringify(html.replace(FONT_STYLE, ''))})`)
  } else {
    await session.page.setContent(html, { waitUntil: 'load' })
    await session.page.evaluate('document.fonts.ready.then(() => true)')
  }
  session.fonts = fonts
}
