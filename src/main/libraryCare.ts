/**
 * File → Check Library… and Back Up Library…: `marsad check [--repair]` and `marsad backup` behind main's own
 * dialogs (the page never names a path to write).
 */
import { basename, join } from 'node:path'
import { dialog } from 'electron'
import type { MarsadCore } from '../core'

const TITLE = 'Marsad'

/** The whole file checked; a damaged library offers its repair, and the outcome is shown. */
export async function checkLibraryFromMenu(core: MarsadCore): Promise<void> {
  const check = await core.handlers.checkLibrary({})
  core.emit('libraryChanged', { reason: 'checked' })
  if (check.ok) {
    await dialog.showMessageBox({ type: 'info', title: TITLE, message: 'The library is sound.', detail: core.library.path })
    return
  }
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: TITLE,
    message: 'The library is damaged. Marsad writes nothing more to it until it is repaired.',
    detail: [
      ...check.problems,
      '',
      'Repair rebuilds what Marsad can derive from the stories (indexes, search index, vocabulary); if the file is still',
      `damaged, the newest sound backup from ${check.backupFolder} takes its place and the damaged file is kept beside it.`
    ].join('\n'),
    buttons: ['Repair', 'Cancel'],
    defaultId: 0,
    cancelId: 1
  })
  if (response !== 0) return
  const repaired = await core.handlers.checkLibrary({ repair: true })
  core.emit('libraryChanged', { reason: 'checked' })
  const outcome = !repaired.ok
    ? `The library is still damaged, and there is no sound backup in ${repaired.backupFolder}. What is intact can still be read and searched.`
    : repaired.repair?.restoredFrom
      ? `The backup ${repaired.repair.restoredFrom} is in its place now; the damaged file is kept as ${repaired.repair.damagedCopy}. Import again what was imported after that backup.`
      : 'The library was rebuilt from what it stores and is sound again.'
  await dialog.showMessageBox({ type: repaired.ok ? 'info' : 'error', title: TITLE, message: outcome, detail: core.library.path })
}

/** A consistent copy where the user chooses (the backup folder by default), however busy the library is. */
export async function backUpLibraryFromMenu(core: MarsadCore): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10)
  const choice = await dialog.showSaveDialog({
    title: 'Back up the library',
    defaultPath: join(core.library.backupFolder, `${basename(core.library.path, '.marsad')}-${stamp}.marsad`),
    filters: [{ name: 'Marsad library', extensions: ['marsad'] }]
  })
  if (choice.canceled || !choice.filePath) return
  try {
    const { path } = await core.handlers.backupLibrary({ target: choice.filePath })
    await dialog.showMessageBox({ type: 'info', title: TITLE, message: 'The library was copied.', detail: path })
  } catch (error) {
    dialog.showErrorBox(TITLE, (error as Error).message)
  }
}
