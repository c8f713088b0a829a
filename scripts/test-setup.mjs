#!/usr/bin/env node
// The first step of `npm test` on any machine: what the tests need beyond Node and npm. Debian's packages (Chromium
// runs the renderer, the app shell and the PDF printing; poppler-utils reads PDFs back; the fonts shape Arabic) are
// installed when this runs as root on Debian, or else named with the exact command to run; then the npm packages,
// when node_modules is missing. Needs nothing but Node, so it runs on a fresh clone.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const DEBIAN_PACKAGES = ['chromium', 'poppler-utils', 'fonts-noto-core', 'fonts-hosny-amiri']

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0
const isInstalled = (name) => {
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' })
  return status.status === 0 && status.stdout.includes('install ok installed')
}

function installDebianPackages() {
  if (!succeeds('dpkg-query', ['--version'])) {
    console.error(
      `test setup: this is not a Debian system; install Chromium (or set CHROMIUM_PATH), poppler-utils and Noto and Amiri fonts by hand.`
    )
    return
  }
  const missing = DEBIAN_PACKAGES.filter((name) => !isInstalled(name))
  if (missing.length === 0) return
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing]
  if (process.getuid?.() !== 0) {
    console.error(`test setup: missing Debian packages ${missing.join(', ')}. Run:\n  sudo apt-get update && sudo ${install.join(' ')}`)
    process.exit(1)
  }
  console.log(`test setup: installing ${missing.join(', ')}…`)
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync(install[0], install.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
}

installDebianPackages()
if (!existsSync(join(root, 'node_modules/.package-lock.json'))) {
  console.log('test setup: installing the npm packages (npm ci; better-sqlite3 compiles for about two minutes)…')
  execFileSync('npm', ['ci'], { cwd: root, stdio: 'inherit' })
}
