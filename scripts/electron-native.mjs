#!/usr/bin/env node
// Builds the second copy of better-sqlite3 that the app needs: node_modules keeps the Node build (tests and
// the CLI run under Node), and the app loads native/electron-<abi>/better_sqlite3.node through
// better-sqlite3's `nativeBinding` option. Neither build overwrites the other, so `npm test` and `npm start`
// never break each other. Needs network once (a prebuilt binary from GitHub, or Electron's headers to compile);
// later runs find the file and return at once.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const abi = require('node-abi').getAbi(electronVersion, 'electron')
const target = join(root, 'native', `electron-${abi}`, 'better_sqlite3.node')

if (existsSync(target)) {
  console.log(`electron-native: ${target} is present (Electron ${electronVersion}, ABI ${abi}).`)
  process.exit(0)
}

const sourcePackage = dirname(require.resolve('better-sqlite3/package.json'))
const work = mkdtempSync(join(tmpdir(), 'marsad-electron-sqlite-'))
const copy = join(work, 'better-sqlite3')
cpSync(sourcePackage, copy, { recursive: true, filter: (path) => !path.includes(`${join(sourcePackage, 'build')}`) })

// Never let a machine-wide `nodedir` (npm config) point node-gyp at Node's headers: that would compile a
// Node-ABI module that only looks like an Electron build.
const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: electronVersion }
const run = (command, args) => execFileSync(command, args, { cwd: copy, env, stdio: 'inherit' })
try {
  try {
    run(process.execPath, [
      require.resolve('prebuild-install/bin.js'),
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      process.arch
    ])
  } catch {
    console.log('electron-native: no prebuilt binary; compiling against Electron headers instead.')
    run(process.execPath, [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers'
    ])
  }
  mkdirSync(dirname(target), { recursive: true })
  cpSync(join(copy, 'build', 'Release', 'better_sqlite3.node'), target)
  console.log(`electron-native: built ${target} for Electron ${electronVersion} (ABI ${abi}).`)
} catch (error) {
  console.error(
    `electron-native: could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}\n` +
      'This step needs network access to github.com or electronjs.org once. Tests and the CLI do not need it.'
  )
  process.exit(1)
} finally {
  rmSync(work, { recursive: true, force: true })
}
