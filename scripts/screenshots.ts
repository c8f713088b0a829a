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
  },
  // The reader: the first story with its tags; its links (with the neighbourhood) and notes; opened from a search of
  // its title's longest word (every match marked); the tag picker (T); the link dialog (L); the dark theme.
  { name: 'reader', show: (page) => openFirstStory(page) },
  {
    name: 'reader-search',
    show: async (page) => {
      await openFromSearch(page)
    }
  },
  {
    name: 'reader-organise',
    show: async (page) => {
      await openFirstStory(page)
      const reader = page.getByTestId('reader')
      await reader.locator('.neighbourhood summary').first().click({ timeout: 5000 }).catch(() => undefined)
      await reader.locator('#reader-links').scrollIntoViewIfNeeded()
    }
  },
  {
    name: 'reader-tag-picker',
    show: async (page) => {
      await openFirstStory(page)
      await page.keyboard.press('t')
      await page.getByRole('listbox').last().waitFor()
    }
  },
  {
    name: 'reader-link-dialog',
    show: async (page) => {
      const word = await openFromSearch(page)
      await page.keyboard.press('l')
      await page.getByRole('dialog').getByRole('combobox').first().fill(word)
      await page.getByRole('dialog').getByRole('option').first().waitFor({ timeout: 5000 }).catch(() => undefined)
    }
  },
  {
    name: 'reader-dark',
    show: async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await openFromSearch(page)
    }
  }
]

/** Opens the library's first story and gives the reader the focus (its keys: T, L, F3). */
async function openFirstStory(page: Page): Promise<void> {
  await page.getByTestId('story-count').waitFor()
  await page.getByRole('main').getByRole('listbox').getByRole('option').first().click()
  await page.getByTestId('reader').getByRole('heading', { level: 2 }).click()
}

/** Searches the first story's longest title word and opens the first result; returns the word. */
async function openFromSearch(page: Page): Promise<string> {
  await openFirstStory(page)
  const title = await page.getByTestId('reader').getByRole('heading', { level: 2 }).innerText()
  const word = title.split(/[\s\p{P}]+/u).reduce((longest, next) => (next.length > longest.length ? next : longest), '')
  const box = page.getByRole('search').getByRole('combobox')
  await box.fill(word)
  await box.press('Enter')
  await page.getByRole('main').getByRole('listbox').getByRole('option').first().click()
  await page.getByTestId('match-position').waitFor({ timeout: 5000 }).catch(() => undefined)
  await page.getByTestId('reader').getByRole('heading', { level: 2 }).click()
  return word
}

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
