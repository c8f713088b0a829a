/**
 * What Electron's renderer side provides, installed in every frame of a stand-in window before the page's own
 * scripts: the IPC wire to main, the `electron` module a sandboxed preload may require (contextBridge,
 * ipcRenderer, webUtils), and the points where Chromium would consult the browser process (permission prompts,
 * new windows). Everything crosses to Node through one Playwright binding, whose calling frame Playwright reports,
 * so main learns the real sender frame.
 *
 * Context isolation is modelled by scope, not by a separate JavaScript world: the preload's `require` and
 * ipcRenderer live only inside the closure below, so page script cannot reach them through the API, but page
 * script shares the preload's built-ins, and could call the wire binding itself. Real Electron is stronger on both
 * counts; specs that call the wire directly do so on purpose, to play a compromised frame.
 */

export interface PageRuntimeConfig {
  /** Name of the Playwright binding that carries messages to main. */
  wire: string
  /** Non-enumerable window property holding what only the stand-in may use (file paths, IPC delivery). */
  secret: string
}

/** Runs in every frame (serialised by Playwright: no closures over module scope). */
export function installPageRuntime(config: PageRuntimeConfig): void {
  type Wire = (kind: string, payload: unknown) => Promise<{ error?: string; value?: unknown }>
  type Listener = (event: object, ...args: unknown[]) => void
  const wire = (window as unknown as Record<string, Wire>)[config.wire]!
  const call = (kind: string, payload: unknown) => wire(kind, payload)

  // --- IPC (https://www.electronjs.org/docs/latest/api/ipc-renderer) ---
  const listeners = new Map<string, Set<Listener>>()
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      const answer = await call('ipc-invoke', { channel, args })
      // Electron rejects with the handler's error message, prefixed.
      if (answer.error !== undefined) throw new Error(`Error invoking remote method '${channel}': ${answer.error}`)
      return answer.value
    },
    send: (channel: string, ...args: unknown[]) => void call('ipc-send', { channel, args }),
    on(channel: string, listener: Listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)!.add(listener)
      return ipcRenderer
    },
    removeListener(channel: string, listener: Listener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    },
    removeAllListeners(channel: string) {
      listeners.delete(channel)
      return ipcRenderer
    }
  }

  // --- webUtils (https://www.electronjs.org/docs/latest/api/web-utils) ---
  // Chromium keeps a dropped file's path out of the page; the stand-in learns it from the spec that drops it.
  const filePaths = new WeakMap<File, string>()
  const webUtils = {
    getPathForFile(file: File): string {
      if (!(file instanceof File)) throw new TypeError('Error processing argument at index 0, conversion failure from ')
      return filePaths.get(file) ?? ''
    }
  }

  // --- contextBridge (https://www.electronjs.org/docs/latest/api/context-bridge) ---
  // The main world gets a frozen copy whose functions call into the preload's; nothing of the preload's leaks.
  const copyForMainWorld = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const target = value as (...args: unknown[]) => unknown
      return (...args: unknown[]) => target(...args)
    }
    if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
      const copy: Record<string, unknown> = {}
      for (const [key, inner] of Object.entries(value)) copy[key] = copyForMainWorld(inner)
      return Object.freeze(copy)
    }
    return value
  }
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      Object.defineProperty(window, key, { value: copyForMainWorld(api), enumerable: true, writable: false, configurable: false })
    }
  }

  // A sandboxed preload may require `electron` and a few Node built-ins; Marsad's needs `electron` only.
  const electron = { contextBridge, ipcRenderer, webUtils }
  const preloadRequire = (name: string) => {
    if (name === 'electron') return electron
    throw new Error(`module not found: ${name}`)
  }

  Object.defineProperty(window, config.secret, {
    enumerable: false,
    value: Object.freeze({
      preloadRequire,
      registerFilePath: (file: File, path: string) => filePaths.set(file, path),
      deliver: (channel: string, args: unknown[]) => {
        for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer, senderId: 0 }, ...args)
      }
    })
  })

  // --- New windows: window.open and links that open one go to main's setWindowOpenHandler first. ---
  // Electron answers synchronously from the browser process; here the page gets null at once and the window
  // opens afterwards only if main allows it (Marsad never does).
  const originalOpen = window.open.bind(window)
  window.open = (url?: string | URL, target?: string, features?: string) => {
    const resolved = url === undefined || url === '' ? 'about:blank' : new URL(String(url), location.href).href
    void call('window-open', { url: resolved, frameName: target ?? '', features: features ?? '', disposition: 'new-window' }).then(
      (answer) => answer.value === 'allow' && originalOpen(resolved, target, features)
    )
    return null
  }
  // A link with target=_blank that the page let through (bubble phase, last listener) would open a window.
  window.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null
    if (event.defaultPrevented || !link || link.target !== '_blank' || link.hasAttribute('download')) return
    event.preventDefault()
    void call('window-open', { url: link.href, frameName: '_blank', features: '', disposition: 'foreground-tab' })
  })

  // --- Permissions: requests reach session.setPermissionRequestHandler, checks setPermissionCheckHandler. ---
  const denied = () => new DOMException('Permission denied', 'NotAllowedError')
  const ask = async (permission: string, details: object = {}) => (await call('permission-request', { permission, details })).value === true
  if (typeof Notification !== 'undefined') {
    const requestPermission = Notification.requestPermission.bind(Notification)
    Notification.requestPermission = async () => ((await ask('notifications')) ? requestPermission() : 'denied')
  }
  if (navigator.mediaDevices?.getUserMedia) {
    const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    navigator.mediaDevices.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      const mediaTypes = [constraints?.video ? 'video' : null, constraints?.audio ? 'audio' : null].filter(Boolean)
      if (!(await ask('media', { mediaTypes }))) throw denied()
      return getUserMedia(constraints)
    }
  }
  if (navigator.geolocation) {
    const getCurrentPosition = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation)
    navigator.geolocation.getCurrentPosition = (success, failure, options) => {
      void ask('geolocation').then((granted) =>
        granted
          ? getCurrentPosition(success, failure, options)
          : failure?.({
              code: 1,
              message: 'User denied Geolocation',
              PERMISSION_DENIED: 1,
              POSITION_UNAVAILABLE: 2,
              TIMEOUT: 3
            } as GeolocationPositionError)
      )
    }
  }
  if (navigator.permissions?.query) {
    const query = navigator.permissions.query.bind(navigator.permissions)
    const electronName: Record<string, string> = {
      camera: 'media',
      microphone: 'media',
      notifications: 'notifications',
      geolocation: 'geolocation'
    }
    navigator.permissions.query = async (descriptor: PermissionDescriptor) => {
      const status = await query(descriptor)
      const permission = electronName[descriptor.name] ?? descriptor.name
      const answer = (await call('permission-check', { permission })).value
      if (typeof answer !== 'boolean') return status
      return Object.create(PermissionStatus.prototype, {
        name: { value: descriptor.name, enumerable: true },
        state: { value: answer ? 'granted' : 'denied', enumerable: true }
      }) as PermissionStatus
    }
  }
}

/**
 * The preload bundle as Electron runs it in a sandboxed renderer: in the top frame only (unless
 * `nodeIntegrationInSubFrames`, which Marsad does not set), before the page's scripts, with `require` limited to
 * what a sandboxed preload gets. `sourceURL` names the bundle, so V8's coverage of it maps through its source map;
 * the wrapper before the bundle's code is `prefixLength` characters long.
 */
export function preloadScript(secret: string, bundle: string, bundleUrl: string): { source: string; prefixLength: number } {
  const prefix =
    `(() => { const runtime = window[${JSON.stringify(secret)}]; if (!runtime || window !== window.top) return;\n` +
    `const module = { exports: {} }; (function (require, module, exports) {`
  const suffix = `\n}).call(undefined, runtime.preloadRequire, module, module.exports) })()\n//# sourceURL=${bundleUrl}\n`
  return { source: prefix + bundle + suffix, prefixLength: prefix.length }
}
