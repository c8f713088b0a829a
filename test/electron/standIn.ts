import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import {
  browserWindowClass,
  type BrowserWindowClass,
  type BrowserWindowOptions,
  type StandInBrowserWindow,
  type WindowHost
} from './browserWindow'
import { DialogScript } from './dialog'
import { StandInMenu, StandInMenuItem } from './menu'
import { notificationClass, type StandInNotification } from './notification'
import { SchemeUrls } from './schemeUrls'
import { StandInSession } from './session'
import type { IpcBridge, StandInFrame, StandInWebContents } from './webContents'

export interface StandInOptions {
  /** The app's folder (`electron .`): `app.getAppPath()`, where package.json names the app. */
  appPath: string
  /** Electron's `appData` folder (~/.config on Linux); userData is appData/<productName>. */
  appData: string
  isPackaged: boolean
  /** `process.resourcesPath` of a packaged app. */
  resourcesPath?: string
  /** The system's locale, as the renderer's navigator.language reports it. */
  locale: string
  launchBrowser(): Promise<Browser>
  /** Where V8 coverage goes (c8's NODE_V8_COVERAGE folder), when coverage is taken. */
  coverageDir?: string
  onPreloadCoverage?: (entry: { url: string; functions: unknown[] }) => void
}

type IpcEvent = { sender: StandInWebContents; senderFrame: StandInFrame }
type IpcHandler = (event: IpcEvent, ...args: unknown[]) => unknown

/** The single-instance lock, held per userData folder as Electron's process singleton is. */
const instanceLocks = new Map<string, ElectronStandIn>()

function preventableEvent(): { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false
  return {
    preventDefault: () => (prevented = true),
    get defaultPrevented() {
      return prevented
    }
  }
}

/**
 * One running Electron app, as main sees it through `require('electron')`: `app`, `BrowserWindow`, `ipcMain`,
 * `protocol`, `session`, `dialog`, `Menu`, `shell`. Each launch gets a new one, so nothing leaks between apps.
 * Nothing of Marsad is known here: the stand-in models Electron, and main does not know it runs on it.
 */
export class ElectronStandIn {
  readonly dialogs = new DialogScript()
  /** URLs main handed to `shell.openExternal`. */
  readonly openedExternally: string[] = []
  /** Notifications main showed, in order. */
  readonly notifications: StandInNotification[] = []
  readonly module: Record<string, unknown>
  readonly app: StandInApp
  applicationMenu: StandInMenu | null = null
  private readonly urls = new SchemeUrls()
  private readonly browser: Promise<Browser>
  private readonly sessions = new Map<string, StandInSession>()
  private readonly ipcHandlers = new Map<string, IpcHandler>()
  private readonly ipcListeners = new EventEmitter()
  private readonly host: WindowHost
  private readyState = false

  constructor(private readonly options: StandInOptions) {
    this.browser = options.launchBrowser()
    this.browser.catch(() => undefined)
    this.app = new StandInApp(this, options)
    const defaultSession = this.sessionNamed('')
    const ipc: IpcBridge = {
      invoke: async (event, channel, args) => {
        const handler = this.ipcHandlers.get(channel)
        if (!handler) throw new Error(`No handler registered for '${channel}'`)
        return handler(event, ...args)
      },
      send: (event, channel, args) => void this.ipcListeners.emit(channel, event, ...args)
    }
    this.host = {
      windows: new Set(),
      focused: null,
      sessionFor: (preferences) => preferences?.session ?? this.sessionNamed(preferences?.partition ?? ''),
      contentsOptions: () => ({
        urls: this.urls,
        ipc,
        ...(options.coverageDir ? { coverageDir: options.coverageDir } : {}),
        ...(options.onPreloadCoverage ? { onPreloadCoverage: options.onPreloadCoverage } : {})
      }),
      webContentsCreated: (contents) => this.app.emit('web-contents-created', preventableEvent(), contents),
      windowClosed: () => {
        if (this.host.windows.size === 0 && !this.app.quitting) {
          if (this.app.listenerCount('window-all-closed') > 0) this.app.emit('window-all-closed')
          else void this.app.quit()
        }
      }
    }
    const BrowserWindow = browserWindowClass(this.host)
    this.module = {
      app: this.app,
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, handler: IpcHandler) => {
          if (this.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
          this.ipcHandlers.set(channel, handler)
        },
        removeHandler: (channel: string) => void this.ipcHandlers.delete(channel),
        on: (channel: string, listener: (...args: unknown[]) => void) => this.ipcListeners.on(channel, listener)
      },
      protocol: defaultSession.protocol,
      session: {
        defaultSession,
        fromPartition: (partition: string) => this.sessionNamed(partition)
      },
      dialog: this.dialogs.module,
      Menu: {
        buildFromTemplate: (template: ConstructorParameters<typeof StandInMenuItem>[0][]) => StandInMenu.buildFromTemplate(template),
        setApplicationMenu: (menu: StandInMenu | null) => void (this.applicationMenu = menu),
        getApplicationMenu: () => this.applicationMenu
      },
      MenuItem: StandInMenuItem,
      Notification: notificationClass(this.notifications),
      shell: {
        openExternal: (url: string) => {
          this.openedExternally.push(url)
          return Promise.resolve()
        }
      }
    }
  }

  get isReady(): boolean {
    return this.readyState
  }

  get windows(): StandInBrowserWindow[] {
    return [...this.host.windows]
  }

  get focusedWindow(): StandInBrowserWindow | null {
    return this.host.focused
  }

  newWindow(options: BrowserWindowOptions): StandInBrowserWindow {
    return new (this.module.BrowserWindow as BrowserWindowClass)(options)
  }

  /** Electron emits `ready` once main's first turn has run. */
  start(): void {
    this.readyState = true
    this.app.emit('will-finish-launching')
    this.app.emit('ready', preventableEvent(), {})
  }

  async shutDown(): Promise<void> {
    await Promise.all(this.windows.map((window) => window.destroy()))
    await (await this.browser.catch(() => null))?.close()
  }

  private sessionNamed(partition: string): StandInSession {
    let session = this.sessions.get(partition)
    if (!session) {
      session = new StandInSession(this.browser, this.urls, this.dialogs, () => this.readyState, this.options.locale)
      this.sessions.set(partition, session)
    }
    return session
  }
}

