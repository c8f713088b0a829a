import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { protocol } from 'electron'
import { cspHeaderFor } from '../shared/csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'marsad'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf'
}

/** Must run before `app.ready`: app:// behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/**
 * Serves the built renderer (and nothing outside it) on app://marsad/, with the CSP as a header. Unknown
 * paths fall back to index.html. This replaces file://, which would let an XSS read any local file.
 */
export function serveRenderer(rendererDir: string): void {
  const root = normalize(rendererDir + sep)
  const csp = cspHeaderFor(readFileSync(join(root, 'index.html'), 'utf8'))
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    const pathname = decodedPath(url)
    if (pathname === null) return new Response('Bad request', { status: 400 })
    const requested = normalize(join(root, pathname))
    if (!requested.startsWith(root)) return new Response('Forbidden', { status: 403 })
    const file = extname(requested) ? requested : join(root, 'index.html')
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff'
        }
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}

/** The request's path with its percent-escapes decoded; null when an escape is malformed (`%ZZ`). */
function decodedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname)
  } catch {
    return null
  }
}
