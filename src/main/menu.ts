import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  newLibrary(): void
  openLibrary(): void
  importFiles(): void
  importFolder(): void
  watchFolder(): void
  checkLibrary(): void
  backUpLibrary(): void
}

/** The application menu; every item has a keyboard accelerator shown beside it. */
export function buildApplicationMenu(actions: MenuActions, isDevelopment: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Library…', accelerator: 'CmdOrCtrl+Shift+N', click: actions.newLibrary },
        { label: 'Open Library…', accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
        { type: 'separator' },
        { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+I', click: actions.importFolder },
        { label: 'Watch Folder…', accelerator: 'CmdOrCtrl+Alt+I', click: actions.watchFolder },
        { type: 'separator' },
        { label: 'Check Library…', accelerator: 'CmdOrCtrl+Shift+K', click: actions.checkLibrary },
        { label: 'Back Up Library…', accelerator: 'CmdOrCtrl+Shift+B', click: actions.backUpLibrary },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' }
      ]
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(isDevelopment ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
  return Menu.buildFromTemplate(template)
}
