import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import type { Frame, Page } from 'playwright-core'
import { installPageRuntime, preloadScript, type PageRuntimeConfig } from './pageRuntime'
import type { SchemeUrls } from './schemeUrls'
import type { StandInSession } from './session'

/** What main receives as `event.senderFrame`: the calling frame, with its parent chain, as Electron reports them. */
export interface StandInFrame {
  url: string
  name: string
  parent: StandInFrame | null
  top: StandInFrame
}

export interface IpcBridge {
  invoke(event: { sender: StandInWebContents; senderFrame: StandInFrame }, channel: string, args: unknown[]): Promise<unknown>
  send(event: { sender: StandInWebContents; senderFrame: StandInFrame }, channel: string, args: unknown[]): void
}

export interface WebContentsOptions {
  session: StandInSession
  urls: SchemeUrls
  ipc: IpcBridge
  preload?: string
  javascript: boolean
  /** The window's content size. */
  size: { width: number; height: number }
  /** Where V8 coverage of the preload goes (c8's NODE_V8_COVERAGE folder), when coverage is being taken. */
  coverageDir?: string
  onPreloadCoverage?: (entry: { url: string; functions: unknown[] }) => void
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => {
  action: 'allow' | 'deny'
}

let nextId = 1

/**
 * `webContents`: one Chromium page. Loading goes through the session's request hooks and protocols; navigation
 * the page starts is offered to `will-navigate` (main frame, https://www.electronjs.org/docs/latest/api/web-contents#event-will-navigate),
 * a redirect to `will-redirect`; `window.open` and target=_blank links to `setWindowOpenHandler`.
 */
export class StandInWebContents extends EventEmitter {
  readonly id = nextId++
  readonly session: StandInSession
  private readonly urls: SchemeUrls
  private destroyed = false
  private currentUrl = ''
  private windowOpenHandler: WindowOpenHandler | null = null
  /** Loads main asked for (Chromium URLs): they are not offered to will-navigate. */
  private readonly expectedLoads = new Set<string>()
  private readonly preloadWrapperLength: number
  /** The page's non-enumerable property holding what only the stand-in may use (specs register dropped files). */
  readonly secret = `__electronStandIn_${Math.random().toString(36).slice(2)}`
  readonly page: Promise<Page>

  constructor(private readonly options: WebContentsOptions) {
    super()
    this.session = options.session
    this.urls = options.urls
    const preload = options.preload
      ? preloadScript(this.secret, readFileSync(options.preload, 'utf8'), pathToFileURL(options.preload).href)
      : null
    this.preloadWrapperLength = preload?.prefixLength ?? 0
    this.page = this.openPage({ wire: `__electronWire_${this.id}`, secret: this.secret }, preload?.source ?? null)
    this.page.catch(() => undefined)
  }

