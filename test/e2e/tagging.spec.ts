import type { Locator, Page } from '@playwright/test'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { openStory, search, undoToast } from './steps'

const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Actions on the selected stories' })
/** The names of the tags on the open story (the suggestions from the dump are another list). */
const storyTags = (reader: Locator) => reader.getByRole('list', { name: 'Tags on this story' }).getByRole('listitem').locator('bdi')

test.describe('the tag picker does what the analyst typed', () => {
  test('in the reader, Enter applies the typed name (or creates it), never another tag; arrows choose another; each tagging can be undone', async ({
    core,
    openMarsad
  }) => {
    await core.handlers.createTag({ name: 'آسيا/كوريا الجنوبية' }) // and its parent آسيا
    const title = 'سول تستضيف قمة اقتصادية'
    const storyId = addStory(core.library, { title, body: 'استضافت سول قمة اقتصادية إقليمية.' })
    const tagNames = async () => (await core.handlers.storyTags({ id: storyId })).map((tag) => tag.name).sort()

    const page = await openMarsad({ language: 'en' })
    const reader = await openStory(page, title)
    const picker = reader.getByRole('combobox', { name: 'Add a tag to this story' })

    // كوريا is part of an existing tag's name, but Enter creates the tag كوريا the analyst typed.
    await page.keyboard.press('t')
    await picker.pressSequentially('كوريا')
    await expect(reader.getByRole('option', { name: /^Create the tag/ })).toHaveAttribute('aria-selected', 'true')
    await expect(reader.getByRole('option', { name: /كوريا الجنوبية/ })).toHaveAttribute('aria-selected', 'false')
    await picker.press('Enter')
    await expect(picker).toBeHidden()
    await expect(storyTags(reader)).toHaveText(['كوريا'])
    expect(await tagNames()).toEqual(['كوريا'])

    // The tagging names itself in the toast, and its Undo says what it undoes.
    await expect(undoToast(page)).toContainText(/Tagged this story “.?كوريا.?”/)
    await undoToast(page)
      .getByRole('button', { name: /^Undo: Tagged this story “.?كوريا.?”/ })
      .click()
    await expect(storyTags(reader)).toHaveCount(0)
    expect(await tagNames()).toEqual([])

    // `//` is no tag name: Enter says so and tags nothing.
    await page.keyboard.press('t')
    await picker.pressSequentially('//')
    await expect(reader.getByText('This is not a tag name')).toBeVisible()
    await expect(reader.getByRole('option', { name: /^Create the tag/ })).toHaveCount(0)
    await picker.press('Enter')
    await expect(picker).toBeVisible()
    expect(await tagNames()).toEqual([])

    // An existing tag written another way (hamza, alef madda) is that tag: Enter applies it, nothing is created.
    await picker.fill('أسيا')
    await expect(reader.getByRole('option', { selected: true })).toContainText('آسيا')
    await picker.press('Enter')
    await expect(storyTags(reader)).toHaveText(['آسيا'])

    // Another existing tag takes an arrow key first.
    await page.keyboard.press('t')
    await picker.pressSequentially('كوريا')
    await expect(reader.getByRole('option', { name: /كوريا الجنوبية/ })).toBeVisible()
    await picker.press('ArrowDown')
    await expect(reader.getByRole('option', { name: /كوريا الجنوبية/ })).toHaveAttribute('aria-selected', 'true')
    await picker.press('Enter')
    await expect(storyTags(reader)).toHaveText(['آسيا', 'آسيا/كوريا الجنوبية'])
    expect((await core.handlers.listTags({})).map((tag) => tag.name).sort()).toEqual(['آسيا', 'آسيا/كوريا الجنوبية'])
  })

  test('in the bulk bar, Enter applies the typed name to the selection, and a tagging that changed nothing offers no undo', async ({
    core,
    openMarsad
  }) => {
    await core.handlers.createTag({ name: 'آسيا/كوريا الجنوبية' })
    for (const day of [1, 2, 3]) {
      addStory(core.library, { title: `كوريا تعلن خطة ${day}`, date: `2024-03-0${day}`, body: `أعلنت كوريا خطة رقم ${day}.` })
    }

    const page = await openMarsad({ language: 'en' })
    await search(page, 'كوريا')
    await expect(results(page).getByRole('option')).toHaveCount(3)

    await bulkBar(page).getByRole('button', { name: 'Tag all 3 results…' }).click()
    const picker = page.getByRole('dialog', { name: 'Tag to add' }).getByRole('combobox')
    await picker.pressSequentially('كوريا')
    await picker.press('Enter')
    await expect(undoToast(page)).toContainText('Tagged 3 stories “كوريا”')
    expect((await core.handlers.listTags({})).map((tag) => tag.name).sort()).toEqual(['آسيا', 'آسيا/كوريا الجنوبية', 'كوريا'])

    // The same again changes nothing: the bar says so, and no undo is offered for it.
    await undoToast(page).getByRole('button', { name: 'Close' }).click()
    await bulkBar(page).getByRole('button', { name: 'Tag…', exact: true }).click()
    await picker.pressSequentially('كوريا')
    await picker.press('Enter')
    await expect(bulkBar(page).getByRole('alert')).toContainText('Nothing was changed: every one of these stories already has “كوريا”')
    await expect(undoToast(page)).toBeHidden()
  })
})

