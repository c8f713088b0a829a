/**
 * File → Check Library… and Back Up Library…: `marsad check [--repair]` and `marsad backup` behind main's own
 * dialogs (the page never names a path to write).
 */
import { basename, join } from 'node:path'
import { dialog } from 'electron'
import type { MarsadCore } from '../core'
import { APP_TITLE, type DialogText } from './dialogText'

/** The whole file checked; a damaged library offers its repair, and the outcome is shown. */
export async function checkLibraryFromMenu(core: MarsadCore, text: () => DialogText): Promise<void> {
  const check = await core.handlers.checkLibrary({})
  core.emit('libraryChanged', { reason: 'checked' })
  if (check.ok) {
    await dialog.showMessageBox({ type: 'info', title: APP_TITLE, message: text().librarySound, detail: core.library.path })
    return
  }
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: APP_TITLE,
    message: text().libraryDamaged,
    detail: [...check.problems, '', text().repairExplained(check.backupFolder)].join('\n'),
    buttons: [text().repair, text().cancel],
    defaultId: 0,
    cancelId: 1
  })
  if (response !== 0) return
  const repaired = await core.handlers.checkLibrary({ repair: true })
  core.emit('libraryChanged', { reason: 'checked' })
  const outcome = !repaired.ok
    ? text().stillDamaged(repaired.backupFolder)
    : repaired.repair?.restoredFrom
      ? text().restored(repaired.repair.restoredFrom, repaired.repair.damagedCopy ?? '')
      : text().rebuilt
  await dialog.showMessageBox({ type: repaired.ok ? 'info' : 'error', title: APP_TITLE, message: outcome, detail: core.library.path })
}

/** A consistent copy where the user chooses (the backup folder by default), however busy the library is. */
export async function backUpLibraryFromMenu(core: MarsadCore, text: () => DialogText): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10)
  const choice = await dialog.showSaveDialog({
    title: text().backUp,
    defaultPath: join(core.library.backupFolder, `${basename(core.library.path, '.marsad')}-${stamp}.marsad`),
    filters: [{ name: text().libraryFileType, extensions: ['marsad'] }]
  })
  if (choice.canceled || !choice.filePath) return
  try {
    const { path } = await core.handlers.backupLibrary({ target: choice.filePath })
    await dialog.showMessageBox({ type: 'info', title: APP_TITLE, message: text().copied, detail: path })
  } catch (error) {
    dialog.showErrorBox(APP_TITLE, text().couldNotCopy((error as Error).message))
  }
}