/** `app`: readiness, paths, the single-instance lock, and quitting in Electron's order of events. */
export class StandInApp extends EventEmitter {
  readonly isPackaged: boolean
  readonly name: string
  quitting = false
  private readonly paths = new Map<string, string>()
  private readonly exitedPromise: Promise<void>
  private markExited!: () => void

  constructor(
    private readonly standIn: ElectronStandIn,
    private readonly options: StandInOptions
  ) {
    super()
    this.isPackaged = options.isPackaged
    const manifest = JSON.parse(readFileSync(join(options.appPath, 'package.json'), 'utf8')) as { name: string; productName?: string }
    this.name = manifest.productName ?? manifest.name
    this.paths.set('appData', options.appData)
    this.paths.set('userData', join(options.appData, this.name))
    this.paths.set('temp', tmpdir())
    this.exitedPromise = new Promise((resolve) => (this.markExited = resolve))
  }

  /** Resolves once the app has quit and its browser is closed. */
  get exited(): Promise<void> {
    return this.exitedPromise
  }

  getName(): string {
    return this.name
  }

  getAppPath(): string {
    return this.options.appPath
  }

  /** The system's locale, as the window's navigator.language reports it. */
  getLocale(): string {
    return this.options.locale
  }

  getPath(name: string): string {
    const path = this.paths.get(name)
    if (!path) throw new Error(`Failed to get '${name}' path`)
    return path
  }

  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }

  isReady(): boolean {
    return this.standIn.isReady
  }

  whenReady(): Promise<void> {
    if (this.standIn.isReady) return Promise.resolve()
    return new Promise((resolve) => this.once('ready', () => resolve()))
  }

  /**
   * False when another instance holds the lock for this userData folder; that instance then gets
   * `second-instance` (https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata).
   */
  requestSingleInstanceLock(): boolean {
    const key = this.getPath('userData')
    const holder = instanceLocks.get(key)
    if (holder && holder !== this.standIn) {
      holder.app.emit('second-instance', preventableEvent(), [], process.cwd(), {})
      return false
    }
    instanceLocks.set(key, this.standIn)
    return true
  }

  releaseSingleInstanceLock(): void {
    const key = this.getPath('userData')
    if (instanceLocks.get(key) === this.standIn) instanceLocks.delete(key)
  }

  /**
   * Electron's order: `before-quit`, every window closed, `will-quit`, `quit` (any of the first three may be
   * prevented); `window-all-closed` is not emitted while quitting
   * (https://www.electronjs.org/docs/latest/api/app#event-will-quit).
   */
  async quit(): Promise<void> {
    if (this.quitting) return
    this.quitting = true
    const beforeQuit = preventableEvent()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return void (this.quitting = false)
    for (const window of this.standIn.windows) await window.close()
    if (this.standIn.windows.length > 0) return void (this.quitting = false)
    const willQuit = preventableEvent()
    this.emit('will-quit', willQuit)
    if (willQuit.defaultPrevented) return void (this.quitting = false)
    this.emit('quit', preventableEvent(), 0)
    await this.exit()
  }

  /** Ends the app at once: no events, windows destroyed. */
  async exit(): Promise<void> {
    this.quitting = true
    this.releaseSingleInstanceLock()
    await this.standIn.shutDown()
    this.markExited()
  }
}
