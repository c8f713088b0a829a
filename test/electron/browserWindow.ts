import { EventEmitter } from 'node:events'
import type { StandInSession } from './session'
import { StandInWebContents, type WebContentsOptions } from './webContents'

export interface BrowserWindowOptions {
  show?: boolean
  parent?: StandInBrowserWindow
  webPreferences?: {
    preload?: string
    session?: StandInSession
    partition?: string
    javascript?: boolean
    sandbox?: boolean
    contextIsolation?: boolean
    nodeIntegration?: boolean
    nodeIntegrationInSubFrames?: boolean
    webviewTag?: boolean
    [other: string]: unknown
  }
  [other: string]: unknown
}

/** What a window needs from the app it belongs to. */
export interface WindowHost {
  sessionFor(preferences: BrowserWindowOptions['webPreferences']): StandInSession
  contentsOptions(): Omit<WebContentsOptions, 'session' | 'preload' | 'javascript' | 'size'>
  /** The app's open windows, oldest first, and the one that has focus. */
  readonly windows: Set<StandInBrowserWindow>
  focused: StandInBrowserWindow | null
  windowClosed(window: StandInBrowserWindow): void
  /** Electron emits app's `web-contents-created` while the window is being made. */
  webContentsCreated(contents: StandInWebContents): void
}

/**
 * `BrowserWindow`: a Chromium page (its webContents) plus the window's state. Construction is synchronous, as in
 * Electron; the page opens behind it and every call on it waits for it. A child window (`parent`) closes with its
 * parent (https://www.electronjs.org/docs/latest/api/browser-window#parent-and-child-windows).
 */
export interface BrowserWindowClass {
  new (options?: BrowserWindowOptions): StandInBrowserWindow
  getAllWindows(): StandInBrowserWindow[]
  getFocusedWindow(): StandInBrowserWindow | null
  fromWebContents(contents: StandInWebContents): StandInBrowserWindow | null
}

export function browserWindowClass(host: WindowHost): BrowserWindowClass {
  return class BrowserWindow extends StandInBrowserWindow {
    constructor(options: BrowserWindowOptions = {}) {
      super(host, options)
    }

    static getAllWindows(): StandInBrowserWindow[] {
      return [...host.windows]
    }

    static getFocusedWindow(): StandInBrowserWindow | null {
      return host.focused
    }

    static fromWebContents(contents: StandInWebContents): StandInBrowserWindow | null {
      return [...host.windows].find((window) => window.webContents === contents) ?? null
    }
  }
}

export class StandInBrowserWindow extends EventEmitter {
  readonly webContents: StandInWebContents
  private visible: boolean
  private minimized = false
  private closed = false
  private readonly children = new Set<StandInBrowserWindow>()

  constructor(
    private readonly host: WindowHost,
    options: BrowserWindowOptions
  ) {
    super()
    const preferences = options.webPreferences ?? {}
    // The stand-in has no Node in its renderer: it models only the locked-down settings Electron recommends
    // (https://www.electronjs.org/docs/latest/tutorial/security), and refuses what it cannot model.
    if (
      preferences.nodeIntegration ||
      preferences.contextIsolation === false ||
      preferences.sandbox === false ||
      preferences.nodeIntegrationInSubFrames ||
      preferences.webviewTag
    ) {
      throw new Error('The Electron stand-in models only sandboxed, context-isolated windows without Node integration.')
    }
    this.visible = options.show ?? true
    this.webContents = new StandInWebContents({
      ...host.contentsOptions(),
      session: host.sessionFor(preferences),
      ...(preferences.preload ? { preload: preferences.preload } : {}),
      javascript: preferences.javascript ?? true,
      size: { width: Number(options.width ?? 800), height: Number(options.height ?? 600) }
    })
    host.webContentsCreated(this.webContents)
    options.parent?.children.add(this)
    host.windows.add(this)
    void this.webContents.page.then((page) => {
      page.once('domcontentloaded', () => !this.closed && this.emit('ready-to-show'))
    })
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  loadFile(path: string): Promise<void> {
    return this.webContents.loadFile(path)
  }

  show(): void {
    this.visible = true
    this.focus()
  }

  isVisible(): boolean {
    return this.visible
  }

  focus(): void {
    this.minimized = false
    this.host.focused = this
    this.emit('focus')
  }

  isFocused(): boolean {
    return this.host.focused === this
  }

  minimize(): void {
    this.minimized = true
    if (this.host.focused === this) this.host.focused = null
  }

  isMinimized(): boolean {
    return this.minimized
  }

  restore(): void {
    this.minimized = false
  }

  isDestroyed(): boolean {
    return this.closed
  }

  /** `close()` may be cancelled by a `close` listener; `destroy()` may not. */
  close(): Promise<void> {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    return prevented ? Promise.resolve() : this.destroy()
  }

  async destroy(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.host.focused === this) this.host.focused = null
    await Promise.all([...this.children].map((child) => child.destroy()))
    await this.webContents.destroy()
    this.host.windows.delete(this)
    this.emit('closed')
    this.host.windowClosed(this)
  }
}
