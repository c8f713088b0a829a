/**
 * `npm run screenshots -- --library FILE --out DIR [--only NAME…]`: renders each screen of the app in headless Chromium over
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
      await reader
        .locator('.neighbourhood summary')
        .first()
        .click({ timeout: 5000 })
        .catch(() => undefined)
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
      await page
        .getByRole('dialog')
        .getByRole('option')
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  {
    name: 'reader-dark',
    show: async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await openFromSearch(page)
    }
  },
  // Search: suggestions while typing; three results selected with the tag picker open (T), also in the dark theme;
  // the date range; the tag tree and a saved search; a query that cannot be read; "did you mean"; batch search.
  {
    name: 'search-suggestions',
    show: async (page) => {
      const word = await openFromSearch(page)
      await page.getByRole('search').getByRole('combobox').fill(word.slice(0, 3))
      // Recent searches show at once; the library's own suggestions follow when typing pauses.
      const suggestions = page.getByRole('listbox', { name: /Suggestions|اقتراحات/ })
      await suggestions
        .getByRole('group')
        .nth(1)
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  { name: 'search-bulk-tag', show: (page) => selectResultsAndTag(page) },
  {
    name: 'search-bulk-tag-dark',
    show: async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await selectResultsAndTag(page)
    }
  },
  {
    name: 'search-date-range',
    show: async (page) => {
      await openFromSearch(page)
      await page.getByRole('button', { name: /^(Date range|نطاق التاريخ)/ }).click()
    }
  },
  {
    name: 'search-saved-and-tags',
    show: async (page) => {
      await openFromSearch(page)
      const save = page.getByRole('button', { name: /^(Save search|احفظ البحث)$/ })
      if (await save.count()) {
        await save.click()
        await page
          .getByRole('dialog')
          .getByRole('button', { name: /^(Save|حفظ)$/ })
          .click()
      }
      const subtags = page.getByRole('button', { name: /^(Subtags of|الوسوم الفرعية)/ })
      if (await subtags.count()) await subtags.first().click()
    }
  },
  {
    name: 'search-invalid-query',
    show: async (page) => {
      const box = page.getByRole('search').getByRole('combobox')
      await box.fill('كوريا NEAR(الشمالية')
      await box.press('Enter')
      await page
        .getByRole('search')
        .getByRole('alert')
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  {
    name: 'search-did-you-mean',
    show: async (page) => {
      const word = await openFromSearch(page)
      const box = page.getByRole('search').getByRole('combobox')
      await box.fill(word.slice(0, 3) + word.slice(2)) // a letter typed twice
      await box.press('Enter')
    }
  },
  {
    name: 'search-batch',
    show: async (page) => {
      const word = await openFromSearch(page)
      await page.getByRole('button', { name: /^(Batch search|بحث جماعي)$/ }).click()
      await page.getByRole('main').getByRole('textbox').fill(`${word}\n${word} OR كوريا\nNEAR(${word})`)
      await page.getByRole('button', { name: /^(Run|تنفيذ)$/ }).click()
      await page
        .getByRole('status')
        .filter({ hasText: /\d/ })
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  // Briefings (the library needs one: `marsad briefing create` and `add`): the list; the editor on the cover, on an
  // item (comment, excerpt, the story), in the dark theme; the preview; Export ▾; Add to briefing ▾ (B) in the reader.
  { name: 'briefings', show: (page) => openBriefings(page) },
  { name: 'briefing-cover', show: (page) => openFirstBriefing(page) },
  {
    name: 'briefing-item',
    show: async (page) => {
      await openFirstBriefing(page)
      await page.locator('.briefing-item__open').first().click()
    }
  },
  {
    name: 'briefing-item-dark',
    show: async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' })
      await openFirstBriefing(page)
      await page.locator('.briefing-item__open').first().click()
    }
  },
  {
    name: 'briefing-preview',
    show: async (page) => {
      await openFirstBriefing(page)
      await page.getByRole('button', { name: /^(Preview|معاينة)$/ }).click()
      await page
        .getByTestId('briefing-preview')
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  {
    name: 'briefing-export-menu',
    show: async (page) => {
      await openFirstBriefing(page)
      await page.getByRole('button', { name: /^(Export|تصدير)/ }).click()
    }
  },
  {
    name: 'briefing-add-to',
    show: async (page) => {
      await openFirstStory(page)
      await page.keyboard.press('b')
      await page
        .getByRole('dialog')
        .waitFor({ timeout: 5000 })
        .catch(() => undefined)
    }
  },
  // Clusters: the largest group of copies found in the library, unfolded in the results, and one copy in the reader
  // with what its outlet added or cut.
  { name: 'clusters', show: (page) => showCopies(page) }
]

/** Searches the title of the first story that has copies, unfolds "carried by N outlets", opens a copy's differences. */
async function showCopies(page: Page): Promise<void> {
  await page.getByTestId('story-count').waitFor()
  const title = await page.evaluate(async () => {
    const clusters = await window.marsad.listClusters({ minSize: 2 })
    if (!clusters.ok || clusters.value.length === 0) return null
    const story = await window.marsad.getStory({ id: clusters.value[0]!.first })
    return story.ok ? story.value.title : null
  })
  if (!title) return
  const box = page.getByRole('search').getByRole('combobox')
  await box.fill(`title:"${title}"`)
  await box.press('Enter')
  const row = page.getByRole('main').getByRole('option').first()
  await row
    .getByRole('button', { name: /carried by|نشرته/ })
    .click({ timeout: 5000 })
    .catch(() => undefined)
  await row.click()
  const copies = page.getByTestId('story-copies')
  await copies
    .getByRole('button', { name: /Show differences|أظهر الفروق/ })
    .last()
    .click({ timeout: 5000 })
    .catch(() => undefined)
  await copies.scrollIntoViewIfNeeded().catch(() => undefined)
}

async function openBriefings(page: Page): Promise<void> {
  await page.getByTestId('story-count').waitFor()
  await page.getByRole('button', { name: /^(Briefings|الموجزات)$/ }).click()
  await page
    .getByTestId('briefing-row')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined)
}

async function openFirstBriefing(page: Page): Promise<void> {
  await openBriefings(page)
  await page.locator('.briefings__open').first().click()
  await page
    .getByRole('navigation', { name: /^(Sections and stories|الأقسام والأخبار)$/ })
    .waitFor({ timeout: 5000 })
    .catch(() => undefined)
}

/** Searches, selects the first three results (click, Shift+click) and opens the bulk tag picker with T. */
async function selectResultsAndTag(page: Page): Promise<void> {
  await openFromSearch(page)
  const rows = page.getByRole('main').getByRole('listbox').getByRole('option')
  await rows.first().click()
  if ((await rows.count()) > 2) await rows.nth(2).click({ modifiers: ['Shift'] })
  await page.keyboard.press('t')
  await page
    .getByRole('main')
    .getByRole('dialog')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined)
}

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
  await page
    .getByTestId('match-position')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined)
  await page.getByTestId('reader').getByRole('heading', { level: 2 }).click()
  return word
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      library: { type: 'string' },
      out: { type: 'string', default: 'artifacts/screenshots' },
      only: { type: 'string', multiple: true }
    }
  })
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
      for (const screen of screens.filter((candidate) => !values.only || values.only.includes(candidate.name))) {
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
