import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import packageJson from './package.json'
import { BUNDLED_DEPENDENCIES } from './bundledDependencies'

/**
 * Builds what runs under plain Node: the `marsad` command line. Runtime packages stay external (better-sqlite3
 * is a native addon; the others are loaded from node_modules like in the app's main process), except those in
 * BUNDLED_DEPENDENCIES; everything else (what those packages use, and build-time packages such as zod) is bundled.
 */
const external = [
  ...Object.keys(packageJson.dependencies).filter((name) => !BUNDLED_DEPENDENCIES.includes(name)),
  ...builtinModules,
  ...builtinModules.map((name) => `node:${name}`)
]

export default defineConfig({
  // `external` below decides (Vite's server builds would otherwise keep every package out).
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'src/cli/index.ts'),
        // The import's reader thread (decode, parse, analyse) runs from its own file.
        readWorker: resolve(__dirname, 'src/core/ingest/job/readWorker.ts')
      },
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' }
    }
  }
})
