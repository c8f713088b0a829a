/**
 * axe-core on every main screen, in both interface languages and both themes: no serious or critical finding.
 * `label-content-name-mismatch` (an accessible name must start with the visible label) is experimental in axe and
 * turned on here. Each screen's findings are attached to the test, for the record.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { MarsadCore } from '../../src/core'
import type { ApiMethod, ApiRequest, ApiResponse } from '../../src/shared/api'
import { dispatchApiCall } from '../../src/shared/dispatch'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

const DEMO_DUMP = resolve(__dirname, '../../src/renderer/src/features/import/demo/marsad-demo.jsonl')

/** Serious and critical findings on the page as it is now, one line per rule and element. */
async function seriousFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))
}

async function call<M extends ApiMethod>(core: MarsadCore, method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
  const envelope = await dispatchApiCall(core.handlers, method, request)
  if (!envelope.ok) throw new Error(envelope.error.message)
  return envelope.value as ApiResponse<M>
}

/** Tags, a saved search and a briefing over the demo stories, once they are imported. */
async function organise(core: MarsadCore): Promise<void> {
  const stories = core.library.stories.listOldestFirst(0, 20)
  await call(core, 'tagStories', { tags: ['الطقس/موجة حر'], query: 'الحر' })
  await call(core, 'tagStories', { tags: ['الاقتصاد'], storyIds: stories.slice(3, 5).map((story) => story.id) })
  await call(core, 'saveSearch', { name: 'موجة الحر', query: 'الحر' })
  await call(core, 'saveSearch', { name: 'الطاقة', query: 'الطاقة' })
  const briefing = await call(core, 'createBriefing', { title: 'موجز الأسبوع', subtitle: 'الطقس والاقتصاد', author: 'وحدة الرصد' })
  await call(core, 'addToBriefing', {
    briefingId: briefing.id,
    storyIds: stories.slice(0, 4).map((story) => story.id),
    comment: 'يستحق المتابعة'
  })
}

const names = {
  ar: {
    demo: 'جرّب مرصد على أخبار تجريبية',
    chart: 'الرسم البياني',
    compare: 'مقارنة التغطية',
    briefings: 'الموجزات',
    preview: 'معاينة',
    watched: 'المجلدات المراقَبة'
  },
  en: {
    demo: 'Try Marsad on demo stories',
    chart: 'Chart',
    compare: 'Compare coverage',
    briefings: 'Briefings',
    preview: 'Preview',
    watched: 'Watched folders'
  }
} as const

for (const language of ['ar', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every main screen passes axe-core with no serious or critical finding (${language}, ${colorScheme})`, async ({
      core,
      openMarsad
    }, testInfo) => {
      test.setTimeout(120_000)
      const name = names[language]
      const temp = makeTempDir('marsad-e2e-axe-')
      const findings: Record<string, string[]> = {}
      const check = async (screen: string) => {
        findings[screen] = await seriousFindings(page)
      }
      const page = await openMarsad({ language, colorScheme })
      try {
        await expect(page.getByTestId('story-count')).toBeVisible()
        await check('empty library')

        // The demo arrives as a picked file does; its summary is the import summary screen.
        await page.getByRole('button', { name: name.demo }).click()
        await expect(page.getByTestId('import-summary-totals')).toBeVisible()
        await check('import summary')
        expect(readFileSync(DEMO_DUMP, 'utf8')).toContain('موجة حر')
        await organise(core)
        const watched = resolve(temp.dir, 'inbox')
        mkdirSync(watched)
        core.watch.add(watched)

        const box = page.getByRole('search').getByRole('combobox')
        await box.fill('الحر')
        await box.press('Enter')
        const results = page.getByRole('listbox', { name: /Search results|نتائج البحث/ })
        await expect(results.getByRole('option').first()).toBeVisible()
        await check('search with results')

        await results.getByRole('option').first().click()
        await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toBeVisible()
        await check('reader')

        await page.getByTestId('reader').focus()
        await page.keyboard.press('t')
        await expect(page.getByRole('listbox').last()).toBeVisible()
        await check('tags (tag tree and picker)')
        await page.keyboard.press('Escape')

        await page.getByRole('button', { name: name.chart, exact: true }).click()
        await expect(page.getByTestId('trend-chart')).toBeVisible()
        await check('coverage chart')

        await page.getByRole('button', { name: name.compare }).click()
        await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible()
        await check('coverage compare')

        await page.getByRole('navigation').getByRole('button', { name: name.briefings }).click()
        await page.getByRole('main').getByText('موجز الأسبوع').click()
        await expect(page.getByRole('button', { name: name.preview })).toBeVisible()
        await check('briefing editor')
        await page.getByRole('button', { name: name.preview }).click()
        await expect(page.getByTestId('briefing-preview')).toBeVisible()
        await check('briefing preview')

        await page.getByRole('navigation').getByRole('button', { name: name.briefings }).click()
        await check('briefings list')

        await page.getByRole('button', { name: name.watched }).click()
        await expect(page.getByRole('listitem').filter({ hasText: watched })).toBeVisible()
        await check('watched folders')
      } finally {
        temp.cleanup()
      }
      const counts = Object.entries(findings).map(([screen, lines]) => `${screen}: ${lines.length}`)
      testInfo.annotations.push({ type: 'axe serious+critical per screen', description: counts.join('; ') })
      console.log(`axe ${language} ${colorScheme}: ${counts.join('; ')}`)
      expect(findings).toEqual(Object.fromEntries(Object.keys(findings).map((screen) => [screen, []])))
    })
  }
}
