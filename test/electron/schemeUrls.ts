/**
 * Chromium as Playwright drives it does not know the schemes an Electron app registers (`app:`), so the stand-in
 * serves a privileged standard scheme under a reserved `.test` host (RFC 2606) and maps every URL one to one:
 *
 *   app://marsad/index.html  ⇄  https://marsad.app.electron-scheme.test/index.html
 *
 * Only schemes registered with `protocol.registerSchemesAsPrivileged` as standard are mapped (they have hosts,
 * like https); every other URL — a foreign page, a `data:` frame, `about:blank` — is reported as exactly what it
 * is. Privileged schemes are registered as `secure`, which an https origin is in Chromium too.
 */
const SUFFIX = '.electron-scheme.test'

export class SchemeUrls {
  private readonly schemes = new Set<string>()

  register(scheme: string): void {
    this.schemes.add(scheme.toLowerCase())
  }

  isRegistered(scheme: string): boolean {
    return this.schemes.has(scheme.toLowerCase())
  }

  /** The URL Chromium loads for a URL the app names (unchanged unless it uses a registered scheme). */
  toChromium(electronUrl: string): string {
    const url = tryParse(electronUrl)
    const scheme = url?.protocol.slice(0, -1)
    if (!url || !scheme || !this.isRegistered(scheme) || !url.host) return electronUrl
    return `https://${url.host}.${scheme}${SUFFIX}${electronUrl.slice(`${scheme}://${url.host}`.length)}`
  }

  /** The URL Electron would report for what Chromium loaded (unchanged unless it is a mapped host). */
  toElectron(chromiumUrl: string): string {
    const url = tryParse(chromiumUrl)
    if (!url || url.protocol !== 'https:' || !url.hostname.endsWith(SUFFIX)) return chromiumUrl
    const mapped = url.hostname.slice(0, -SUFFIX.length)
    const dot = mapped.lastIndexOf('.')
    const host = mapped.slice(0, dot)
    const scheme = mapped.slice(dot + 1)
    if (dot <= 0 || !this.isRegistered(scheme)) return chromiumUrl
    return `${scheme}://${host}${chromiumUrl.slice(`https://${url.host}`.length)}`
  }
}

function tryParse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}
