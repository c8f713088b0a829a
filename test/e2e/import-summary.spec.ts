import { readFileSync } from 'node:fs'
import { crawlRecords } from '../fixtures/dumps/crawl'
import { fixture } from '../fixtures/dumps/readDumps'
import { warcFile } from '../fixtures/dumps/warcWriter'
import { bigJsonLines, dropFiles } from './dropFiles'
import { expect, test } from './fixtures'

/** A small JSON Lines dump of its own stories, numbered apart from every other file's. */
function smallDump(file: number): Buffer {
  const lines = [0, 1].map((i) =>
    JSON.stringify({ title: `خبر ${file}-${i}`, body: `نص الخبر رقم ${i} من الملف ${file} عن الأسواق المحلية.`, source: 'النشرة' })
  )
  return Buffer.from(lines.join('\n'))
}

test('the summary counts failures at the top and lists them first, and gives a file of known stories its row', async ({
  core,
  openMarsad
}) => {
  const page = await openMarsad({ language: 'en' })
  const stories = readFileSync(fixture('stories.jsonl'))
  await dropFiles(page, [{ name: 'first.jsonl', bytes: stories }])
  const summary = page.getByTestId('import-summary')
  await expect(summary.getByText('first.jsonl:')).toBeVisible({ timeout: 60_000 })
  const known = core.library.stories.count()
  await summary.getByRole('button', { name: 'Close' }).click()

  // Twelve good files, then one broken, then the first file's stories again in other bytes (CRLF line ends).
  const good = Array.from({ length: 12 }, (_, i) => ({ name: `good-${String(i).padStart(2, '0')}.jsonl`, bytes: smallDump(i) }))
  await dropFiles(page, [
    ...good,
    { name: 'zz-broken.json', bytes: Buffer.from('{"articles": [{"title": "نصف') },
    { name: 'zz-again.jsonl', bytes: Buffer.from(stories.toString('utf8').replace(/\n/g, '\r\n')) }
  ])

  await expect(summary.getByText('zz-again.jsonl:')).toBeVisible({ timeout: 60_000 })
  await expect(page.getByTestId('import-summary-failed')).toHaveText('Files not imported: 1 (listed first)')
  // The failures are the first list; the broken file is not a red line after twelve successes.
  const firstList = summary.getByRole('list').first()
  await expect(firstList.getByRole('listitem')).toHaveCount(1)
  await expect(firstList).toContainText(/zz-broken\.json: .*JSON/)
  await expect(page.getByTestId('import-summary-failed-files').getByRole('heading')).toHaveText('Not imported (1)')
  await expect(page.getByTestId('import-summary-added-files').getByRole('listitem')).toHaveCount(12)
  await expect(page.getByTestId('import-summary-known-files').getByRole('heading')).toHaveText('Already in the library (1)')
  await expect(page.getByTestId('import-summary-known-files')).toContainText(
    `zz-again.jsonl: already in the library; nothing new (stories: ${known})`
  )
  expect(core.library.stories.count()).toBe(known + 24)
})

test('progress shows files done of files found and the stories read so far from the big file being read', async ({ openMarsad }) => {
  const page = await openMarsad({ language: 'ar' })
  // Seen from inside the page at every frame: each line may show for a moment only.
  const filesOfFound = page.waitForFunction(
    () => /الملفات: \d+ من 3 /.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? ''),
    null,
    { polling: 'raf', timeout: 60_000 }
  )
  const bigFileStories = page.waitForFunction(
    () => /^big\.jsonl: قُرئ منه [\d,]+$/.test(document.querySelector('[data-testid="import-current-file"]')?.textContent ?? ''),
    null,
    { polling: 'raf', timeout: 60_000 }
  )
  await dropFiles(page, [
    { name: 'a.jsonl', bytes: smallDump(1) },
    { name: 'big.jsonl', bytes: bigJsonLines(40_000) },
    { name: 'c.jsonl', bytes: smallDump(2) }
  ])
  await filesOfFound
  await bigFileStories
  await expect(page.getByTestId('import-summary').getByRole('heading', { level: 2 })).toHaveText('اكتمل الاستيراد', { timeout: 60_000 })
})