test.describe('undo belongs to the screen it was made on', () => {
  test('the toast names the action and leaves; Ctrl+Z on another screen does not reach it; back on its screen Ctrl+Z names it, then undoes it', async ({
    core,
    openMarsad
  }) => {
    for (const day of [1, 2, 3, 4]) {
      addStory(core.library, { title: `قمة آسيوية في يومها ${day}`, date: `2024-05-0${day}`, body: `انعقدت القمة الآسيوية لليوم ${day}.` })
    }
    const tagged = async () =>
      (await core.handlers.searchStories({ query: 'tag:آسيا', sort: 'relevance', offset: 0, limit: 10, facets: false, collapse: false }))
        .total

    const page = await openMarsad({ language: 'en' })
    await search(page, 'القمة')
    await expect(results(page).getByRole('option')).toHaveCount(4)
    await bulkBar(page).getByRole('button', { name: 'Tag all 4 results…' }).click()
    const picker = page.getByRole('dialog', { name: 'Tag to add' }).getByRole('combobox')
    await picker.pressSequentially('آسيا')
    await picker.press('Enter')
    await expect(undoToast(page).getByRole('button', { name: 'Undo: Tagged 4 stories “آسيا”' })).toBeVisible()
    expect(await tagged()).toBe(4)

    // The toast leaves by itself (the action stays reachable with Ctrl+Z on this screen).
    await expect(undoToast(page)).toBeHidden({ timeout: 20_000 })

    // Another screen: Ctrl+Z there does not undo the search screen's bulk tagging.
    await page.getByRole('button', { name: 'All stories' }).click()
    await page.keyboard.press('Control+z')
    await expect(undoToast(page)).toHaveText(/Nothing to undo on this screen/)
    expect(await tagged()).toBe(4)

    // Back on the search screen: the first Ctrl+Z says what it would undo, the second undoes it.
    await search(page, 'القمة')
    await results(page).getByRole('option').first().click()
    await page.keyboard.press('Control+z')
    await expect(undoToast(page)).toContainText('Ctrl+Z again, or Undo, to undo: Tagged 4 stories “آسيا”')
    expect(await tagged()).toBe(4)
    await page.keyboard.press('Control+z')
    await expect(undoToast(page)).toContainText('Undone: Tagged 4 stories “آسيا”')
    await expect.poll(tagged).toBe(0)
  })

  test("once the toast has gone, the screen's recent actions list what can be undone, and only there", async ({ core, openMarsad }) => {
    for (const day of [1, 2])
      addStory(core.library, { title: `قمة آسيوية في يومها ${day}`, date: `2024-05-0${day}`, body: 'انعقدت القمة.' })
    const page = await openMarsad({ language: 'ar' })
    const recent = page.getByRole('button', { name: /^(لا إجراءات حديثة|آخر الإجراءات)/ })
    await expect(recent).toBeDisabled()
    await search(page, 'القمة')
    await page.getByRole('button', { name: 'وسم النتيجتين…' }).click()
    const picker = page.getByRole('dialog').getByRole('combobox')
    await picker.pressSequentially('آسيا')
    await picker.press('Enter')
    await undoToast(page).getByRole('button', { name: 'إغلاق' }).click()
    await expect(undoToast(page)).toBeHidden()

    await expect(recent).toHaveText('آخر الإجراءات (1)')
    await recent.click()
    const list = page.getByRole('list', { name: 'آخر الإجراءات في هذه الشاشة' })
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list.getByRole('button', { name: /^تراجع عن: / })).toBeFocused()

    // Another screen has its own (empty) list.
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'كل الأخبار' }).click()
    await expect(recent).toHaveText('لا إجراءات حديثة')
    await search(page, 'القمة')
    await recent.click()
    await list.getByRole('button', { name: /^تراجع عن: / }).click()
    await expect(undoToast(page)).toContainText('تم التراجع عن')
    await expect
      .poll(
        async () =>
          (
            await core.handlers.searchStories({
              query: 'tag:آسيا',
              sort: 'relevance',
              offset: 0,
              limit: 10,
              facets: false,
              collapse: false
            })
          ).total
      )
      .toBe(0)
    await expect(recent).toBeDisabled()
  })
})
