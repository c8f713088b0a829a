/**
 * The preload: exposes exactly the window's part of the API contract on `window.marsad` (one function per
 * method, `on` for events, and `importChosenFiles`) and nothing else — no ipcRenderer, no Node. Event listeners
 * receive only the payload, never the IpcRendererEvent (whose `sender` would leak ipcRenderer). Methods that name
 * paths on disk are not exposed: the page can only hand over File objects the user chose, and their paths are
 * read here, where page script cannot forge them.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { chosenFilesChannel, ipcChannel, ipcEventChannel, windowMethods, type ApiEventName, type ApiEvents } from '../shared/api'

const bridge: Record<string, unknown> = {}
for (const name of windowMethods) {
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

/** A chosen file's path on disk; '' for a file that has none (made in the page, or dragged out of a mail client). */
function pathOf(file: unknown): string {
  try {
    return webUtils.getPathForFile(file as File)
  } catch {
    return ''
  }
}

bridge.importChosenFiles = async (files: unknown[]) => {
  const paths = files.map(pathOf)
  const pathless = paths.flatMap((path, index) => (path ? [] : [index]))
  const withPaths = paths.filter(Boolean)
  if (withPaths.length === 0) return { ok: true, value: { jobId: null, pathless } }
  const envelope = (await ipcRenderer.invoke(chosenFilesChannel, { paths: withPaths })) as { ok: boolean; value?: { jobId: string } }
  return envelope.ok ? { ok: true, value: { jobId: envelope.value!.jobId, pathless } } : envelope
}

contextBridge.exposeInMainWorld('marsad', bridge)
