import { shell, type Session, type WebContents } from 'electron'
import { webLink } from '../shared/webLink'
import { devServerUrl } from './environment'
import { APP_HOST, APP_SCHEME } from './protocol'

/**
 * Whether a URL is one of the app's own pages: app://marsad/…, recognised by protocol and host (Node gives a
 * scheme it does not know an opaque origin, the string "null", so origins cannot be compared), or, in a
 * development run only, a page of the dev server's exact origin.
 */
export function isTrustedUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST
  const devServer = devServerUrl()
  return devServer !== null && webLink(url) !== null && parsed.origin === new URL(devServer).origin
}

/**
 * Opens an address in the system browser, but only a well-formed http(s) URL: anything else (file:,
 * javascript:, custom schemes that launch programs) is refused.
 */
export async function openExternalSafely(url: string): Promise<void> {
  const link = webLink(url)
  if (!link) throw new Error(`Only web addresses open in the browser: ${url}`)
  // Reviewed: only a parsed http(s) URL reaches this line.
  await shell.openExternal(link) /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

/**
 * Applied to every web contents the app ever creates (Electron security checklist items 11–14, 20). The page
 * opens no window of any kind: a story's link opens through the API (`openStoryLink`), which looks the address
 * up itself.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Marsad needs no camera, microphone, notifications or geolocation: every request is denied. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
