/**
 * The Electron main process: composition only. Security, the app:// protocol, IPC and menus live in their
 * own modules; all logic lives in src/core, which the CLI and the tests exercise under plain Node.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import type { ApiEvents } from '../shared/api'
import type { InterfaceLanguage } from '../shared/contract/library'
import { findFontsDir, MarsadCore, LIBRARY_FILE_NAME, workerThreadRunner } from '../core'
import { forwardEvents, registerIpc } from './ipc'
import { backUpLibraryFromMenu, checkLibraryFromMenu } from './libraryCare'
import { buildApplicationMenu, type MenuActions } from './menu'
import { notifyAlerts } from './notifications'
import { bringToFront, createMainWindow, preloadFile, rendererDir } from './mainWindow'
import { electronSqliteBinding } from './native'
import { ElectronPdfPrinter } from './pdf'
import { registerAppScheme, serveRenderer } from './protocol'
import { userDataOverride } from './environment'
import { denyAllPermissions, hardenWebContents, openExternalSafely } from './security'
import { SettingsStore } from './settings'

const LIBRARY_FILTERS = [{ name: 'Marsad library', extensions: ['marsad'] }]

registerAppScheme()
// A development run (or an end-to-end spec) may keep its settings and library elsewhere; a packaged app may not.
const userData = userDataOverride()
if (userData) app.setPath('userData', userData)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (mainWindow) bringToFront(mainWindow)
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => app.quit())

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    serveRenderer(rendererDir())

    const settings = new SettingsStore(app.getPath('userData'))
    const defaultLibrary = join(app.getPath('userData'), LIBRARY_FILE_NAME)
    let core: MarsadCore
    try {
      core = openCore(settings.read().libraryPath ?? defaultLibrary, defaultLibrary)
    } catch (error) {
      // Nothing to show a window for (the SQLite addon is missing, the default library is refused): say why and quit.
      dialog.showErrorBox('Marsad', `Marsad could not start.\n\n${(error as Error).message}`)
      app.quit()
      return
    }
    registerIpc(core)
    // Watched folders import in the background from the start, whether or not the window is open on them.
    core.watch.start()

    mainWindow = createMainWindow(preloadFile())
    const stopForwarding = forwardEvents(core, mainWindow.webContents)
    mainWindow.on('closed', () => {
      stopForwarding()
      mainWindow = null
    })
    const stopNotifying = notifyAlerts(core, () => mainWindow)
    app.on('will-quit', () => {
      stopNotifying()
      core.close()
    })

    const switchTo = (path: string) => {
      try {
        core.switchLibrary(path)
        settings.update({ libraryPath: path })
      } catch (error) {
        dialog.showErrorBox('Marsad', (error as Error).message)
      }
    }
    const menuActions: MenuActions = {
      newLibrary: async () => {
        const choice = await dialog.showSaveDialog({ title: 'New library', defaultPath: 'library.marsad', filters: LIBRARY_FILTERS })
        if (!choice.canceled && choice.filePath) switchTo(choice.filePath)
      },
      importFiles: async () => {
        const choice = await dialog.showOpenDialog({ title: 'Import dumps', properties: ['openFile', 'multiSelections'] })
        if (!choice.canceled && choice.filePaths.length > 0) core.imports.start({ paths: choice.filePaths })
      },
      importFolder: async () => {
        const choice = await dialog.showOpenDialog({ title: 'Import a folder of dumps', properties: ['openDirectory', 'multiSelections'] })
        if (!choice.canceled && choice.filePaths.length > 0) core.imports.start({ paths: choice.filePaths })
      },
      watchFolder: async () => {
        try {
          const path = await chooseFolderToWatch()
          if (path) core.watch.add(path)
        } catch (error) {
          dialog.showErrorBox('Marsad', (error as Error).message)
        }
      },
      openLibrary: async () => {
        const choice = await dialog.showOpenDialog({ title: 'Open library', properties: ['openFile'], filters: LIBRARY_FILTERS })
        if (!choice.canceled && choice.filePaths[0]) switchTo(choice.filePaths[0])
      },
      checkLibrary: () => void checkLibraryFromMenu(core),
      backUpLibrary: () => void backUpLibraryFromMenu(core)
    }
    // The menus speak the window's language: the system's until the window says which it shows.
    const showMenu = (language: InterfaceLanguage) => Menu.setApplicationMenu(buildApplicationMenu(menuActions, !app.isPackaged, language))
    showMenu(app.getLocale().startsWith('en') ? 'en' : 'ar')
    core.onEvent((event, payload) => {
      if (event === 'interfaceLanguageChanged') showMenu((payload as ApiEvents['interfaceLanguageChanged']).language)
    })
  })
}

/** File → Watch Folder… and the window's Watch folder button: the folder comes from main's dialog, never the page. */
async function chooseFolderToWatch(): Promise<string | null> {
  const choice = await dialog.showOpenDialog({ title: 'Watch a folder for new dumps', properties: ['openDirectory', 'createDirectory'] })
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

/** Opens the remembered library; if it is refused (moved, too new, damaged), says why and opens the default. */
function openCore(libraryPath: string, defaultLibrary: string): MarsadCore {
  const nativeBinding = electronSqliteBinding()
  // Imports run on worker threads (a writer, and a reader that decodes and analyses), never on this event loop.
  const importRunner = workerThreadRunner(join(__dirname, 'writerWorker.js'), {
    nativeBinding,
    readerWorkerFile: join(__dirname, 'readWorker.js')
  })
  // Briefings print through Electron's own Chromium; the packaged app carries its fonts beside itself.
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : findFontsDir()
  const briefingOptions = { pdfPrinter: new ElectronPdfPrinter(fontsDir), fontsDir }
  const coreOptions = {
    nativeBinding,
    importRunner,
    linkOpener: openExternalSafely,
    folderChooser: chooseFolderToWatch,
    ...briefingOptions
  }
  try {
    return new MarsadCore({ libraryPath, ...coreOptions })
  } catch (error) {
    if (libraryPath === defaultLibrary) throw error
    dialog.showErrorBox('Marsad', `${(error as Error).message}\n\nMarsad opened your default library instead.`)
    return new MarsadCore({ libraryPath: defaultLibrary, ...coreOptions })
  }
}
