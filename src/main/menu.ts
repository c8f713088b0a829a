import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { InterfaceLanguage } from '../shared/contract/library'

export interface MenuActions {
  newLibrary(): void
  openLibrary(): void
  importFiles(): void
  importFolder(): void
  watchFolder(): void
  checkLibrary(): void
  backUpLibrary(): void
}

const labels = {
  en: {
    file: 'File',
    newLibrary: 'New Library…',
    openLibrary: 'Open Library…',
    importFiles: 'Import…',
    importFolder: 'Import Folder…',
    watchFolder: 'Watch Folder…',
    checkLibrary: 'Check Library…',
    backUpLibrary: 'Back Up Library…',
    quit: 'Quit',
    close: 'Close Window',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize'
  },
  ar: {
    file: 'ملف',
    newLibrary: 'مكتبة جديدة…',
    openLibrary: 'فتح مكتبة…',
    importFiles: 'استيراد…',
    importFolder: 'استيراد مجلد…',
    watchFolder: 'مراقبة مجلد…',
    checkLibrary: 'فحص المكتبة…',
    backUpLibrary: 'نسخ المكتبة احتياطيًا…',
    quit: 'إنهاء',
    close: 'إغلاق النافذة',
    edit: 'تحرير',
    undo: 'تراجع',
    redo: 'إعادة',
    cut: 'قص',
    copy: 'نسخ',
    paste: 'لصق',
    selectAll: 'تحديد الكل',
    view: 'عرض',
    reload: 'إعادة التحميل',
    devTools: 'أدوات المطور',
    resetZoom: 'الحجم الفعلي',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fullScreen: 'ملء الشاشة',
    window: 'نافذة',
    minimize: 'تصغير النافذة'
  }
} satisfies Record<InterfaceLanguage, Record<string, string>>

/**
 * The application menu, in the language the window shows (labels are given even to role items, whose own labels
 * Electron writes in English); every item has a keyboard accelerator shown beside it.
 */
export function buildApplicationMenu(actions: MenuActions, isDevelopment: boolean, language: InterfaceLanguage): Menu {
  const label = labels[language]
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: label.file,
      submenu: [
        { label: label.newLibrary, accelerator: 'CmdOrCtrl+Shift+N', click: actions.newLibrary },
        { label: label.openLibrary, accelerator: 'CmdOrCtrl+O', click: actions.openLibrary },
        { type: 'separator' },
        { label: label.importFiles, accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
        { label: label.importFolder, accelerator: 'CmdOrCtrl+Shift+I', click: actions.importFolder },
        { label: label.watchFolder, accelerator: 'CmdOrCtrl+Alt+I', click: actions.watchFolder },
        { type: 'separator' },
        { label: label.checkLibrary, accelerator: 'CmdOrCtrl+Shift+K', click: actions.checkLibrary },
        { label: label.backUpLibrary, accelerator: 'CmdOrCtrl+Shift+B', click: actions.backUpLibrary },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close', label: label.close } : { role: 'quit', label: label.quit }
      ]
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo', label: label.undo },
        { role: 'redo', label: label.redo },
        { type: 'separator' },
        { role: 'cut', label: label.cut },
        { role: 'copy', label: label.copy },
        { role: 'paste', label: label.paste },
        { role: 'selectAll', label: label.selectAll }
      ]
    },
    {
      label: label.view,
      submenu: [
        ...(isDevelopment
          ? [
              { role: 'reload' as const, label: label.reload },
              { role: 'toggleDevTools' as const, label: label.devTools },
              { type: 'separator' as const }
            ]
          : []),
        { role: 'resetZoom', label: label.resetZoom },
        { role: 'zoomIn', label: label.zoomIn },
        { role: 'zoomOut', label: label.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label.fullScreen }
      ]
    },
    {
      label: label.window,
      role: 'window',
      submenu: [
        { role: 'minimize', label: label.minimize },
        { role: 'close', label: label.close }
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