  private async openPage(config: PageRuntimeConfig, preload: string | null): Promise<Page> {
    const context = await this.session.context()
    const page = await context.newPage()
    this.session.attach(page, this)
    await page.setViewportSize(this.options.size)
    if (this.options.coverageDir && preload) await page.coverage.startJSCoverage({ resetOnNavigation: false })
    if (!this.options.javascript) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
    }
    await page.exposeBinding(config.wire, (source, kind: string, payload: Record<string, unknown>) =>
      this.fromPage(source.frame, kind, payload)
    )
    await page.addInitScript(installPageRuntime, config)
    if (preload) await page.addInitScript({ content: preload })
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.currentUrl = this.urls.toElectron(frame.url())
    })
    page.on('download', (download) => void this.session.saveDownload(download))
    return page
  }

  private async fromPage(frame: Frame, kind: string, payload: Record<string, unknown>): Promise<unknown> {
    const senderFrame = this.describe(frame)
    const event = { sender: this, senderFrame }
    switch (kind) {
      case 'ipc-invoke':
        try {
          return { value: await this.options.ipc.invoke(event, payload.channel as string, payload.args as unknown[]) }
        } catch (error) {
          return { error: String(error) }
        }
      case 'ipc-send':
        this.options.ipc.send(event, payload.channel as string, payload.args as unknown[])
        return {}
      case 'window-open': {
        const details = payload as { url: string; frameName: string; features: string; disposition: string }
        const decision = this.windowOpenHandler?.({ ...details, url: this.urls.toElectron(details.url) }) ?? { action: 'allow' }
        return { value: decision.action }
      }
      case 'permission-request': {
        const details = { requestingUrl: senderFrame.url, ...(payload.details as object) }
        return { value: await this.session.requestPermission(this, payload.permission as string, details) }
      }
      case 'permission-check':
        return { value: this.session.checkPermission(this, payload.permission as string, originOf(senderFrame.url)) }
      default:
        return { error: `unknown message ${kind}` }
    }
  }

  private describe(frame: Frame): StandInFrame {
    const parentFrame = frame.parentFrame()
    const parent = parentFrame ? this.describe(parentFrame) : null
    const described: StandInFrame = {
      url: this.urls.toElectron(frame.url()),
      name: frame.name(),
      parent,
      top: null as unknown as StandInFrame
    }
    described.top = parent ? parent.top : described
    return described
  }

  /** Called by the session for a main-frame navigation request: false when will-navigate prevented it. */
  allowsNavigation(chromiumUrl: string, electronUrl: string): boolean {
    if (this.expectedLoads.delete(chromiumUrl)) return true
    return !this.emitPreventable('will-navigate', electronUrl)
  }

  /** Called by the session for a redirect of a navigation: false when will-redirect prevented it. */
  allowsRedirect(electronUrl: string): boolean {
    return !this.emitPreventable('will-redirect', electronUrl)
  }

  private emitPreventable(name: string, url: string): boolean {
    let prevented = false
    const event = {
      url,
      preventDefault: () => (prevented = true),
      get defaultPrevented() {
        return prevented
      }
    }
    this.emit(name, event, url)
    return prevented
  }

  async loadURL(url: string): Promise<void> {
    const page = await this.page
    const chromiumUrl = this.urls.toChromium(url)
    this.expectedLoads.add(chromiumUrl)
    // Electron's webRequest sees file: loads too; Chromium's request interception does not, so ask here.
    if (
      chromiumUrl.startsWith('file:') &&
      (await this.session.cancelsRequest({ url, method: 'GET', resourceType: 'mainFrame', webContents: this }))
    ) {
      throw new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`)
    }
    try {
      await page.goto(chromiumUrl, { waitUntil: 'load' })
    } catch (error) {
      throw new Error(`ERR_FAILED loading '${url}': ${(error as Error).message}`, { cause: error })
    } finally {
      this.expectedLoads.delete(chromiumUrl)
    }
    this.emit('did-finish-load')
  }

  loadFile(path: string): Promise<void> {
    return this.loadURL(pathToFileURL(path).href)
  }

  getURL(): string {
    return this.currentUrl
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  /** `webContents.send`: delivered to the preload's `ipcRenderer.on` listeners of the top frame. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    void this.page.then((page) =>
      page
        .evaluate(
          ([secret, name, values]) =>
            (window as unknown as Record<string, { deliver(c: string, a: unknown[]): void }>)[secret]?.deliver(name, values),
          [this.secret, channel, args] as const
        )
        .catch(() => undefined)
    )
  }

  /**
   * Electron's printToPDF takes the options of Chromium's Page.printToPDF under other names, with the same
   * defaults (https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions).
   */
  async printToPDF(options: PrintToPdfOptions): Promise<Buffer> {
    const page = await this.page
    const cdp = await page.context().newCDPSession(page)
    const size = typeof options.pageSize === 'object' ? options.pageSize : PAGE_SIZES[options.pageSize ?? 'Letter']
    if (!size) throw new Error(`Unsupported pageSize: ${String(options.pageSize)}`)
    const result = (await cdp.send('Page.printToPDF', {
      landscape: options.landscape ?? false,
      displayHeaderFooter: options.displayHeaderFooter ?? false,
      printBackground: options.printBackground ?? false,
      scale: options.scale ?? 1,
      paperWidth: size.width,
      paperHeight: size.height,
      marginTop: options.margins?.top ?? 0.4,
      marginBottom: options.margins?.bottom ?? 0.4,
      marginLeft: options.margins?.left ?? 0.4,
      marginRight: options.margins?.right ?? 0.4,
      pageRanges: options.pageRanges ?? '',
      headerTemplate: options.headerTemplate ?? '',
      footerTemplate: options.footerTemplate ?? '',
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      generateTaggedPDF: options.generateTaggedPDF ?? false,
      generateDocumentOutline: options.generateDocumentOutline ?? false
    })) as { data: string }
    await cdp.detach()
    return Buffer.from(result.data, 'base64')
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    const page = await this.page.catch(() => null)
    if (!page) return
    if (this.options.coverageDir && this.preloadWrapperLength > 0 && !page.isClosed()) {
      const entries = await page.coverage.stopJSCoverage().catch(() => [])
      for (const entry of entries) {
        if (entry.url === pathToFileURL(this.options.preload!).href)
          this.options.onPreloadCoverage?.(shiftCoverage(entry, this.preloadWrapperLength))
      }
    }
    this.session.detach(page)
    await page.close().catch(() => undefined)
    this.emit('destroyed')
  }
}

export interface PrintToPdfOptions {
  landscape?: boolean
  displayHeaderFooter?: boolean
  printBackground?: boolean
  scale?: number
  pageSize?: string | { width: number; height: number }
  margins?: { top?: number; bottom?: number; left?: number; right?: number }
  pageRanges?: string
  headerTemplate?: string
  footerTemplate?: string
  preferCSSPageSize?: boolean
  generateTaggedPDF?: boolean
  generateDocumentOutline?: boolean
}

/** Paper sizes in inches, as Electron names them. */
const PAGE_SIZES: Record<string, { width: number; height: number }> = {
  Letter: { width: 8.5, height: 11 },
  Legal: { width: 8.5, height: 14 },
  Tabloid: { width: 11, height: 17 },
  Ledger: { width: 17, height: 11 },
  A3: { width: 11.7, height: 16.54 },
  A4: { width: 8.27, height: 11.7 },
  A5: { width: 5.83, height: 8.27 }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return ''
  }
}

type CoverageEntry = { url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }

/** The preload's coverage with the wrapper's characters taken off, so offsets are those of the bundle file. */
function shiftCoverage(entry: CoverageEntry, by: number): { url: string; functions: unknown[] } {
  const functions = entry.functions
    .map((fn) => ({
      ...fn,
      ranges: fn.ranges
        .map((range) => ({ ...range, startOffset: Math.max(0, range.startOffset - by), endOffset: range.endOffset - by }))
        .filter((range) => range.endOffset > 0)
    }))
    .filter((fn) => fn.ranges.length > 0)
  return { url: entry.url, functions }
}