test("a web archive's row says what was passed over beside its pages", async ({ openMarsad }) => {
  const page = await openMarsad({ language: 'en' })
  await dropFiles(page, [{ name: 'crawl.warc.gz', bytes: warcFile(crawlRecords('1.1'), 'per-record') }])
  const row = page.getByTestId('import-summary-added-files').getByRole('listitem')
  await expect(row).toContainText('crawl.warc.gz: 3 new', { timeout: 60_000 })
  await expect(row).toContainText(
    'passed over (not pages): requests: 2, metadata: 2, images, styles, scripts and other files: 1, redirects and errors: 1, other records: 1'
  )
})

/** An export whose header names no column Marsad knows (German names), with its own stories. */
function unknownExport(first: number): Buffer {
  const rows = [first, first + 1].map(
    (n) => `"Schlagzeile ${n}","Der Text der Meldung ${n}, lang genug für einen Artikel.",2024-02-0${n},Agentur ${n}`
  )
  return Buffer.from(['Kopf,Inhalt,Tag,Quelle', ...rows].join('\n'))
}

test('the analyst maps the columns of an export Marsad did not recognise; the file imports whole, and the next one like it by itself', async ({
  core,
  openMarsad
}) => {
  const page = await openMarsad({ language: 'en' })
  await dropFiles(page, [
    { name: 'export.csv', bytes: unknownExport(1) },
    { name: 'other.jsonl', bytes: smallDump(7) }
  ])
  const summary = page.getByTestId('import-summary')
  const failed = page.getByTestId('import-summary-failed-files')
  await expect(failed).toContainText('export.csv: no column of the header ("Kopf", "Inhalt", "Tag", "Quelle")', { timeout: 60_000 })
  expect(core.library.stories.count()).toBe(2)

  await failed.getByRole('button', { name: 'Choose the columns…' }).click()
  const submit = failed.getByRole('button', { name: 'Import the file with these columns' })
  await expect(submit).toBeDisabled()
  await failed.getByLabel('Title').selectOption('Kopf')
  await failed.getByLabel('Text').selectOption('Inhalt')
  await failed.getByLabel('Date').selectOption('Tag')
  // From the keyboard: focus the source's list, pick its last column.
  await failed.getByLabel('Source').focus()
  await page.keyboard.press('End')
  await expect(failed.getByLabel('Source')).toHaveValue('Quelle')
  await submit.click()

  await expect(page.getByTestId('import-summary-added-files')).toContainText('export.csv: 2 new', { timeout: 60_000 })
  await expect(page.getByTestId('import-summary-failed')).toBeHidden()
  const imported = core.library.stories.listNewestFirst(0, 10).find((story) => story.title === 'Schlagzeile 1')
  expect(imported).toMatchObject({ date: '2024-02-01', source: 'Agentur 1' })

  // A later export with the same header is read by the columns chosen.
  await summary.getByRole('button', { name: 'Close' }).click()
  await dropFiles(page, [{ name: 'next-export.csv', bytes: unknownExport(3) }])
  await expect(page.getByTestId('import-summary-added-files')).toContainText('next-export.csv: 2 new', { timeout: 60_000 })
  expect(core.library.stories.count()).toBe(6)
})

test('the Arabic interface says in Arabic which columns an unrecognised export has', async ({ openMarsad }) => {
  const page = await openMarsad({ language: 'ar' })
  await dropFiles(page, [{ name: 'export.csv', bytes: unknownExport(1) }])
  const failed = page.getByTestId('import-summary-failed-files')
  await expect(failed).toContainText('export.csv: لا عمود للعنوان أو للنص يعرفه مرصد بين أعمدة الملف («Kopf»، «Inhalt»، «Tag»، «Quelle»)', {
    timeout: 60_000
  })
  await failed.getByRole('button', { name: 'حدّد الأعمدة…' }).click()
  await expect(failed.getByLabel('العنوان')).toBeVisible()
})
