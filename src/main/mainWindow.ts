import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { APP_ORIGIN } from './protocol'

/** The one Marsad window: sandboxed, isolated, no Node; the preload exposes only the API contract. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Marsad — مرصد',
    backgroundColor: '#1b1f24',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false
    }
  })
  window.once('ready-to-show', () => window.show())
  const devServer = process.env.ELECTRON_RENDERER_URL
  void (devServer ? window.loadURL(devServer) : window.loadURL(`${APP_ORIGIN}/index.html`))
  return window
}

export const rendererDir = (): string => join(__dirname, '../renderer')
export const preloadFile = (): string => join(__dirname, '../preload/index.js')
