import type { Page } from '@playwright/test'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { undoToast } from './steps'

/** Opens the ⋯ menu of a tag in the navigation's tag tree. */
async function openTagMenu(page: Page, name: string) {
  const tree = page.getByRole('navigation').getByRole('region', { name: 'الوسوم' })
  await tree.getByRole('button', { name: new RegExp(`^${name} \\d`) }).hover()
  await tree.getByRole('button', { name: `إعادة تسمية الوسم «${name}» أو تلوينه أو دمجه أو حذفه` }).click()
  return page.getByRole('dialog', { name: `إعادة تسمية الوسم «${name}» أو تلوينه أو دمجه أو حذفه` })
}

test.describe('managing tags from the tag tree', () => {
  test('renames a tag into a path, recolours it, merges one into another and deletes one with undo', async ({ core, openMarsad }) => {
    const first = addStory(core.library, { title: 'قمة في سيول', body: 'التقى الزعيمان في سيول.' })
    const second = addStory(core.library, { title: 'مناورات في البحر الأصفر', body: 'أجرت القوات مناورات بحرية.' })
    await core.handlers.tagStories({ storyIds: [first], tags: ['كوريا'] })
    await core.handlers.tagStories({ storyIds: [second], tags: ['كوريا الجنوبية'] })
    await core.handlers.tagStories({ storyIds: [first, second], tags: ['مؤقت'] })

    const page = await openMarsad({ language: 'ar' })

    // Rename into a path: the tag moves under a new parent.
    let menu = await openTagMenu(page, 'كوريا')
    await menu.getByRole('button', { name: 'إعادة التسمية…' }).click()
    const name = menu.getByRole('textbox', { name: 'الاسم الجديد' })
    await name.fill('آسيا/كوريا')
    await name.press('Enter')
    await expect.poll(async () => (await core.handlers.listTags({})).map((tag) => tag.name).sort()).toContain('آسيا/كوريا')
    const tree = page.getByRole('navigation').getByRole('region', { name: 'الوسوم' })
    await expect(tree.getByRole('button', { name: /^آسيا \d/ })).toBeVisible()

    // Colour from the palette, by keyboard.
    menu = await openTagMenu(page, 'مؤقت')
    await menu.getByRole('button', { name: 'اللون' }).click()
    await menu.getByRole('button', { name: 'أحمر' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await core.handlers.listTags({})).find((tag) => tag.name === 'مؤقت')?.color).toBe('#b91c1c')

    // Merge: كوريا الجنوبية's story now carries آسيا/كوريا; the merge can be undone.
    menu = await openTagMenu(page, 'كوريا الجنوبية')
    await menu.getByRole('button', { name: 'دمج في…' }).click()
    await menu.getByRole('combobox', { name: 'دمج «كوريا الجنوبية» في' }).selectOption({ label: 'آسيا/كوريا' })
    await menu.getByRole('button', { name: 'دمج في…' }).click()
    const toast = undoToast(page)
    await expect(toast).toContainText('دُمج «كوريا الجنوبية» في «آسيا/كوريا»')
    expect((await core.handlers.storyTags({ id: second })).map((tag) => tag.name)).toEqual(expect.arrayContaining(['آسيا/كوريا']))
    await toast.getByRole('button', { name: 'تراجع' }).click()
    await expect
      .poll(async () => (await core.handlers.storyTags({ id: second })).map((tag) => tag.name).sort())
      .toEqual(['كوريا الجنوبية', 'مؤقت'])
    await toast.getByRole('button', { name: 'إغلاق' }).click()

    // Delete asks once, says how many stories lose it, and can be undone.
    menu = await openTagMenu(page, 'مؤقت')
    await menu.getByRole('button', { name: 'حذف' }).click()
    await expect(menu).toContainText('يُزال عن خبرين، وتبقى الأخبار.')
    await menu.getByRole('button', { name: 'حذف' }).click()
    await expect(tree.getByRole('button', { name: /^مؤقت \d/ })).toHaveCount(0)
    await expect(toast).toContainText('حُذف الوسم «مؤقت»')
    await toast.getByRole('button', { name: 'تراجع' }).click()
    await expect(tree.getByRole('button', { name: /^مؤقت \d/ })).toBeVisible()
    expect((await core.handlers.storyTags({ id: first })).map((tag) => tag.name)).toContain('مؤقت')
  })

  test('a rename onto an existing name says why nothing changed', async ({ core, openMarsad }) => {
    const story = addStory(core.library, { title: 'خبر عن روسيا', body: 'نص الخبر.' })
    await core.handlers.tagStories({ storyIds: [story], tags: ['روسيا', 'أوكرانيا'] })
    const page = await openMarsad({ language: 'en' })
    const tree = page.getByRole('navigation').getByRole('region', { name: 'Tags' })
    await tree.getByRole('button', { name: /^روسيا \d/ }).hover()
    await tree.getByRole('button', { name: 'Rename, recolour, merge or delete the tag “روسيا”' }).click()
    await page.getByRole('button', { name: 'Rename…' }).click()
    const name = page.getByRole('textbox', { name: 'New name' })
    await name.fill('اوكرانيا')
    await name.press('Enter')
    await expect(tree.getByRole('alert')).toContainText(
      'Nothing was changed: There is already a tag called «أوكرانيا»; merge the two tags instead.'
    )
  })
})
