/**
 * The Electron main process: composition only. Security, the app:// protocol, IPC and menus live in their
 * own modules; all logic lives in src/core, which the CLI and the tests exercise under plain Node.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session } from 'electron'
import type { ApiEvents } from '../shared/api'
import { findFontsDir, MarsadCore, LIBRARY_FILE_NAME, workerThreadRunner } from '../core'
import { forwardEvents, registerIpc } from './ipc'
import { APP_TITLE, dialogText, systemLanguage, type DialogText } from './dialogText'
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

    // Main's dialogs and menus speak the window's language: the system's until the window says which it shows.
    let language = systemLanguage(app.getLocale())
    const text = () => dialogText[language]
    const libraryFilters = () => [{ name: text().libraryFileType, extensions: ['marsad'] }]
    const settings = new SettingsStore(app.getPath('userData'))
    const defaultLibrary = join(app.getPath('userData'), LIBRARY_FILE_NAME)
    let core: MarsadCore
    try {
      core = openCore(settings.read().libraryPath ?? defaultLibrary, defaultLibrary, text)
    } catch (error) {
      // Nothing to show a window for (the SQLite addon is missing, the default library is refused): say why and quit.
      dialog.showErrorBox(APP_TITLE, text().couldNotStart((error as Error).message))
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
        dialog.showErrorBox(APP_TITLE, text().couldNotOpen((error as Error).message))
      }
    }
    const menuActions: MenuActions = {
      newLibrary: async () => {
        const choice = await dialog.showSaveDialog({ title: text().newLibrary, defaultPath: 'library.marsad', filters: libraryFilters() })
        if (!choice.canceled && choice.filePath) switchTo(choice.filePath)
      },
      importFiles: async () => {
        const choice = await dialog.showOpenDialog({ title: text().importFiles, properties: ['openFile', 'multiSelections'] })
        if (!choice.canceled && choice.filePaths.length > 0) core.imports.start({ paths: choice.filePaths })
      },
      importFolder: async () => {
        const choice = await dialog.showOpenDialog({ title: text().importFolder, properties: ['openDirectory', 'multiSelections'] })
        if (!choice.canceled && choice.filePaths.length > 0) core.imports.start({ paths: choice.filePaths })
      },
      watchFolder: async () => {
        try {
          const path = await chooseFolderToWatch(text)
          if (path) core.watch.add(path)
        } catch (error) {
          dialog.showErrorBox(APP_TITLE, (error as Error).message)
        }
      },
      openLibrary: async () => {
        const choice = await dialog.showOpenDialog({ title: text().openLibrary, properties: ['openFile'], filters: libraryFilters() })
        if (!choice.canceled && choice.filePaths[0]) switchTo(choice.filePaths[0])
      },
      checkLibrary: () => void checkLibraryFromMenu(core, text),
      backUpLibrary: () => void backUpLibraryFromMenu(core, text)
    }
    const showMenu = () => Menu.setApplicationMenu(buildApplicationMenu(menuActions, !app.isPackaged, language))
    showMenu()
    core.onEvent((event, payload) => {
      if (event !== 'interfaceLanguageChanged') return
      language = (payload as ApiEvents['interfaceLanguageChanged']).language
      showMenu()
    })
  })
}

/** File → Watch Folder… and the window's Watch folder button: the folder comes from main's dialog, never the page. */
async function chooseFolderToWatch(text: () => DialogText): Promise<string | null> {
  const choice = await dialog.showOpenDialog({ title: text().watchFolder, properties: ['openDirectory', 'createDirectory'] })
  return choice.canceled ? null : (choice.filePaths[0] ?? null)
}

/** Opens the remembered library; if it is refused (moved, too new, damaged), says why and opens the default. */
function openCore(libraryPath: string, defaultLibrary: string, text: () => DialogText): MarsadCore {
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
    folderChooser: () => chooseFolderToWatch(text),
    ...briefingOptions
  }
  try {
    return new MarsadCore({ libraryPath, ...coreOptions })
  } catch (error) {
    if (libraryPath === defaultLibrary) throw error
    dialog.showErrorBox(APP_TITLE, text().openedDefaultInstead((error as Error).message))
    return new MarsadCore({ libraryPath: defaultLibrary, ...coreOptions })
  }
}
