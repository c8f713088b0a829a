import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { addSampleStories, SAMPLE_STORIES } from '../fixtures/briefing/sampleBriefing'
import { hasPoppler, keepArtifact, pdfText } from '../helpers/pdf'
import { expect, test } from './fixtures'
import { undoToast } from './steps'

const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Actions on the selected stories' })
const outline = (page: Page) => page.getByRole('navigation', { name: 'Sections and stories' })
const itemOrder = async (page: Page) =>
  (await outline(page).locator('.briefing-item__title').allTextContents()).map((title) => title.trim())
const item = (page: Page, title: string) => outline(page).locator('.briefing-item', { hasText: title })

const { border, markets, talks } = SAMPLE_STORIES

test.describe('briefings', () => {
  test('builds a briefing from search results, reorders it by keyboard and by dragging, comments, and exports it', async ({
    core,
    openMarsad
  }) => {
    addSampleStories(core.library)
    const page = await openMarsad({ language: 'en' })

    // Three stories that mention the crossing, selected in the results, go into a new briefing.
    await searchBox(page).fill('المعبر')
    await searchBox(page).press('Enter')
    const rows = results(page).getByRole('option')
    await expect(rows).toHaveCount(3)
    await rows.nth(0).click()
    await rows.nth(2).click({ modifiers: ['Shift'] })
    await expect(bulkBar(page)).toContainText('3 selected')
    await bulkBar(page)
      .getByRole('button', { name: /Add to briefing/ })
      .click()
    const menu = page.getByRole('dialog', { name: 'Add to which briefing?' })
    await expect(menu).toContainText('No briefings yet')
    await menu.getByLabel('Or a new briefing titled').fill('موجز المعبر الشمالي')
    await menu.getByRole('button', { name: 'Create' }).click()
    await expect(undoToast(page)).toContainText('Added 3 stories to «موجز المعبر الشمالي»')

    // The briefing is listed; open it.
    await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Briefings' }).click()
    await expect(page.getByTestId('briefing-row')).toHaveCount(1)
    await page.getByRole('button', { name: /^موجز المعبر الشمالي/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'موجز المعبر الشمالي' })).toBeVisible()
    const added = await itemOrder(page)
    expect([...added].sort()).toEqual([border.title, markets.title, talks.title].sort())

    // Keyboard: Alt+↑ moves the last item up one place, and the focus stays on it.
    const last = added[2]!
    await item(page, last).locator('.briefing-item__open').focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(() => itemOrder(page)).toEqual([added[0], last, added[1]])
    await expect(item(page, last).locator('.briefing-item__open')).toBeFocused()

    // Dragging: the first item goes below the last.
    const target = item(page, added[1]!)
    const { height } = (await target.boundingBox())!
    await item(page, added[0]!).dragTo(target, { targetPosition: { x: 40, y: height - 4 } })
    await expect.poll(() => itemOrder(page)).toEqual([last, added[1], added[0]])

    // A second section; Alt+Shift+↓ moves an item into it.
    await outline(page)
      .getByRole('button', { name: /Add a section/ })
      .click()
    await expect(page.getByTestId('briefing-section')).toHaveCount(2)
    await page.getByTestId('briefing-section').nth(1).getByLabel('Section heading').fill('الأسواق')
    await item(page, added[0]!).locator('.briefing-item__open').focus()
    await page.keyboard.press('Alt+Shift+ArrowDown')
    await expect(page.getByTestId('briefing-section').nth(1)).toContainText(added[0]!)
    const order = [last, added[1]!, added[0]!]

    // The analyst's comment, saved as typed.
    await item(page, order[0]!).locator('.briefing-item__open').click()
    await page.getByLabel('Your comment').fill('تطور لافت يستحق المتابعة.')
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible()
    await expect(item(page, order[0]!)).toContainText('has a comment')

    // Remove with Delete, then undo.
    await item(page, order[1]!).locator('.briefing-item__open').focus()
    await page.keyboard.press('Delete')
    await expect(undoToast(page)).toContainText('Removed 1 story from the briefing')
    await expect.poll(() => itemOrder(page)).toEqual([order[0], order[2]])
    await undoToast(page).getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => itemOrder(page)).toEqual(order)

    // The preview shows what will be exported.
    await page.getByRole('button', { name: 'Preview' }).click()
    await expect(page.getByTestId('briefing-preview')).toContainText('تطور لافت يستحق المتابعة.')
    await expect(page.getByTestId('briefing-preview')).toHaveAttribute('dir', 'rtl')

    // Export ▾ PDF downloads the file.
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: /^Export/ }).click()
    await page.getByRole('menuitem', { name: 'PDF' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('موجز المعبر الشمالي.pdf')
    const pdf = readFileSync((await download.path())!)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    await expect(page.getByRole('status').filter({ hasText: 'Exported موجز المعبر الشمالي.pdf' })).toBeVisible()
    if (hasPoppler) {
      const letters = pdfText(keepArtifact('e2e-export.pdf', pdf)).replace(/\s+/g, '')
      const positions = order.map((title) => letters.lastIndexOf(title.replace(/\s+/g, '')))
      expect(positions.every((position) => position >= 0)).toBe(true)
      expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    }
  })

  test('in Arabic: B adds the open story with the selected passage as excerpt; deleting a briefing asks first', async ({
    core,
    openMarsad
  }) => {
    const ids = addSampleStories(core.library)
    await core.handlers.createBriefing({ title: 'موجز قديم' })
    const page = await openMarsad({ language: 'ar' })
    await page.getByRole('option').filter({ hasText: talks.title }).click()
    const reader = page.getByTestId('reader')
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(talks.title)

    // Select the first sentence of the story, then B.
    const paragraph = reader.locator('.reader__body p').first()
    await paragraph.selectText()
    await reader.focus()
    await page.keyboard.press('b')
    const menu = page.getByRole('dialog', { name: 'إلى أي موجز؟' })
    await expect(menu).toContainText('تصبح الفقرة المحددة مقتطف الخبر.')
    await menu.getByRole('button', { name: 'موجز قديم' }).click()
    await expect(undoToast(page)).toContainText('أُضيف خبر إلى «موجز قديم»')
    const briefing = (await core.handlers.listBriefings({}))[0]!
    const stored = await core.handlers.getBriefing({ id: briefing.id })
    expect(stored.sections[0]!.items.map((entry) => [entry.storyId, entry.excerpt])).toEqual([[ids.talks, talks.body.split('\n')[0]]])

    // The list, in Arabic; deleting asks once, and can be undone.
    await page.getByRole('navigation', { name: 'التنقل في المكتبة' }).getByRole('button', { name: 'الموجزات' }).click()
    await page.getByTestId('briefing-row').getByRole('button', { name: 'حذف…' }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText('أتحذف الموجز «موجز قديم»؟ تبقى أخباره في المكتبة.')
    await dialog.getByRole('button', { name: 'إلغاء' }).click()
    await expect(page.getByTestId('briefing-row')).toHaveCount(1)
    await page.getByTestId('briefing-row').getByRole('button', { name: 'حذف…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'احذف الموجز' }).click()
    await expect(page.getByTestId('briefing-row')).toHaveCount(0)
    await expect(undoToast(page)).toContainText('حُذف الموجز «موجز قديم»')
    await undoToast(page).getByRole('button', { name: 'تراجع' }).click()
    await expect(page.getByTestId('briefing-row')).toHaveCount(1)
  })
})
