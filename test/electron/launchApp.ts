/**
 * Runs Marsad's built Electron main process (out/main/index.js, with its preload) on the Electron stand-in, in
 * this Node process: `require('electron')` from the bundle gets the stand-in, and each launch loads the bundle
 * afresh, as a new process would. The spec then drives the real window (a Chromium page) and the real menus
 * and dialogs.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { takeCoverage } from 'node:v8'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { launchChromium } from '../harness/browserApp'
import type { StandInBrowserWindow } from './browserWindow'
import { ElectronStandIn } from './standIn'

export const APP_ROOT = resolve(__dirname, '../..')
const MAIN_BUNDLE = join(APP_ROOT, 'out/main/index.js')

/** The app whose main bundle is being loaded: the bundle takes `require('electron')` once, at its top. */
let loading: ElectronStandIn | null = null
let coverageFiles = 0

const moduleLoader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown }
const load = moduleLoader._load
moduleLoader._load = function (request, parent, isMain) {
  if (request === 'electron' && loading) return loading.module
  return load.call(this, request, parent, isMain)
}

export interface LaunchOptions {
  /** Electron's appData folder; the default library lives in appData/Marsad. */
  appData: string
  isPackaged?: boolean
  /** Environment variables set while the app runs. */
  env?: Record<string, string>
  locale?: string
  /** False to leave out the SQLite addon, as a broken installation would. */
  withNativeBinding?: boolean
}

export interface RunningApp {
  standIn: ElectronStandIn
  /** The app's first window, or null when the app quit before opening one. */
  window: StandInBrowserWindow | null
  page(): Promise<Page>
  quit(): Promise<void>
}

/**
 * Under the stand-in the runtime is Node, so the SQLite addon "built for this runtime's ABI" that main looks for
 * in native/electron-<abi>/ is Node's own build: put it there (the real Electron build goes beside it, under
 * Electron's ABI, and is untouched).
 */
function stageNativeBinding(folder: string): void {
  const target = join(folder, `electron-${process.versions.modules}`, 'better_sqlite3.node')
  if (existsSync(target)) return
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(join(APP_ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), target)
}

/** A packaged app's resources folder: the addon and the fonts, as electron-builder.yml lays them out. */
function stagePackagedResources(withNativeBinding: boolean): string {
  const resources = mkdtempSync(join(tmpdir(), 'marsad-resources-'))
  if (withNativeBinding) stageNativeBinding(join(resources, 'native'))
  cpSync(join(APP_ROOT, 'resources/fonts'), join(resources, 'fonts'), { recursive: true })
  return resources
}

function writePreloadCoverage(entry: { url: string; functions: unknown[] }): void {
  const folder = process.env.NODE_V8_COVERAGE
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `coverage-preload-${process.pid}-${coverageFiles++}.json`)
  writeFileSync(file, JSON.stringify({ result: [{ scriptId: '0', ...entry }] }))
}

export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  if (!existsSync(MAIN_BUNDLE)) throw new Error('The app is not built: run `npm run build` first.')
  const isPackaged = options.isPackaged ?? false
  const resourcesPath = isPackaged ? stagePackagedResources(options.withNativeBinding ?? true) : undefined
  if (!isPackaged) stageNativeBinding(join(APP_ROOT, 'native'))

  const standIn = new ElectronStandIn({
    appPath: APP_ROOT,
    appData: options.appData,
    isPackaged,
    ...(resourcesPath ? { resourcesPath } : {}),
    locale: options.locale ?? 'ar',
    launchBrowser: launchChromium,
    ...(process.env.NODE_V8_COVERAGE ? { coverageDir: process.env.NODE_V8_COVERAGE, onPreloadCoverage: writePreloadCoverage } : {})
  })
  const restoreEnvironment = setEnvironment({ ...options.env }, resourcesPath)
  void standIn.app.exited.then(restoreEnvironment)

  // A new process would load the bundle afresh; so does each launch (an app already running keeps its copy).
  for (const file of Object.keys(require.cache)) if (file.startsWith(join(APP_ROOT, 'out/main/'))) delete require.cache[file]
  loading = standIn
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle is loaded as Electron loads it, through Node's CommonJS cache
    require(MAIN_BUNDLE)
  } finally {
    loading = null
  }
  standIn.start()

  const window = await firstWindow(standIn)
  return {
    standIn,
    window,
    page: async () => {
      if (!window) throw new Error('The app quit without opening a window.')
      return window.webContents.page
    },
    quit: async () => {
      await standIn.app.quit()
      await standIn.app.exited
      // The main bundle's coverage, written now: Playwright's worker may end without Node writing it at exit.
      if (process.env.NODE_V8_COVERAGE) takeCoverage()
    }
  }
}

/** The first window, once main has created it; null if the app quits first. */
async function firstWindow(standIn: ElectronStandIn): Promise<StandInBrowserWindow | null> {
  let exited = false
  void standIn.app.exited.then(() => (exited = true))
  for (let waited = 0; waited < 30_000; waited += 20) {
    const window = standIn.windows[0]
    if (window) {
      const page = await window.webContents.page
      await page.waitForURL((url) => url.href !== 'about:blank', { waitUntil: 'load' })
      return window
    }
    if (exited) return null
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('The app opened no window within 30 s.')
}

/** Sets variables (and a packaged app's process.resourcesPath) for the app's life; returns how to undo it. */
function setEnvironment(variables: Record<string, string>, resourcesPath: string | undefined): () => void {
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]))
  Object.assign(process.env, variables)
  const processWithResources = process as NodeJS.Process & { resourcesPath?: string }
  const resourcesBefore = processWithResources.resourcesPath
  if (resourcesPath) processWithResources.resourcesPath = resourcesPath
  return () => {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    processWithResources.resourcesPath = resourcesBefore as string
  }
}

/**
 * Drops files on the window as a user would from a file manager: the page receives File objects (with the
 * files' bytes) in a drop event, and Electron knows their paths, which `webUtils.getPathForFile` returns.
 */
export async function dropFiles(window: StandInBrowserWindow, paths: string[]): Promise<void> {
  const page = await window.webContents.page
  const files = paths.map((path) => ({ path, name: basename(path), bytes: [...readFileSync(path)] }))
  await page.evaluate(
    ({ secret, files }) => {
      const runtime = (window as unknown as Record<string, { registerFilePath(file: File, path: string): void }>)[secret]!
      const transfer = new DataTransfer()
      for (const { path, name, bytes } of files) {
        const file = new File([new Uint8Array(bytes)], name)
        runtime.registerFilePath(file, path)
        transfer.items.add(file)
      }
      const target = document.elementFromPoint(innerWidth / 2, innerHeight / 2) ?? document.body
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))
      }
    },
    { secret: window.webContents.secret, files }
  )
}
