import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { fixture } from '../fixtures/dumps/readDumps'
import { addStory } from '../helpers/stories'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

/** Runs a search from the toolbar's search box, as an analyst does. */
async function search(page: Page, query: string): Promise<void> {
  const box = page.getByRole('search').getByRole('combobox')
  await box.fill(query)
  await box.press('Enter')
}

test.describe('the story reader', () => {
  test('in Arabic, dates take the short format in the list and the long one in the reader; a category code shows only among the raw fields', async ({
    core,
    openMarsad
  }) => {
    addStory(core.library, {
      title: 'قمة إقليمية لبحث الأمن الغذائي',
      body: 'اجتمع وزراء الزراعة لبحث الأمن الغذائي في المنطقة.',
      source: 'وكالة الأنباء',
      date: '2024-02-04',
      dateText: '04/02/2024 10:15',
      category: 'internationalNews'
    })
    const page = await openMarsad({ language: 'ar' })
    const row = page.getByRole('main').getByRole('option').first()
    await expect(row).toContainText('4 فبراير 2024')
    await expect(row).not.toContainText('2024-02-04')
    await row.click()
    const reader = page.getByTestId('reader')
    const facts = reader.locator('.story-meta__facts')
    await expect(facts).toContainText('الأحد، 4 فبراير 2024')
    await expect(facts).not.toContainText('internationalNews')

    await reader.getByText('الحقول كما وردت في الملف').click()
    const raw = reader.getByRole('group').filter({ hasText: 'الحقول كما وردت في الملف' })
    await expect(raw.getByRole('definition').filter({ hasText: 'internationalNews' })).toBeVisible()
    await expect(raw.getByRole('definition').filter({ hasText: '04/02/2024 10:15' })).toBeVisible()
  })

  test('opened from a search, every occurrence is marked as written (harakat, tatweel, Persian letters) and next/previous move between them', async ({
    core,
    openMarsad
  }) => {
    const title = 'كُوريـــا الشمالية تطلق صاروخًا جديدًا'
    addStory(core.library, {
      title,
      body: [
        'قالت وزارة الدفاع إن كوريا أطلقت الصاروخ فجرًا.',
        'The ministry said North Korea gave no warning.',
        'وأضاف المتحدث أن کوریا لم تبلغ جيرانها، وإن كُوريـا الجنوبية رفعت حالة التأهب.'
      ].join('\n'),
      source: 'وكالة الأنباء',
      date: '2024-02-04'
    })
    addStory(core.library, { title: 'أسعار النفط ترتفع', body: 'ارتفعت أسعار النفط في الأسواق العالمية.', date: '2024-02-05' })

    const page = await openMarsad({ language: 'ar' })
    await search(page, 'كوريا')
    await page.getByRole('main').getByRole('option').filter({ hasText: 'الشمالية تطلق' }).click()

    const reader = page.getByTestId('reader')
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title)
    await expect(reader.locator('mark')).toHaveText(['كُوريـــا', 'كوريا', 'کوریا', 'كُوريـا'])
    // Mixed lines: every paragraph takes its own direction.
    await expect(reader.getByText('The ministry said North Korea gave no warning.')).toHaveAttribute('dir', 'auto')

    const position = reader.getByTestId('match-position')
    const current = reader.locator('mark.reader-mark--current')
    await expect(position).toHaveText('1 من 4')
    await expect(current).toHaveText('كُوريـــا')

    await page.keyboard.press('F3')
    await expect(position).toHaveText('2 من 4')
    await expect(current).toHaveText('كوريا')

    await reader.getByRole('button', { name: 'الموضع التالي (F3)' }).click()
    await expect(position).toHaveText('3 من 4')
    await expect(current).toHaveText('کوریا')
    await expect(current).toBeInViewport()

    await reader.getByRole('button', { name: 'الموضع التالي (F3)' }).click()
    await reader.getByRole('button', { name: 'الموضع التالي (F3)' }).click()
    await expect(position).toHaveText('1 من 4')

    await page.keyboard.press('Shift+F3')
    await expect(position).toHaveText('4 من 4')
    await expect(current).toHaveText('كُوريـا')
    await reader.getByRole('button', { name: 'الموضع السابق (Shift+F3)' }).click()
    await expect(position).toHaveText('3 من 4')
  })

  test('shows source, the day and the date as written, a link to the original page, and every file the story came from', async ({
    core,
    openMarsad
  }) => {
    const temp = makeTempDir('marsad-reader-')
    try {
      // The same dump twice under two names (one line differs, so it is not the same file): its stories are seen twice.
      const original = temp.file('records-mixed.txt')
      const copy = temp.file('records-again.txt')
      writeFileSync(original, readFileSync(fixture('records-mixed.txt')))
      writeFileSync(copy, `${readFileSync(fixture('records-mixed.txt'), 'utf8')}\n`)
      core.imports.start({ paths: [original] })
      await core.imports.idle()
      core.imports.start({ paths: [copy] })
      await core.imports.idle()
      addStory(core.library, { title: 'رابط مريب', body: 'خبر يحمل عنوانًا ليس رابط ويب.', url: 'javascript:alert(1)' })

      const page = await openMarsad({ language: 'en' })
      await page.getByRole('main').getByRole('option').filter({ hasText: 'Local team wins the regional cup' }).click()
      const reader = page.getByTestId('reader')
      await expect(reader.getByText('Sports Daily')).toBeVisible()
      await expect(reader.getByText('Sunday, March 5, 2023')).toBeVisible()
      await expect(reader.getByText('written “\u2068March 5, 2023\u2069”')).toBeVisible()
      const originalPage = reader.getByRole('link', { name: /Original page/ })
      await expect(originalPage).toHaveAttribute('href', 'https://news.example/sport/cup')
      await expect(originalPage).toHaveAttribute('rel', 'noopener noreferrer')
      // The link opens through the API (the app's main process looks the address up and hands it to the system
      // browser); a browser page has no system browser to hand it to, and says so instead of navigating away.
      await originalPage.click()
      await expect(reader.getByRole('alert')).toHaveText(
        'The page could not be opened in the browser. Links open in the system browser only from the Marsad app.'
      )
      await expect(reader.getByRole('heading', { level: 2 })).toHaveText('Local team wins the regional cup')

      const provenance = reader.getByRole('region', { name: 'Where it came from' })
      await expect(provenance).toContainText(`Imported from${original} (story 2 in the file)`)
      await expect(provenance).toContainText(`Also seen in${copy} (story 2 in the file)`)

      await page.getByRole('main').getByRole('option').filter({ hasText: 'رابط مريب' }).click()
      await expect(reader.getByRole('heading', { level: 2 })).toHaveText('رابط مريب')
      await expect(reader.getByText('javascript:alert(1)')).toBeVisible()
      await expect(reader.getByRole('link', { name: /javascript/ })).toHaveCount(0)
    } finally {
      temp.cleanup()
    }
  })
})
