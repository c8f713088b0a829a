/**
 * Watched folders in the app: added through main's own folder dialog (the window's button or File → Watch
 * Folder…), a dump copied into one imported in the background, a folder that goes missing shown as such, and
 * stopping with a confirmation.
 */
import { copyFileSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { expect, storyCount, test, writeDump } from './fixtures'

test('a dump copied into a folder watched from the window is imported, and the folder shows its state', async ({ launch, appData }) => {
  const app = await launch()
  const page = await app.page()
  const inbox = join(appData, 'inbox')
  mkdirSync(inbox)
  await page.getByRole('button', { name: 'Watched folders' }).click()
  await expect(page.getByText('No folder is watched.')).toBeVisible()

  app.standIn.dialogs.willOpen(inbox)
  await page.getByRole('button', { name: 'Watch a folder…' }).click()
  const row = page.getByRole('listitem').filter({ hasText: inbox })
  await expect(row.getByTestId('watch-state')).toHaveText('Watching')
  expect(app.standIn.dialogs.calls.at(-1)).toMatchObject({
    kind: 'showOpenDialog',
    options: { properties: ['openDirectory', 'createDirectory'] }
  })

  copyFileSync(writeDump(join(appData, 'scraper')), join(inbox, 'wire.jsonl'))
  await expect(storyCount(page)).toHaveText('3 stories')
  await expect(row).toContainText('1 file')

  // The drive is unplugged, then comes back.
  renameSync(inbox, join(appData, 'unplugged'))
  await expect(row.getByTestId('watch-state')).toHaveText('Missing — watched again when it returns')
  renameSync(join(appData, 'unplugged'), inbox)
  await expect(row.getByTestId('watch-state')).toHaveText('Watching')

  await row.getByRole('button', { name: 'Stop watching' }).click()
  await expect(row).toContainText('The stories already imported from it stay in the library.')
  await row.getByRole('button', { name: 'Stop watching' }).click()
  await expect(page.getByText('No folder is watched.')).toBeVisible()
  await expect(storyCount(page)).toHaveText('3 stories')
})

test("File → Watch Folder… watches the folder chosen in main's dialog, across a restart", async ({ launch, appData }) => {
  const inbox = join(appData, 'inbox')
  mkdirSync(inbox)
  const first = await launch()
  let page = await first.page()
  first.standIn.dialogs.willOpen(inbox)
  first.standIn.applicationMenu!.find('File', 'Watch Folder…').click()
  copyFileSync(writeDump(join(appData, 'scraper')), join(inbox, 'wire.jsonl'))
  await expect(storyCount(page)).toHaveText('3 stories')
  // Cancelling the dialog watches nothing more; a folder gone by the time it was chosen is refused, naming it.
  first.standIn.applicationMenu!.find('File', 'Watch Folder…').click()
  await expect.poll(() => first.standIn.dialogs.calls.length).toBe(2)
  first.standIn.dialogs.willOpen(join(appData, 'gone'))
  first.standIn.applicationMenu!.find('File', 'Watch Folder…').click()
  await expect.poll(() => first.standIn.dialogs.errorBoxes()).toEqual([expect.stringContaining(`${join(appData, 'gone')} does not exist`)])
  await first.quit()

  const second = await launch()
  page = await second.page()
  await page.getByRole('button', { name: 'Watched folders' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: inbox }).getByTestId('watch-state')).toHaveText('Watching')
  copyFileSync(writeDump(join(appData, 'scraper'), 'later.jsonl'), join(inbox, 'later.jsonl'))
  // The same content under another name: one more import, which adds nothing; wire.jsonl was not read again.
  await expect
    .poll(async () =>
      page.evaluate(async () => {
        const runs = await window.marsad.listImports({ limit: 10 })
        return runs.ok ? runs.value.length : -1
      })
    )
    .toBe(2)
  await expect(storyCount(page)).toHaveText('3 stories')
})
