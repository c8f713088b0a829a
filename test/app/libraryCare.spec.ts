/**
 * File → Check Library… and Back Up Library…: a copy where the user chose, a damaged library shown as such from
 * the start (writes refused), and its repair from the menu.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary } from '../../src/core/library'
import { libraryOf400Stories, writeNoiseInTheMiddle } from '../helpers/damage'
import { expect, storyCount, test, writeDump } from './fixtures'

const messageBoxes = (calls: { kind: string; options: Record<string, unknown> }[]) =>
  calls.filter((call) => call.kind === 'showMessageBox').map((call) => String(call.options.message))

test('File → Back Up Library… copies the library where the user chose, and says so; an existing file is refused', async ({
  launch,
  appData
}) => {
  const app = await launch()
  const page = await app.page()
  app.standIn.dialogs.willOpen(writeDump(join(appData, 'dumps')))
  app.standIn.applicationMenu!.find('File', 'Import…').click()
  await expect(storyCount(page)).toHaveText('3 stories')

  const target = join(appData, 'copies', 'monday.marsad')
  app.standIn.dialogs.willSave(target)
  app.standIn.applicationMenu!.find('File', 'Back Up Library…').click()
  await expect.poll(() => messageBoxes(app.standIn.dialogs.calls)).toEqual(['The library was copied.'])
  const copy = openLibrary(target)
  expect(copy.stories.count()).toBe(3)
  copy.close()
  const asked = app.standIn.dialogs.calls.find((call) => call.kind === 'showSaveDialog')!
  expect(String(asked.options.defaultPath)).toMatch(/library\.marsad\.backups[/\\]library-\d{4}-\d\d-\d\d\.marsad$/)

  app.standIn.dialogs.willSave(target)
  app.standIn.applicationMenu!.find('File', 'Back Up Library…').click()
  await expect
    .poll(() => app.standIn.dialogs.errorBoxes())
    .toEqual([expect.stringContaining('monday.marsad exists already; name a new file for the copy.')])
  // Cancelling the dialog copies nothing.
  app.standIn.applicationMenu!.find('File', 'Back Up Library…').click()
  await expect.poll(() => app.standIn.dialogs.calls.filter((call) => call.kind === 'showSaveDialog').length).toBe(3)
})

test('a damaged library shows as such from the start, refuses writes, and File → Check Library… repairs it', async ({
  launch,
  appData
}) => {
  // The app's default library, of 400 stories, then 4 KB of random bytes over the page in the middle of its file.
  const path = join(appData, 'Marsad', 'library.marsad')
  mkdirSync(join(appData, 'Marsad'), { recursive: true })
  libraryOf400Stories(path)
  writeNoiseInTheMiddle(path)

  const app = await launch()
  const page = await app.page()
  const badge = page.getByTestId('read-only-badge')
  await expect(badge).toHaveText('Damaged: read-only')
  await expect(badge).toHaveAttribute('title', /is damaged .*Run "marsad check --repair/)
  const refused = await page.evaluate(() => window.marsad.tagStories({ storyIds: [1], tags: ['اقتصاد'] }))
  expect(refused).toMatchObject({ ok: false, error: { code: 'library-damaged' } })

  // Asked to repair, then told the outcome: the noise hit the stories themselves, so the copy made as the library was
  // last changed and closed (the daily backup) takes its place.
  app.standIn.dialogs.willAnswerMessageBox(0)
  app.standIn.applicationMenu!.find('File', 'Check Library…').click()
  await expect
    .poll(() => messageBoxes(app.standIn.dialogs.calls))
    .toEqual([
      'The library is damaged. Marsad writes nothing more to it until it is repaired.',
      expect.stringMatching(
        /^The backup .*library\.marsad\.backups[/\\].*-daily\.marsad is in its place now; the damaged file is kept as .*library\.marsad\.damaged-/
      )
    ])
  await expect(badge).toBeHidden()
  await expect(storyCount(page)).toHaveText('400 stories')

  app.standIn.applicationMenu!.find('File', 'Check Library…').click()
  await expect.poll(() => messageBoxes(app.standIn.dialogs.calls).at(-1)).toBe('The library is sound.')
  const tagged = await page.evaluate(() => window.marsad.tagStories({ storyIds: [1], tags: ['اقتصاد'] }))
  expect(tagged).toMatchObject({ ok: true })
})

test('main’s own dialogs speak the window’s language: Arabic on an Arabic system, English once the window switches', async ({
  launch,
  appData
}) => {
  const app = await launch({ locale: 'ar-EG' })
  const page = await app.page()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const saveDialogTitles = () =>
    app.standIn.dialogs.calls.filter((call) => call.kind === 'showSaveDialog').map((call) => call.options.title)

  app.standIn.dialogs.willSave(join(appData, 'copies', 'arabic.marsad'))
  app.standIn.applicationMenu!.find('ملف', 'نسخ المكتبة احتياطيًا…').click()
  await expect.poll(() => messageBoxes(app.standIn.dialogs.calls)).toEqual(['نُسخت المكتبة.'])
  expect(saveDialogTitles()).toEqual(['نسخ المكتبة احتياطيًا'])

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  app.standIn.dialogs.willSave(join(appData, 'copies', 'english.marsad'))
  await expect.poll(() => app.standIn.applicationMenu!.items.map((item) => item.label)[0]).toBe('File')
  app.standIn.applicationMenu!.find('File', 'Back Up Library…').click()
  await expect.poll(() => messageBoxes(app.standIn.dialogs.calls)).toEqual(['نُسخت المكتبة.', 'The library was copied.'])
  expect(saveDialogTitles()).toEqual(['نسخ المكتبة احتياطيًا', 'Back up the library'])
})
