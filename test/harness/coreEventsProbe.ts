/**
 * Run under tsx by browserApp.test.ts, as `npm run screenshots` runs the harness: opens a page over the test
 * transport, has the core emit an event, and prints what the page's listener received (JSON on stdout).
 */
import { writeFileSync } from 'node:fs'
import { MarsadCore } from '../../src/core'
import { makeTempDir } from '../helpers/tempLibrary'
import { launchChromium, openApp } from './browserApp'
import { serveRenderer } from './rendererServer'

async function main(): Promise<void> {
  const temp = makeTempDir('marsad-probe-')
  writeFileSync(
    temp.file('index.html'),
    '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><title>probe</title>'
  )
  const core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
  const server = await serveRenderer(temp.dir)
  const browser = await launchChromium()
  try {
    const { page } = await openApp(browser, core, server.url)
    await page.evaluate(() => {
      const bridge = (window as unknown as { marsad: { on(event: string, listener: (payload: unknown) => void): void } }).marsad
      bridge.on('libraryChanged', (payload) => ((window as unknown as { received: unknown }).received = payload))
    })
    core.emit('libraryChanged', { reason: 'imported' })
    await page.waitForFunction(() => 'received' in window, undefined, { timeout: 10_000 })
    process.stdout.write(JSON.stringify(await page.evaluate(() => (window as unknown as { received: unknown }).received)))
  } finally {
    await browser.close()
    await server.close()
    await core.close()
    temp.cleanup()
  }
}

void main()
