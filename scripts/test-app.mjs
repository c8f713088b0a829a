#!/usr/bin/env node
// `npm run test:app`: the app specs (test/app) on the Electron stand-in, with V8 taking the coverage of the
// shell's bundles, then the coverage report and its thresholds (scripts/app-coverage.mjs).
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
rmSync(join(root, 'coverage/app'), { recursive: true, force: true })
const specs = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.app.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_V8_COVERAGE: join(root, 'coverage/app/raw') }
})
if (specs.status !== 0) process.exit(specs.status ?? 1)
await import('./app-coverage.mjs')
