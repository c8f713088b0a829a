import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Browser, BrowserContext, Download, Route } from 'playwright-core'
import type { DialogScript } from './dialog'
import type { SchemeUrls } from './schemeUrls'
import type { StandInWebContents } from './webContents'

type ProtocolHandler = (request: Request) => Response | Promise<Response>
type PermissionRequestHandler = (
  contents: StandInWebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string; mediaTypes?: string[] }
) => void
type PermissionCheckHandler = (
  contents: StandInWebContents | null,
  permission: string,
  requestingOrigin: string,
  details: object
) => boolean
interface BeforeRequestDetails {
  url: string
  method: string
  resourceType: string
  webContents?: StandInWebContents
}
type BeforeRequestListener = (details: BeforeRequestDetails, callback: (response: { cancel?: boolean }) => void) => void

/**
 * `session.protocol`: handlers registered with `protocol.handle` answer the session's requests for their scheme.
 * Electron passes the handler a fetch `Request` and sends its `Response` (status, headers, body) to the page
 * (https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler).
 */
export class StandInProtocol {
  private readonly handlers = new Map<string, ProtocolHandler>()

  constructor(
    private readonly urls: SchemeUrls,
    private readonly isReady: () => boolean
  ) {}

  /** Electron: "can only be used before the ready event of the app module gets emitted". */
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: { standard?: boolean } }[]): void {
    if (this.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    for (const { scheme, privileges } of schemes) if (privileges?.standard) this.urls.register(scheme)
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    this.handlers.set(scheme, handler)
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }

  handlerFor(electronUrl: string): ProtocolHandler | null {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(electronUrl)?.[1]?.toLowerCase()
    return scheme ? (this.handlers.get(scheme) ?? null) : null
  }
}

/**
 * One Electron session is one Chromium browser context: its own cookies, cache, permissions, request hooks and
 * protocol handlers. `session.defaultSession` is the app's; `session.fromPartition(name)` without `persist:` is
 * in memory, as Playwright's contexts are.
 */
export class StandInSession {
  readonly protocol: StandInProtocol
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequestListener | null) => {
      this.beforeRequest = listener
    }
  }
  private beforeRequest: BeforeRequestListener | null = null
  private permissionRequestHandler: PermissionRequestHandler | null = null
  private permissionCheckHandler: PermissionCheckHandler | null = null
  private contextPromise: Promise<BrowserContext> | null = null
  /** Where the navigation hooks of each page's web contents are found, by the page's main frame. */
  private readonly contentsByPage = new Map<object, StandInWebContents>()

  constructor(
    private readonly browser: Promise<Browser>,
    private readonly urls: SchemeUrls,
    private readonly dialogs: DialogScript,
    isReady: () => boolean,
    private readonly locale: string
  ) {
    this.protocol = new StandInProtocol(urls, isReady)
  }

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler
  }

  /**
   * A permission the page asked for. Without a handler Electron grants every request
   * (https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content).
   */
  requestPermission(
    contents: StandInWebContents,
    permission: string,
    details: { requestingUrl: string; mediaTypes?: string[] }
  ): Promise<boolean> {
    const handler = this.permissionRequestHandler
    if (!handler) return Promise.resolve(true)
    return new Promise((resolve) => handler(contents, permission, resolve, details))
  }

  /** A permission the page checked (`navigator.permissions.query`); `null` when no check handler decides. */
  checkPermission(contents: StandInWebContents, permission: string, requestingOrigin: string): boolean | null {
    return this.permissionCheckHandler ? this.permissionCheckHandler(contents, permission, requestingOrigin, {}) : null
  }

  /** Asks `webRequest.onBeforeRequest` about a request; true when the listener cancels it. */
  cancelsRequest(details: BeforeRequestDetails): Promise<boolean> {
    const listener = this.beforeRequest
    if (!listener) return Promise.resolve(false)
    return new Promise((resolve) => listener(details, (response) => resolve(response.cancel === true)))
  }

  context(): Promise<BrowserContext> {
    this.contextPromise ??= this.browser.then(async (browser) => {
      const context = await browser.newContext({ acceptDownloads: true, locale: this.locale })
      await context.route('**/*', (route) => this.answer(route))
      return context
    })
    return this.contextPromise
  }

  attach(page: object, contents: StandInWebContents): void {
    this.contentsByPage.set(page, contents)
  }

  detach(page: object): void {
    this.contentsByPage.delete(page)
  }

  /**
   * Every request a page of this session makes, in Electron's order: a navigation the page started is first
   * offered to `will-navigate`, then `webRequest.onBeforeRequest` may cancel the request, then a registered
   * protocol answers its scheme. Everything else goes to the network (none, on these machines).
   */
  private async answer(route: Route): Promise<void> {
    const request = route.request()
    const electronUrl = this.urls.toElectron(request.url())
    const frame = request.frame()
    const contents = this.contentsByPage.get(frame.page())
    if (contents && request.isNavigationRequest() && frame === frame.page().mainFrame()) {
      if (!contents.allowsNavigation(request.url(), electronUrl)) return route.abort('aborted')
    }
    const cancelled = await this.cancelsRequest({
      url: electronUrl,
      method: request.method(),
      resourceType: request.resourceType(),
      ...(contents ? { webContents: contents } : {})
    })
    if (cancelled) return route.abort('blockedbyclient')
    const handler = this.protocol.handlerFor(electronUrl)
    if (!handler) return route.continue()
    const body = request.postDataBuffer()
    const response = await handler(
      new Request(electronUrl, {
        method: request.method(),
        headers: await request.allHeaders(),
        ...(body ? { body: new Uint8Array(body) } : {})
      })
    )
    const location = response.headers.get('location')
    if (contents && location && response.status >= 300 && response.status < 400) {
      if (!contents.allowsRedirect(new URL(location, electronUrl).href)) return route.abort('aborted')
    }
    const headers: Record<string, string> = {}
    response.headers.forEach((value, name) => (headers[name] = value))
    await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) })
  }

  /**
   * Without a `will-download` handler Electron asks where to save with the system's save dialog, suggesting the
   * file's name (https://www.electronjs.org/docs/latest/api/download-item); the scripted save dialog answers.
   */
  async saveDownload(download: Download): Promise<void> {
    const choice = await this.dialogs.showSaveDialog({ defaultPath: download.suggestedFilename() })
    if (choice.canceled || !choice.filePath) return download.cancel()
    mkdirSync(dirname(choice.filePath), { recursive: true })
    await download.saveAs(choice.filePath)
  }
}
