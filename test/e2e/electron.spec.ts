/**
 * The real app, through Playwright's Electron driver. It needs Electron's binary and the Electron build of
 * better-sqlite3 (scripts/electron-native.mjs), which machines without network access cannot get: there the
 * spec skips and says which of the two is missing. Everything it checks beyond the window itself (the
 * renderer, the contract, the core) is also tested in Chromium by the other specs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const root = resolve(__dirname, '../..')
const require = createRequire(__filename)

function missingPrerequisite(): string | null {
  const electronDir = dirname(require.resolve('electron/package.json'))
  if (!existsSync(join(electronDir, 'path.txt')) || !existsSync(join(electronDir, 'dist'))) {
    return `Electron's binary is not installed in ${electronDir} (it cannot be downloaded on this machine)`
  }
  const abi = require('node-abi').getAbi(require('electron/package.json').version, 'electron') as string
  if (!existsSync(join(root, 'native', `electron-${abi}`, 'better_sqlite3.node'))) {
    return `the Electron build of better-sqlite3 is missing (run \`npm run native:electron\` with network access)`
  }
  return null
}

const missing = missingPrerequisite()
if (missing) console.log(`SKIPPED test/e2e/electron.spec.ts: ${missing}.`)

test.describe('Electron app', () => {
  test.skip(missing !== null, `Skipped: ${missing}.`)

  test('opens a hardened window on the default library and shows its story count', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'marsad-electron-'))
    const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_USER_DATA_DIR: userData }
    delete env.ELECTRON_RUN_AS_NODE
    delete env.ELECTRON_RENDERER_URL
    const app = await electron.launch({ args: [root], env: env as Record<string, string> })
    try {
      const appWindow = await app.firstWindow()
      expect(new URL(appWindow.url()).protocol).toBe('app:')
      await expect(appWindow.getByTestId('story-count')).toBeVisible()
      expect(await appWindow.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      expect(await appWindow.evaluate(() => Object.keys(window.marsad).sort())).toContain('libraryInfo')
      const info = await appWindow.evaluate(() => window.marsad.libraryInfo())
      expect(info).toMatchObject({ ok: true, value: { path: join(userData, 'library.marsad'), storyCount: 0 } })
      // Navigation away from the app is refused.
      await appWindow.evaluate(() => (window.location.href = 'https://example.com/'))
      await expect.poll(() => new URL(appWindow.url()).protocol).toBe('app:')
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
