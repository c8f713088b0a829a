import { app } from 'electron'

/**
 * Development overrides read from the environment. A packaged app ignores them: an environment variable must not
 * be able to load a foreign page into the window (it would get the preload and pass the sender check) or move
 * the library somewhere else.
 */
function developmentVariable(name: string): string | null {
  return app.isPackaged ? null : (process.env[name] ?? null) || null
}

/** electron-vite's dev server, serving the renderer with hot reload (`npm run dev`). */
export function devServerUrl(): string | null {
  return developmentVariable('ELECTRON_RENDERER_URL')
}

/** A settings and library folder of its own, for a development run or an end-to-end spec. */
export function userDataOverride(): string | null {
  return developmentVariable('MARSAD_USER_DATA_DIR')
}
