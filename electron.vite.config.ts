import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { RENDERER_CSP } from './src/shared/csp'

/** index.html carries the same policy as the protocol's header (minus what a meta tag cannot express). */
function cspMetaTag(): Plugin {
  const metaPolicy = RENDERER_CSP.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'marsad-csp-meta',
    transformIndexHtml: (html) => html.replace('%RENDERER_CSP%', metaPolicy)
  }
}

/**
 * main and preload run in Electron; the renderer is a plain web app that reaches the world only through
 * window.marsad. Runtime packages (`dependencies`, better-sqlite3 among them) stay external in main; the
 * sandboxed preload is one self-contained CommonJS file.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') }, external: ['electron'] }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react(), cspMetaTag()]
  }
})
