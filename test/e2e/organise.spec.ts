import { fixture } from '../fixtures/dumps/readDumps'
import { addStory } from '../helpers/stories'
import { expect, test } from './fixtures'
import { openStory, search, undoToast } from './steps'

test.describe('organising from the reader', () => {
  test('tags from the keyboard (كوريا finds کوریا), removes a tag and undoes it, applies a suggested keyword, creates a child tag', async ({
    core,
    openMarsad
  }) => {
    await core.handlers.createTag({ name: 'کوریا' })
    const title = 'بيونغ يانغ تختبر صاروخًا بعيد المدى'
    const storyId = addStory(core.library, {
      title,
      body: 'أطلقت كوريا الشمالية صاروخًا سقط في البحر.',
      keywords: ['الطاقة', 'كوريا الشمالية']
    })

    const page = await openMarsad({ language: 'ar' })
    const reader = await openStory(page, title)
    const tags = reader.getByRole('region', { name: 'الوسوم' })
    // The tags on the story, not the dump's suggestions next to them (a suggestion clicked stays on screen a moment).
    const applied = tags.getByRole('list', { name: 'وسوم هذا الخبر' })
    await expect(tags.getByText('لا وسوم بعد.')).toBeVisible()

    await page.keyboard.press('t')
    const picker = reader.getByRole('combobox', { name: 'إضافة وسم إلى هذا الخبر' })
    await expect(picker).toBeFocused()
    await picker.pressSequentially('كوريا')
    await expect(reader.getByRole('option', { name: /کوریا/ })).toHaveAttribute('aria-selected', 'true')
    await picker.press('Enter')
    await expect(picker).toBeHidden()
    await expect(applied.getByRole('listitem').filter({ hasText: 'کوریا' })).toBeVisible()

    await tags.getByRole('button', { name: 'إزالة الوسم کوریا' }).click()
    await expect(applied.getByRole('listitem').filter({ hasText: 'کوریا' })).toHaveCount(0)
    const toast = undoToast(page)
    await expect(toast).toContainText('أُزيل الوسم')
    await toast.getByRole('button', { name: 'تراجع' }).click()
    await expect(applied.getByRole('listitem').filter({ hasText: 'کوریا' })).toBeVisible()

    // The dump's keywords are offered, never applied until clicked.
    expect(await core.handlers.storyTags({ id: storyId })).toHaveLength(1)
    await tags.getByRole('button', { name: 'وسم هذا الخبر بـ الطاقة' }).click()
    await expect(applied.getByRole('listitem').filter({ hasText: 'الطاقة' })).toBeVisible()
    await expect(tags.getByRole('button', { name: 'وسم هذا الخبر بـ الطاقة' })).toHaveCount(0)
    await expect(tags.getByRole('button', { name: 'وسم هذا الخبر بـ كوريا الشمالية' })).toBeVisible()

    await tags.getByRole('button', { name: 'إضافة وسم' }).click()
    await picker.fill('روسيا/كورسك')
    await expect(reader.getByRole('option', { name: /إنشاء الوسم/ })).toBeVisible()
    await picker.press('Enter')
    await expect(applied.getByRole('listitem').filter({ hasText: 'روسيا/كورسك' })).toBeVisible()
    expect((await core.handlers.listTags({})).map((tag) => tag.name)).toEqual(
      expect.arrayContaining(['روسيا', 'روسيا/كورسك', 'کوریا', 'الطاقة'])
    )

    // Tagged elsewhere (the list's bulk actions, the command line): the open story shows it.
    await core.handlers.tagStories({ tags: ['متابعة يومية'], storyIds: [storyId] })
    await expect(applied.getByRole('listitem').filter({ hasText: 'متابعة يومية' })).toBeVisible()
  })

  test('links two stories with the picker, follows the link to the other story, sees the backlink there, and undoes its removal', async ({
    core,
    openMarsad
  }) => {
    const quake = 'زلزال بقوة ست درجات يضرب جنوب تركيا'
    const rescue = 'فرق الإنقاذ تواصل البحث عن ناجين'
    addStory(core.library, { title: quake, body: 'ضرب زلزال قوي جنوب تركيا فجر اليوم.', source: 'وكالة الأنباء', date: '2024-02-06' })
    addStory(core.library, {
      title: rescue,
      body: 'تواصل فرق الإنقاذ البحث تحت الأنقاض في المدن المنكوبة.',
      source: 'النشرة',
      date: '2024-02-07'
    })

    const page = await openMarsad({ language: 'en' })
    const reader = await openStory(page, quake)
    await expect(reader.getByText('No links yet.', { exact: false })).toBeVisible()

    await page.keyboard.press('l')
    const dialog = page.getByRole('dialog', { name: 'Link this story to another' })
    await expect(dialog).toBeVisible()
    const find = dialog.getByRole('combobox', { name: 'Find the other story' })
    await expect(find).toBeFocused()
    await find.pressSequentially('الإنقا')
    await expect(dialog.getByRole('option').first()).toContainText(rescue)
    await expect(dialog.getByRole('option').filter({ hasText: quake })).toHaveCount(0)
    await find.press('Enter')
    await expect(dialog.getByText('Linking to')).toBeVisible()
    await dialog.getByLabel('How are they related?').selectOption({ label: 'Both report the same event' })
    await dialog.getByLabel('Note (optional)').fill('الحدث نفسه: زلزال 6 شباط')
    await dialog.getByRole('button', { name: 'Link', exact: true }).click()
    await expect(dialog).toBeHidden()

    const links = reader.getByRole('region', { name: 'Links' })
    await expect(links.getByRole('heading', { name: 'Same event' })).toBeVisible()
    await expect(links.getByText('الحدث نفسه: زلزال 6 شباط')).toBeVisible()
    await expect(reader.getByRole('link', { name: 'Links (1)' })).toBeVisible()

    await links.getByRole('button', { name: new RegExp(`^Same event as ${rescue}`) }).click()
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(rescue)
    const backlink = reader.getByRole('region', { name: 'Links' }).getByRole('listitem').filter({ hasText: quake })
    await expect(backlink).toContainText('Same event as this story (backlink):')
    await expect(backlink).toContainText('←')

    await backlink.getByRole('button', { name: `Remove the link to ${quake}` }).click()
    await expect(reader.getByRole('region', { name: 'Links' }).getByRole('listitem')).toHaveCount(0)
    const toast = undoToast(page)
    await expect(toast).toContainText('Link removed.')
    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect(reader.getByRole('region', { name: 'Links' }).getByRole('listitem').filter({ hasText: quake })).toBeVisible()
  })

  test('dragging a search result onto the reader opens the link dialog with that story chosen', async ({ core, openMarsad }) => {
    const open = 'البنك المركزي يرفع سعر الفائدة'
    const dropped = 'الأسواق تتراجع بعد قرار الفائدة'
    addStory(core.library, { title: open, body: 'رفع البنك المركزي سعر الفائدة نصف نقطة.' })
    addStory(core.library, { title: dropped, body: 'تراجعت الأسواق المالية بعد قرار البنك المركزي.' })

    const page = await openMarsad({ language: 'en' })
    await search(page, 'الفائدة')
    const reader = await openStory(page, open)
    await page.getByRole('main').getByRole('option').filter({ hasText: dropped }).dragTo(reader)

    const dialog = page.getByRole('dialog', { name: 'Link this story to another' })
    await expect(dialog.getByText('Linking to')).toBeVisible()
    await expect(dialog).toContainText(dropped)
    await expect(dialog.getByLabel('How are they related?')).toBeFocused()
    await dialog.getByLabel('How are they related?').selectOption({ label: 'This story is a source of it' })
    await dialog.getByRole('button', { name: 'Link', exact: true }).click()
    const links = reader.getByRole('region', { name: 'Links' })
    await expect(links.getByRole('heading', { name: 'Sources' })).toBeVisible()
    await expect(links.getByRole('listitem').filter({ hasText: dropped })).toContainText('This story is a source of')
  })

  test('links made by the import are marked, and the neighbourhood lists the stories two links away', async ({ core, openMarsad }) => {
    core.imports.start({ paths: [fixture('page-read-also.txt')] })
    await core.imports.idle()
    const page_ = 'وزير الطاقة يعلن خطة لخفض أسعار الوقود'
    const readAlso = (
      await core.handlers.searchStories({ query: 'title:الشمسية', sort: 'relevance', offset: 0, limit: 1, facets: false, collapse: false })
    ).results[0]!
    const far = addStory(core.library, { title: 'مشروع جديد للطاقة المتجددة في الجنوب', body: 'أعلنت الشركة مشروعًا جديدًا للطاقة.' })
    await core.handlers.linkStories({ from: readAlso.id, to: far, kind: 'follows' })

    const page = await openMarsad({ language: 'en' })
    const reader = await openStory(page, page_)
    const links = reader.getByRole('region', { name: 'Links' })
    await expect(links.getByRole('heading', { name: 'Related' })).toBeVisible()
    await expect(links.getByRole('listitem').filter({ hasText: readAlso.title! })).toContainText('from import')

    await links.getByText('Stories within two links').click()
    await expect(links.getByRole('img', { name: /Graph of 3 linked stories/ })).toBeVisible()
    const twoAway = links.locator('.neighbourhood__ring').filter({ has: page.getByRole('heading', { name: 'Two links away' }) })
    await twoAway.getByRole('button', { name: /مشروع جديد للطاقة المتجددة/ }).click()
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText('مشروع جديد للطاقة المتجددة في الجنوب')
  })

  test('a note keeps its line breaks, is found by note: and by plain search, and can be edited, deleted and restored', async ({
    core,
    openMarsad
  }) => {
    const title = 'اجتماع وزراء الخارجية العرب في القاهرة'
    addStory(core.library, { title, body: 'اجتمع وزراء الخارجية العرب لبحث الأوضاع في المنطقة.' })
    addStory(core.library, { title: 'خبر آخر عن الطقس', body: 'أمطار غزيرة على السواحل.' })

    const page = await openMarsad({ language: 'ar' })
    const reader = await openStory(page, title)
    const notes = reader.getByRole('region', { name: 'الملاحظات' })
    await expect(notes.getByText('لا ملاحظات بعد.')).toBeVisible()
    const newNote = notes.getByRole('textbox', { name: 'ملاحظة جديدة' })
    await newNote.fill('يحتاج استيضاحًا من الوزارة\nThe figures are not confirmed')
    await newNote.press('Control+Enter')
    const note = notes.getByRole('listitem')
    await expect(note).toHaveCount(1)
    expect(await note.locator('.note__body').evaluate((element) => (element as HTMLElement).innerText)).toBe(
      'يحتاج استيضاحًا من الوزارة\nThe figures are not confirmed'
    )
    await expect(note.locator('.note__body')).toHaveAttribute('dir', 'auto')
    await expect(note).toContainText('كُتبت')
    await expect(newNote).toHaveValue('')

    await search(page, 'note:استيضاح')
    await expect(page.getByRole('main').getByRole('option').filter({ hasText: title })).toBeVisible()
    await expect(page.getByRole('main').getByRole('option').filter({ hasText: 'الطقس' })).toHaveCount(0)
    await search(page, 'confirmed')
    await expect(page.getByRole('main').getByRole('option').filter({ hasText: title })).toBeVisible()

    await note.getByRole('button', { name: 'تعديل' }).click()
    const editor = note.getByRole('textbox', { name: 'تعديل الملاحظة' })
    await editor.fill('الأرقام مؤكدة الآن')
    await editor.press('Control+Enter')
    await expect(note.locator('.note__body')).toHaveText('الأرقام مؤكدة الآن')
    await expect(note).toContainText('عُدّلت')

    await note.getByRole('button', { name: 'حذف' }).click()
    await expect(notes.getByRole('listitem')).toHaveCount(0)
    const toast = undoToast(page)
    await expect(toast).toContainText('حُذفت الملاحظة.')
    await toast.getByRole('button', { name: 'تراجع' }).click()
    await expect(notes.getByRole('listitem')).toHaveText(/الأرقام مؤكدة الآن/)
  })
})
