/**
 * A coverage chart added from the search screen to a briefing's section, exported to PDF: the bars are on the page
 * (pdftoppm), with the caption and the query (pdftotext).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { hasPoppler, keepArtifact, pdfInfo, pdfText } from '../helpers/pdf'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { undoToast } from './steps'

const STORIES = [
  { title: 'مباحثات الحدود تبدأ في العاصمة', source: 'وكالة المرصد', date: '2024-01-10' },
  { title: 'جولة ثانية من مباحثات الحدود', source: 'وكالة المرصد', date: '2024-02-12' },
  { title: 'مباحثات الحدود تتعثر', source: 'النشرة', date: '2024-02-20' },
  { title: 'استئناف مباحثات الحدود', source: 'النشرة', date: '2024-02-27' },
  { title: 'مباحثات الحدود تقترب من اتفاق', source: 'وكالة المرصد', date: '2024-04-03' }
]

const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')

/** Pixels of a PPM (P6, as pdftoppm writes it) close to this colour. */
function pixelsNear(ppm: Buffer, [r, g, b]: [number, number, number]): number {
  // Header: P6, width, height, maxval, each followed by whitespace (no comments from pdftoppm).
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/)!
  let count = 0
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    if (Math.abs(ppm[at]! - r) < 24 && Math.abs(ppm[at + 1]! - g) < 24 && Math.abs(ppm[at + 2]! - b) < 24) count++
  }
  return count
}

test('a chart added from the search screen to a briefing is exported to PDF with its caption and query', async ({ core, openMarsad }) => {
  for (const story of STORIES) addStory(core.library, { ...story, body: `${story.title}. تفاصيل الخبر كما أوردها المراسل.` })
  const briefing = await core.handlers.createBriefing({ title: 'Border talks brief' })
  await core.handlers.addBriefingSection({ briefingId: briefing.id, heading: 'Coverage' })
  const page = await openMarsad({ language: 'en' })

  await searchBox(page).fill('مباحثات الحدود')
  await searchBox(page).press('Enter')
  await page.getByRole('button', { name: 'Chart' }).click()
  const chart = page.getByTestId('trend-chart')
  await expect(chart).toContainText('5 dated stories')

  await chart.getByRole('button', { name: 'Add to briefing…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add this chart to a briefing' })
  await expect(dialog.getByLabel('Briefing')).toHaveValue(String(briefing.id))
  await expect(dialog.getByLabel('Section')).toContainText('Coverage')
  await expect(dialog.getByLabel('Caption')).toHaveValue('مباحثات الحدود')
  await dialog.getByLabel('Caption').fill('Border talks coverage by month')
  await dialog.getByRole('button', { name: 'Add chart' }).click()
  await expect(chart.getByRole('status')).toHaveText('Chart added to «Border talks brief»')

  // The editor shows the section's chart.
  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Briefings' }).click()
  await page.getByRole('button', { name: /^Border talks brief/ }).click()
  await expect(page.getByTestId('briefing-section-chart')).toContainText('Chart: Border talks coverage by month')

  // The preview draws it as the export will: a bar for each month with stories (January, February, April).
  await page.getByRole('button', { name: 'Preview' }).click()
  const previewChart = page.getByTestId('briefing-preview-chart')
  await expect(previewChart).toBeVisible()
  await expect(previewChart.locator('rect[fill="#1f77b4"]')).toHaveCount(3 + 1) // and the legend's swatch
  await expect(page.getByTestId('briefing-preview')).toContainText('Border talks coverage by month')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: /^Export/ }).click()
  await page.getByRole('menuitem', { name: 'PDF' }).click()
  const pdf = readFileSync((await (await downloading).path())!)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')

  // Remove takes the chart out of the section again; its undo puts it back, caption and all.
  await page.getByTestId('briefing-section-chart').getByRole('button', { name: 'Remove chart' }).click()
  await expect(page.getByTestId('briefing-section-chart')).toHaveCount(0)
  expect((await core.handlers.getBriefing({ id: briefing.id })).sections[0]!.chart).toBeNull()
  await expect(undoToast(page)).toContainText('Removed the chart of the section «Coverage»')
  await undoToast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('briefing-section-chart')).toContainText('Chart: Border talks coverage by month')
  test.skip(!hasPoppler, 'poppler-utils (pdftotext, pdftoppm) is not installed')

  const file = keepArtifact('e2e-briefing-chart.pdf', pdf)
  const pages = Number(pdfInfo(file).Pages)
  const chartPage = Array.from({ length: pages }, (_, n) => n + 1).find((n) =>
    pdfText(file, { first: n, last: n }).includes('Border talks coverage by month')
  )
  expect(chartPage).toBeDefined()
  const text = pdfText(file, { first: chartPage, last: chartPage })
  expect(text).toContain('Query:')
  expect(text).toContain('مباحثات الحدود')

  // The bars, in the chart's first colour (#1f77b4), are drawn on that page and on no other.
  const dir = mkdtempSync(join(tmpdir(), 'marsad-chart-pdf-'))
  try {
    const colourOn = (n: number) => {
      execFileSync('pdftoppm', ['-r', '50', '-f', String(n), '-l', String(n), '-singlefile', file, join(dir, `page-${n}`)])
      return pixelsNear(readFileSync(join(dir, `page-${n}.ppm`)), [0x1f, 0x77, 0xb4])
    }
    expect(colourOn(chartPage!)).toBeGreaterThan(200)
    expect(colourOn(1)).toBe(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
