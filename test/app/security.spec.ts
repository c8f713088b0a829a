/**
 * What the window may not do, tried through the real shell: leave the app, open windows, open anything but a
 * story's own web address, call main from a frame, or get a permission.
 */
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { dropFiles } from '../electron/launchApp'
import { expect, STORIES, storyCount, test, writeDump } from './fixtures'

async function openStory(page: Page, title: string): Promise<void> {
  await page.getByRole('option').filter({ hasText: title }).click()
  await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toHaveText(title)
}

test('navigation away is refused and the page opens no window; a story link opens only its own web address', async ({
  launch,
  appData
}) => {
  const app = await launch()
  const page = await app.page()
  await dropFiles(app.window!, [writeDump(join(appData, 'dumps'))])
  await expect(storyCount(page)).toHaveText('3 stories')

  await page.evaluate(() => (window.location.href = 'https://example.com/'))
  await page.waitForTimeout(300)
  expect(app.window!.webContents.getURL()).toBe('app://marsad/index.html')
  await expect(storyCount(page)).toBeVisible()

  expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true)
  // A link to another site that page script made and clicked opens no window either, nor the browser.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/elsewhere', target: '_blank', textContent: 'x' })
    document.body.append(link)
    link.click()
  })

  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Stories' }).click()
  await openStory(page, STORIES.korea.title)
  await page.getByTestId('story-link').click()
  await expect.poll(() => app.standIn.openedExternally).toEqual([STORIES.korea.url])

  // javascript: and file: addresses are shown as text, and the API refuses to open them.
  await openStory(page, STORIES.budget.title)
  await expect(page.getByTestId('story-link')).toHaveCount(0)
  await expect(page.getByTestId('reader')).toContainText('not a web link')
  const refusals = await page.evaluate(async (webStory) => {
    const page = await window.marsad.listStories({ limit: 10 })
    if (!page.ok) return []
    return Promise.all(
      page.value.stories.filter((story) => story.title !== webStory).map((story) => window.marsad.openStoryLink({ id: story.id }))
    )
  }, STORIES.korea.title)
  expect(refusals).toHaveLength(2)
  for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: { code: 'not-found' } })
  expect(app.standIn.openedExternally).toEqual([STORIES.korea.url])
})

test('a call from a frame inside the window is refused', async ({ launch }) => {
  const app = await launch()
  const page = await app.page()
  await expect(storyCount(page)).toHaveText('0 stories')
  await page.evaluate(() => document.body.append(document.createElement('iframe')))
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!
  // The frame has no preload (Electron runs it in the top frame only); a compromised frame that reached IPC anyway:
  const wire = await page.evaluate(() => Object.getOwnPropertyNames(window).find((name) => name.startsWith('__electronWire_'))!)
  const answer = await frame.evaluate(
    ([name]) =>
      (window as unknown as Record<string, (kind: string, payload: unknown) => Promise<unknown>>)[name!]!('ipc-invoke', {
        channel: 'marsad:libraryInfo',
        args: [{}]
      }),
    [wire]
  )
  expect(answer).toEqual({
    value: { ok: false, error: { code: 'bad-request', message: 'Calls are only accepted from the Marsad window.' } }
  })
  expect(await frame.evaluate(() => typeof (window as { marsad?: unknown }).marsad)).toBe('undefined')
})

test('permission requests are denied', async ({ launch }) => {
  const app = await launch()
  const page = await app.page()
  await expect(storyCount(page)).toBeVisible()
  const answers = await page.evaluate(async () => ({
    notifications: await Notification.requestPermission(),
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    camera: await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: DOMException) => error.name
    )
  }))
  expect(answers).toEqual({ notifications: 'denied', geolocation: 'denied', camera: 'NotAllowedError' })
})
