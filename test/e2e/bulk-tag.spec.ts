import type { Page } from '@playwright/test'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { undoToast } from './steps'

const KOREA_TITLES = [
  'كوريا الشمالية تطلق صاروخا باليستيا',
  'محادثات بين الكوريتين في بانمونجوم بشأن كوريا',
  'عقوبات جديدة على كوريا الشمالية',
  'زعيم كوريا الشمالية يزور مصنعا للذخيرة'
]

const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Actions on the selected stories' })
/** Tag chips on the result rows (the tag tree and the facets show tag names too). */
const chips = (page: Page, tag: string) => results(page).locator('.search-result__tag', { hasText: tag })
const tagInTree = (page: Page, label: string) =>
  page.getByRole('region', { name: 'Tags' }).getByRole('button', { name: label, exact: true })

test.describe('bulk tagging from the results', () => {
  test.beforeEach(({ core }) => {
    KOREA_TITLES.forEach((title, index) =>
      addStory(core.library, { title, source: 'وكالة سول', date: `2024-0${index + 1}-10`, body: `${title}. تفاصيل الخبر عن كوريا.` })
    )
    addStory(core.library, { title: 'أسعار النفط ترتفع', source: 'وكالة الطاقة', body: 'ارتفعت أسعار النفط الخام.' })
  })

  test('"tag all results" tags every story of the search with a new tag; undo takes it back', async ({ openMarsad }) => {
    const page = await openMarsad({ language: 'en' })
    await searchBox(page).fill('كوريا')
    await searchBox(page).press('Enter')
    await expect(results(page).getByRole('option')).toHaveCount(4)

    await bulkBar(page).getByRole('button', { name: 'Tag all 4 results…' }).click()
    await expect(bulkBar(page)).toContainText('All 4 results selected')
    const picker = page.getByRole('dialog', { name: 'Tag to add' })
    await picker.getByRole('combobox').fill('ملف/كوريا')
    await picker
      .getByRole('option', { name: /^Create the tag/ })
      .filter({ hasText: 'ملف/كوريا' })
      .click()

    await expect(undoToast(page)).toContainText('Tagged 4 stories “ملف/كوريا”')
    await expect(chips(page, 'ملف/كوريا')).toHaveCount(4)
    await expect(tagInTree(page, 'ملف 4')).toBeVisible()

    // The tag tree opens a tag's stories, its children's included; the child shows once unfolded.
    await tagInTree(page, 'ملف 4').click()
    await expect(page.getByRole('search').getByRole('list').locator('bdi')).toHaveText(['tag:ملف'])
    await expect(results(page).getByRole('option')).toHaveCount(4)
    await page.getByRole('button', { name: 'Subtags of ملف' }).click()
    await expect(tagInTree(page, 'كوريا 4')).toBeVisible()

    await undoToast(page).getByRole('button', { name: 'Undo' }).click()
    await expect(chips(page, 'ملف/كوريا')).toHaveCount(0)
    await expect(tagInTree(page, 'ملف 4')).toBeHidden()
  })

  test('a multi-selection (Shift+click, Shift+↓, Ctrl+A) is tagged with T and untagged, each with a count and undo', async ({
    core,
    openMarsad
  }) => {
    await core.handlers.createTag({ name: 'کوریا' }) // Persian letters: the picker finds it from the Arabic spelling
    const page = await openMarsad({ language: 'en' })
    await searchBox(page).fill('كوريا')
    await searchBox(page).press('Enter')
    const rows = results(page).getByRole('option')
    await expect(rows).toHaveCount(4)

    await rows.nth(0).click()
    await rows.nth(1).click({ modifiers: ['Shift'] })
    await expect(bulkBar(page)).toContainText('2 selected')
    await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true')
    await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'false')

    await page.keyboard.press('t')
    const picker = page.getByRole('dialog', { name: 'Tag to add' })
    await picker.getByRole('combobox').fill('كوريا')
    await expect(picker.getByRole('option').first()).toContainText('کوریا')
    await picker.getByRole('combobox').press('Enter')
    await expect(undoToast(page)).toContainText('Tagged 2 stories “کوریا”')
    await expect(chips(page, 'کوریا')).toHaveCount(2)
    await expect(tagInTree(page, 'کوریا 2')).toBeVisible()

    // Shift+↓ grows the selection to a third row; untagging it removes the tag from the two that had it.
    await results(page).focus()
    await page.keyboard.press('Shift+ArrowDown')
    await expect(bulkBar(page)).toContainText('3 selected')
    await bulkBar(page).getByRole('button', { name: 'Untag…' }).click()
    const untag = page.getByRole('dialog', { name: 'Tag to remove' })
    await expect(untag.getByRole('option')).toHaveText([/^کوریا/])
    await untag.getByRole('option', { name: 'کوریا' }).click()
    await expect(undoToast(page)).toContainText('Removed “کوریا” from 2 stories')
    await expect(chips(page, 'کوریا')).toHaveCount(0)

    await page.keyboard.press('Control+z')
    await expect(chips(page, 'کوریا')).toHaveCount(2)

    await results(page).focus()
    await page.keyboard.press('Control+a')
    await expect(bulkBar(page)).toContainText('All 4 results selected')
    await bulkBar(page).getByRole('button', { name: 'Clear selection' }).click()
    await expect(bulkBar(page).getByRole('button', { name: 'Tag all 4 results…' })).toBeVisible()
  })
})
