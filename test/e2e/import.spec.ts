import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { fixture } from '../fixtures/dumps/readDumps'
import { makeZip } from '../fixtures/dumps/zipWriter'
import { bigJsonLines, dropFiles } from './dropFiles'
import { expect, test } from './fixtures'

const SEED = join(__dirname, '../../../shared/data/dumps/seed/seed-news-dump.txt')

test('dropping dumps imports them with progress, a summary naming the broken file, and the new stories listed', async ({
  core,
  openMarsad
}) => {
  const page = await openMarsad({ language: 'en' })
  await expect(page.getByTestId('story-count')).toHaveText('0 stories')

  const seed = existsSync(SEED)
    ? { name: 'seed-news-dump.txt', bytes: readFileSync(SEED), stories: 2 }
    : { name: 'page-read-also.txt', bytes: readFileSync(fixture('page-read-also.txt')), stories: 3 }
  const arabicPage =
    'الحكومة تعلن ميزانية جديدة\nتاريخ النشر: 4 شباط/فبراير 2024\nأعلنت الحكومة اليوم ميزانية العام المقبل.\nالمصدر: وكالة الأنباء\n'
  // Watched from inside the page at every frame: the progress line may show for only a second or two.
  const progressShown = page.waitForFunction(
    () => /Importing.*stories.*\/s/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? ''),
    null,
    { polling: 'raf', timeout: 60_000 }
  )
  await dropFiles(page, [
    seed,
    { name: 'archive-1256.txt', bytes: iconv.encode(arabicPage, 'windows-1256') },
    { name: 'bundle.zip', bytes: makeZip([{ name: 'inner/stories.jsonl', data: readFileSync(fixture('stories.jsonl')) }]) },
    { name: 'broken.json', bytes: Buffer.from('{"articles": [{"title": "نصف') },
    { name: 'big.jsonl', bytes: bigJsonLines(6000) }
  ])

  await progressShown

  const summary = page.getByTestId('import-summary')
  await expect(summary).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('import-status')).toBeHidden()
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Import finished')
  const added = core.library.stories.count()
  expect(added).toBeGreaterThan(6000)
  await expect(page.getByTestId('import-summary-totals')).toContainText(`${added.toLocaleString('en')} stories added`)
  await expect(page.getByTestId('import-summary-totals')).toContainText('1 file failed')
  await expect(summary.getByText(/broken\.json: .*JSON/)).toBeVisible()
  await expect(summary.getByText(`${seed.name}: ${seed.stories} new`)).toBeVisible()
  await expect(summary.getByText('archive-1256.txt: 1 new')).toBeVisible()
  await expect(summary.getByText(/bundle\.zip › inner\/stories\.jsonl: \d+ new/)).toBeVisible()

  await summary.getByRole('button', { name: 'Show the new stories' }).click()
  await expect(summary).toBeHidden()
  await expect(page.getByRole('heading', { name: 'Stories added by this import' })).toBeVisible()
  await expect(page.getByRole('option').first()).toBeVisible()
  await expect(page.getByRole('option').first()).toContainText('تقرير اقتصادي رقم 5999')
  await expect(page.getByTestId('story-count')).toHaveText(`${added.toLocaleString('en')} stories`)

  await page.getByRole('button', { name: 'Imports' }).click()
  await expect(page.getByText(/broken\.json/)).toBeVisible()
})

test('an import can be cancelled; the Arabic interface explains a failed file in Arabic', async ({ core, openMarsad }) => {
  const page = await openMarsad({ language: 'ar' })
  await dropFiles(page, [
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    { name: 'huge.jsonl', bytes: bigJsonLines(60_000) }
  ])
  await expect(page.getByTestId('import-status')).toBeVisible()
  await page.getByTestId('import-status').getByRole('button', { name: 'إلغاء' }).click()
  const summary = page.getByTestId('import-summary')
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('أُلغي الاستيراد', { timeout: 60_000 })
  await expect(summary.getByText('empty.txt: الملف فارغ.')).toBeVisible()
  await expect(summary.getByText(/huge\.jsonl: أُلغي الاستيراد قبل اكتمال هذا الملف/)).toBeVisible()
  expect(core.library.stories.count()).toBe(0)
  await page.keyboard.press('Escape')
  await expect(summary).toBeHidden()
})
