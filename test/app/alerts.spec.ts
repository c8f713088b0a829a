/**
 * Alerts in the app: a saved search made an alert in the window; a dump copied into a watched folder brings
 * stories that match it, which show in its new count and in one desktop notification (Electron's Notification on
 * the stand-in); clicking the notification brings the window back; a muted alert counts without telling.
 */
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, STORIES, storyCount, test, writeDump } from './fixtures'

test("a dump copied into a watched folder shows in an alert's new count and in a desktop notification", async ({ launch, appData }) => {
  const app = await launch()
  const page = await app.page()
  const inbox = join(appData, 'inbox')
  mkdirSync(inbox)
  await page.evaluate(async () => {
    await window.marsad.saveSearch({ name: 'Korea', query: 'كوريا' })
    await window.marsad.saveSearch({ name: 'Harbour', query: 'ميناء' })
  })
  const navigation = page.getByRole('navigation')
  for (const [name, choice] of [
    ['Korea', 'Alert me to new stories'],
    ['Harbour', 'Alert me to new stories'],
    ['Harbour', 'Mute the alert']
  ]) {
    await navigation.getByRole('button', { name: `Rename, alert or delete “${name}”` }).click()
    await page.getByRole('dialog').getByRole('button', { name: choice }).click()
  }
  const korea = navigation.getByRole('button', { name: /^Korea/ })
  const harbour = navigation.getByRole('button', { name: /^Harbour/ })
  await expect(korea.getByRole('img', { name: 'Alert on' })).toBeVisible()
  await expect(harbour.getByRole('img', { name: 'Alert muted' })).toBeVisible()

  app.standIn.dialogs.willOpen(inbox)
  app.standIn.applicationMenu!.find('File', 'Watch Folder…').click()
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const folders = await window.marsad.listWatchedFolders()
        return folders.ok ? folders.value.map((folder) => folder.state) : []
      })
    )
    .toEqual(['watching'])
  copyFileSync(writeDump(join(appData, 'scraper')), join(inbox, 'wire.jsonl'))

  await expect(storyCount(page)).toHaveText('3 stories')
  await expect(korea).toContainText('1 new')
  await expect(harbour).toContainText('1 new')
  // One notification, for the alert that is on: the count and the first title; the muted one stays quiet.
  await expect
    .poll(() => app.standIn.notifications.map(({ title, body }) => ({ title, body })))
    .toEqual([{ title: '1 new story for «Korea»', body: STORIES.korea.title }])

  app.window!.minimize()
  app.standIn.notifications[0]!.click()
  expect(app.window!.isMinimized()).toBe(false)
  expect(app.window!.isFocused()).toBe(true)

  // Opening the saved search marks its stories seen.
  await korea.click()
  await expect(korea).not.toContainText('new')
})
