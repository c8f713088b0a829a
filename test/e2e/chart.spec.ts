/**
 * The coverage chart of a search: drawn from the core's counts per period, split by source on request, and
 * dragged across to narrow the search to those dates.
 */
import type { Page } from '@playwright/test'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'

/** Invented coverage of border talks by two outlets over four months, and unrelated news. */
const STORIES = [
  { title: 'مباحثات الحدود تبدأ في العاصمة', source: 'وكالة المرصد', date: '2024-01-10' },
  { title: 'جولة ثانية من مباحثات الحدود', source: 'وكالة المرصد', date: '2024-02-12' },
  { title: 'مباحثات الحدود تتعثر', source: 'النشرة', date: '2024-02-20' },
  { title: 'استئناف مباحثات الحدود', source: 'النشرة', date: '2024-02-27' },
  { title: 'مباحثات الحدود تقترب من اتفاق', source: 'وكالة المرصد', date: '2024-04-03' },
  { title: 'أسعار الذهب ترتفع', source: 'النشرة', date: '2024-03-06' }
]

const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')
const resultCount = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).first()

test("a search's coverage is charted per month and per source, and dragging across it narrows the search", async ({ core, openMarsad }) => {
  for (const story of STORIES) addStory(core.library, { ...story, body: `${story.title}. تفاصيل الخبر كما أوردها المراسل.` })
  const page = await openMarsad({ language: 'en' })
  await searchBox(page).fill('مباحثات الحدود')
  await searchBox(page).press('Enter')
  await expect(resultCount(page)).toHaveText('5 results')

  await page.getByRole('button', { name: 'Chart' }).click()
  const chart = page.getByTestId('trend-chart')
  await expect(chart.locator('canvas')).toBeVisible()
  await expect(chart).toContainText('5 dated stories')
  // The counts behind the lines, for screen readers too: January 1, February 3, March 0, April 1.
  await expect(chart.locator('table tr')).toHaveCount(4)
  await expect(chart.locator('table tr').nth(1)).toContainText('3')

  await chart.getByRole('button', { name: 'By source' }).click()
  await expect(chart.locator('.u-legend')).toContainText('وكالة المرصد')
  await expect(chart.locator('.u-legend')).toContainText('النشرة')

  // The axis runs from January 1 to April 1: dragging from early February to early March keeps those two months.
  const plot = await chart.locator('.u-over').boundingBox()
  const x = (fraction: number) => plot!.x + plot!.width * fraction
  await page.mouse.move(x(0.4), plot!.y + plot!.height / 2)
  await page.mouse.down()
  await page.mouse.move(x(0.75), plot!.y + plot!.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect(searchBox(page)).toHaveValue('مباحثات الحدود')
  await expect(page.getByRole('search').getByRole('list').locator('bdi')).toHaveText(['date:2024-02-01..2024-03-31'])
  await expect(resultCount(page)).toHaveText('3 results')
  await expect(chart).toContainText('3 dated stories')
})

test('saved searches are compared over the same months, each with its share of the coverage', async ({ core, openMarsad }) => {
  for (const story of STORIES) addStory(core.library, { ...story, body: `${story.title}. تفاصيل الخبر كما أوردها المراسل.` })
  const page = await openMarsad({ language: 'en' })
  for (const [name, query] of [
    ['Border talks', 'مباحثات الحدود'],
    ['Gold', 'الذهب']
  ] as const) {
    const saved = await page.evaluate(([name, query]) => window.marsad.saveSearch({ name, query }), [name, query] as const)
    expect(saved.ok).toBe(true)
  }
  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Compare coverage' }).click()
  const view = page.getByTestId('coverage-comparison')
  await expect(view.locator('canvas')).toBeVisible()
  const shares = view.getByRole('list', { name: 'Share of the coverage' }).getByRole('listitem')
  await expect(shares).toHaveText([/^Border talks 83% \(5 stories\)$/, /^Gold 17% \(1 story\)$/])

  // Leaving one out compares the rest; a name opens its search.
  await view.getByRole('checkbox', { name: 'Gold' }).uncheck()
  await expect(shares).toHaveText([/^Border talks 100% \(5 stories\)$/])
  await shares.getByRole('button', { name: 'Border talks' }).click()
  await expect(page.getByRole('search').getByRole('combobox')).toHaveValue('مباحثات الحدود')
})
