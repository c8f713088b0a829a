import { shell, type Session, type WebContents } from 'electron'
import { APP_ORIGIN } from './protocol'

/** Origins the app's own pages may have: app://marsad, and the dev server while developing. */
export function trustedOrigins(): string[] {
  const devServer = process.env.ELECTRON_RENDERER_URL
  return devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN]
}

export function isTrustedUrl(url: string): boolean {
  try {
    return trustedOrigins().includes(new URL(url).origin)
  } catch {
    return false
  }
}

/**
 * Opens a story's link in the system browser, but only a well-formed http(s) URL: anything else (file:,
 * javascript:, custom schemes that launch programs) is refused.
 */
export function openExternalSafely(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false
  // Reviewed: only a parsed http(s) URL reaches this line.
  void shell.openExternal(parsed.toString()) /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  return true
}

/** Applied to every web contents the app ever creates (Electron security checklist items 11–14, 20). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Marsad needs no camera, microphone, notifications or geolocation: every request is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
