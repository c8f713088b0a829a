import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { devServerUrl } from './environment'
import { APP_TITLE } from './dialogText'
import { APP_ORIGIN } from './protocol'

/** The one Marsad window: sandboxed, isolated, no Node; the preload exposes only the API contract. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: APP_TITLE,
    backgroundColor: '#1b1f24',
    webPreferences: {
      // Reviewed: the preload exposes only the API contract (src/preload/index.ts), never ipcRenderer or Node.
      preload: preloadPath /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      // A middle-click must not open a story's link in a new Electron window.
      disableBlinkFeatures: 'Auxclick'
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl() ?? `${APP_ORIGIN}/index.html`)
  return window
}

/** Brings a window back to the front (a second instance, a notification's click): restored if minimised, focused. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.focus()
}

export const rendererDir = (): string => join(__dirname, '../renderer')
export const preloadFile = (): string => join(__dirname, '../preload/index.js')
