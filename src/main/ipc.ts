import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { MarsadCore } from '../core'
import { apiMethods, ipcChannel, ipcEventChannel } from '../shared/api'
import { dispatchApiCall } from '../shared/dispatch'
import { isTrustedUrl } from './security'

/** Only the app's own top-level page may call the API; an iframe or a foreign page may not (checklist 17). */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isTrustedUrl(frame.url)
}

/** The Electron transport: one `ipcMain.handle` per contract method; validation and errors live in dispatch. */
export function registerIpc(core: MarsadCore): void {
  for (const name of apiMethods) {
    ipcMain.handle(ipcChannel(name), (event, request: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'bad-request', message: 'Calls are only accepted from the Marsad window.' } }
      }
      return dispatchApiCall(core.handlers, name, request)
    })
  }
}

/** Forwards core events (progress, library changes) to a window. Returns a function that stops forwarding. */
export function forwardEvents(core: MarsadCore, contents: WebContents): () => void {
  return core.onEvent((name, payload) => {
    if (!contents.isDestroyed()) contents.send(ipcEventChannel, { name, payload })
  })
}
