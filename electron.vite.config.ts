import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { BUNDLED_DEPENDENCIES } from './bundledDependencies'
import { rendererCsp } from './src/shared/csp'

/**
 * Hash-pins the renderer's scripts: each emitted <script> gets an `integrity` attribute, and the CSP meta tag
 * allows exactly those hashes. The app's protocol reads the policy back from index.html to send it as a header.
 */
function scriptHashCsp(): Plugin {
  return {
    name: 'marsad-script-hash-csp',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const hashes: string[] = []
        const pinned = html.replace(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, (tag, file: string) => {
          const chunk = context.bundle?.[file]
          if (!chunk || chunk.type !== 'chunk') return tag
          const hash = `sha384-${createHash('sha384').update(chunk.code).digest('base64')}`
          hashes.push(hash)
          return `<script type="module" crossorigin integrity="${hash}" src="./${file}"></script>`
        })
        return pinned.replace('%RENDERER_CSP%', rendererCsp(hashes))
      }
    }
  }
}

export default defineConfig({
  // Source maps let the shell's coverage (npm run test:app) name src/main and src/preload lines; the installers
  // leave *.map out (electron-builder.yml).
  main: {
    build: {
      sourcemap: true,
      externalizeDeps: { exclude: BUNDLED_DEPENDENCIES },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Imports run on worker threads: the writer (writerWorker) and its reader (readWorker).
          writerWorker: resolve(__dirname, 'src/core/ingest/job/writerWorker.ts'),
          readWorker: resolve(__dirname, 'src/core/ingest/job/readWorker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      sourcemap: true,
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, external: ['electron'] }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react(), scriptHashCsp()]
  }
})
