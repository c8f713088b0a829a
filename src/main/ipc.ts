import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { MarsadCore } from '../core'
import { chosenFilesChannel, ipcChannel, ipcEventChannel, windowMethods, type ApiMethod } from '../shared/api'
import { dispatchApiCall } from '../shared/dispatch'
import { isTrustedUrl } from './security'

/** Only the app's own top-level page may call the API; an iframe or a foreign page may not (checklist 17). */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url)
}

/**
 * The Electron transport: one `ipcMain.handle` per method the window may call; validation and errors live in
 * dispatch. Imports by path arrive only on the preload's channel for chosen files (see `pathTakingMethods`).
 */
export function registerIpc(core: MarsadCore): void {
  const handle = (channel: string, method: ApiMethod) =>
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'bad-request', message: 'Calls are only accepted from the Marsad window.' } }
      }
      return dispatchApiCall(core.handlers, method, request)
    })
  for (const name of windowMethods) handle(ipcChannel(name), name)
  handle(chosenFilesChannel, 'importPaths')
}

/** Forwards core events (progress, library changes) to a window. Returns a function that stops forwarding. */
export function forwardEvents(core: MarsadCore, contents: WebContents): () => void {
  return core.onEvent((name, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcEventChannel, { name, payload })
  })
}
