import type { Page } from '@playwright/test'
import type { MarsadCore } from '../../src/core'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { search } from './steps'

const SOURCES = ['وكالة سول', 'النشرة الآسيوية', 'صحيفة الشرق', 'إذاعة المحيط', 'قناة الخليج', 'موقع الأخبار']
const SIZES = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, atLeast: 8 },
  { name: '1024×640', viewport: { width: 1024, height: 640 }, atLeast: 5 }
] as const

/** Forty stories about Korea over six sources and eight months, with tags, long enough for full snippets. */
async function seedLibrary(core: MarsadCore): Promise<void> {
  for (let index = 0; index < 40; index++) {
    const month = String((index % 8) + 1).padStart(2, '0')
    addStory(core.library, {
      title: `كوريا الجنوبية تبحث مع جيرانها ملف التجارة والطاقة في جولة رقم ${index + 1}`,
      source: SOURCES[index % SOURCES.length]!,
      date: `2024-${month}-1${index % 9}`,
      body:
        `قالت مصادر رسمية إن وفد كوريا الجنوبية ناقش ملفات التجارة والطاقة والأمن الإقليمي في الجولة ${index + 1}، ` +
        'وإن المحادثات ستستأنف الشهر المقبل في العاصمة بعد مشاورات موسعة مع الشركاء في المنطقة حول سلاسل الإمداد والاستثمار.'
    })
  }
  await core.handlers.tagStories({ tags: ['آسيا/كوريا الجنوبية'], query: 'جولة' })
  await core.handlers.tagStories({ tags: ['اقتصاد'], query: 'التجارة' })
}

/** Result rows wholly inside the window and inside the list's own scrolling box: what the analyst can read without scrolling. */
async function resultRowsInView(page: Page): Promise<number> {
  return page.getByRole('listbox', { name: /Search results|نتائج البحث/ }).evaluate((list) => {
    const box = list.getBoundingClientRect()
    const top = Math.max(box.top, 0)
    const bottom = Math.min(box.bottom, window.innerHeight)
    return [...list.querySelectorAll('[role="option"]')].filter((row) => {
      const rect = row.getBoundingClientRect()
      return rect.height > 0 && rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5
    }).length
  })
}

async function searchAndOpenFirst(page: Page): Promise<void> {
  await search(page, 'كوريا')
  const rows = page.getByRole('listbox').first().getByRole('option')
  await rows.first().click()
  await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toBeVisible()
}

test.describe('triage at the sizes analysts work at', () => {
  for (const size of SIZES) {
    for (const language of ['ar', 'en'] as const) {
      test(`at ${size.name} (${language}), at least ${size.atLeast} results show beside an open story, and the month facet is in view`, async ({
        core,
        openMarsad
      }, testInfo) => {
        await seedLibrary(core)
        const page = await openMarsad({ language, viewport: size.viewport })
        await searchAndOpenFirst(page)
        await expect.poll(() => resultRowsInView(page)).toBeGreaterThanOrEqual(size.atLeast)
        await testInfo.attach(`layout-${size.name}-${language}`, { body: await page.screenshot(), contentType: 'image/png' })

        // The month facet is one click away, and its months open in view.
        const facets = page.getByRole('region', { name: /Filter the results|تصفية النتائج/ })
        const month = facets.getByRole('button', { name: /Month|الشهر/ })
        await expect(month).toBeInViewport()
        await month.click()
        const august = page.getByRole('dialog', { name: /Month|الشهر/ }).getByRole('button', { name: /Aug 2024|أغسطس 2024/ })
        await expect(august).toBeInViewport()
        await august.click()
        // The filter is shown as a chip beside the typed words, which stay as typed.
        await expect(page.getByRole('search').getByRole('combobox')).toHaveValue('كوريا')
        await expect(page.getByRole('search').getByRole('button', { name: 'date:2024-08' })).toBeVisible()
      })
    }
  }

  test('the splitter between the results and the story moves by dragging and by the keyboard, and is remembered', async ({
    core,
    openMarsad
  }) => {
    await seedLibrary(core)
    const page = await openMarsad({ language: 'en', viewport: { width: 1280, height: 800 } })
    await searchAndOpenFirst(page)
    const splitter = page.getByRole('separator', { name: 'Resize the results and the story' })
    const listWidth = () => page.getByRole('main').evaluate((element) => element.getBoundingClientRect().width)
    const before = await listWidth()

    // Dragging towards the reader widens the results.
    const handle = (await splitter.boundingBox())!
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
    await page.mouse.down()
    await page.mouse.move(handle.x + handle.width / 2 + 120, handle.y + handle.height / 2, { steps: 5 })
    await page.mouse.up()
    await expect.poll(listWidth).toBeGreaterThan(before + 80)
    const dragged = await listWidth()

    // The keyboard moves it too (here towards the list: narrower results), and says where it is.
    await splitter.focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(listWidth).toBeLessThan(dragged - 20)
    const kept = Math.round(await listWidth())
    await expect(splitter).toHaveAttribute('aria-valuenow', /\d+/)

    // Remembered across a restart of the window.
    await page.reload()
    await searchAndOpenFirst(page)
    await expect.poll(async () => Math.round(await listWidth())).toBe(kept)
  })

  test('in Arabic the splitter follows the mirrored layout: → moves it towards the results', async ({ core, openMarsad }) => {
    await seedLibrary(core)
    const page = await openMarsad({ language: 'ar', viewport: { width: 1280, height: 800 } })
    await searchAndOpenFirst(page)
    const splitter = page.getByRole('separator', { name: 'تغيير عرض النتائج والخبر' })
    const listWidth = () => page.getByRole('main').evaluate((element) => element.getBoundingClientRect().width)
    const before = await listWidth()
    await splitter.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(listWidth).toBeLessThan(before - 20)
  })

  test('the keyboard cursor row looks different from the focus ring of the list', async ({ core, openMarsad }) => {
    await seedLibrary(core)
    const page = await openMarsad({ language: 'en', viewport: { width: 1280, height: 800 } })
    const box = page.getByRole('search').getByRole('combobox')
    await box.fill('كوريا')
    await box.press('Enter')
    const list = page.getByRole('listbox', { name: 'Search results' })
    await expect(list.getByRole('option').first()).toBeVisible()
    await box.press('ArrowDown')
    await expect(list).toBeFocused()
    await page.keyboard.press('ArrowDown')
    const cursor = list.locator('.search-result--cursor')
    await expect(cursor).toHaveCount(1)
    const ring = (element: Element) => {
      const style = getComputedStyle(element)
      return `${style.outlineStyle} ${style.outlineColor} ${style.outlineWidth} ${style.backgroundColor}`
    }
    const listRing = await list.evaluate(ring)
    const cursorLook = await cursor.evaluate(ring)
    const otherRow = await list.locator('.search-result:not(.search-result--cursor):not(.search-result--open)').first().evaluate(ring)
    expect(cursorLook).not.toBe(listRing)
    expect(cursorLook).not.toBe(otherRow)
    // Not the same line drawn twice: the cursor's outline differs in style from the list's ring.
    expect(cursorLook.split(' ')[0]).not.toBe(listRing.split(' ')[0])
  })
})
