/**
 * `npm run screenshots -- --library FILE --out DIR`: renders each screen of the app in headless Chromium over
 * the test transport (the same renderer and core as the app, on that library) and writes one PNG per screen
 * and language: <screen>-ar.png, <screen>-en.png. Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { MarsadCore } from '../src/core'
import { assertRendererBuilt, launchChromium, openApp, RENDERER_DIR } from '../test/harness/browserApp'
import { serveRenderer } from '../test/harness/rendererServer'

interface Screen {
  name: string
  /** Brings the page to the screen; the page starts on the library view. */
  show(page: Page): Promise<void>
}

const screens: Screen[] = [
  {
    name: 'library',
    show: async (page) => {
      await page.getByTestId('story-count').waitFor()
      const first = page.getByRole('option').first()
      if (await first.count()) await first.click()
    }
  }
]

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { library: { type: 'string' }, out: { type: 'string', default: 'artifacts/screenshots' } } })
  if (!values.library) {
    console.error('Usage: npm run screenshots -- --library FILE [--out DIR]')
    process.exit(2)
  }
  assertRendererBuilt()
  const outDir = resolve(values.out!)
  mkdirSync(outDir, { recursive: true })
  const core = new MarsadCore({ libraryPath: resolve(values.library) })
  const server = await serveRenderer(RENDERER_DIR)
  const browser = await launchChromium()
  try {
    for (const language of ['ar', 'en'] as const) {
      for (const screen of screens) {
        const { context, page } = await openApp(browser, core, server.url, { language, viewport: { width: 1360, height: 820 } })
        await screen.show(page)
        await page.evaluate(() => document.fonts.ready)
        const file = join(outDir, `${screen.name}-${language}.png`)
        await page.screenshot({ path: file })
        console.log(file)
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
    core.close()
  }
}

void main()
