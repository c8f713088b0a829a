/**
 * The preload: exposes exactly the API contract on `window.marsad` (one function per method, plus `on` for
 * events) and nothing else — no ipcRenderer, no Node. Event listeners receive only the payload, never the
 * IpcRendererEvent (whose `sender` would leak ipcRenderer).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { apiMethods, ipcChannel, ipcEventChannel, type ApiEventName, type ApiEvents } from '../shared/api'

const bridge: Record<string, unknown> = {}
for (const name of apiMethods) {
  bridge[name] = (request?: unknown) => ipcRenderer.invoke(ipcChannel(name), request ?? {})
}
bridge.on = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => {
  const forward = (_event: unknown, message: { name: string; payload: ApiEvents[E] }) => {
    if (message.name === event) listener(message.payload)
  }
  ipcRenderer.on(ipcEventChannel, forward)
  return () => {
    ipcRenderer.removeListener(ipcEventChannel, forward)
  }
}

// A dropped file's path on disk ('' when it has none): main then reads it, instead of the renderer sending bytes.
bridge.pathForFile = (file: File) => {
  try {
    return webUtils.getPathForFile(file)
  } catch {
    return ''
  }
}

contextBridge.exposeInMainWorld('marsad', bridge)
