import { createServer, type Server } from 'node:http'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { cspHeaderFor } from '../../src/shared/csp'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

export interface RendererServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves the built renderer on 127.0.0.1 the way the app's protocol does (the same CSP header, read from the
 * built page, index.html for
 * unknown paths). file:// would not do: Chromium blocks module scripts from origin null.
 */
export async function serveRenderer(rendererDir: string): Promise<RendererServer> {
  const root = normalize(rendererDir + sep)
  const csp = cspHeaderFor(readFileSync(join(root, 'index.html'), 'utf8'))
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const requested = normalize(join(root, pathname))
    const file = requested.startsWith(root) && extname(requested) ? requested : join(root, 'index.html')
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': csp
      })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
