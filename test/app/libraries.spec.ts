/**
 * The File menu and what the app remembers: importing through main's dialogs, new and opened libraries kept
 * across a restart, a library refused at start or on opening, one instance per user, and a packaged app that no
 * environment variable can redirect.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openLibrary } from '../../src/core/library'
import { serveRenderer } from '../harness/rendererServer'
import { APP_ROOT } from '../electron/launchApp'
import { expect, storyCount, test, writeDump } from './fixtures'

const libraryPath = async (page: import('@playwright/test').Page) =>
  page.evaluate(async () => {
    const info = await window.marsad.libraryInfo()
    return info.ok ? info.value.path : null
  })

/** A library made by a Marsad newer than this one: its schema version is past every migration we know. */
function tooNewLibrary(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true })
  openLibrary(path).close()
  const db = new Database(path)
  db.pragma('user_version = 99999')
  db.close()
}

test("File → Import… and Import Folder… import what the user chose in main's dialogs", async ({ launch, appData }) => {
  const app = await launch()
  const page = await app.page()
  await expect(storyCount(page)).toHaveText('0 stories')
  const file = writeDump(join(appData, 'one'))
  app.standIn.dialogs.willOpen(file)
  app.standIn.applicationMenu!.find('File', 'Import…').click()
  await expect(storyCount(page)).toHaveText('3 stories')

  writeDump(join(appData, 'folder'), 'more.jsonl')
  writeFileSync(join(appData, 'folder', 'other.txt'), 'سوق الذهب يغلق على ارتفاع\nارتفعت أسعار الذهب في ختام تعاملات اليوم بنسبة طفيفة.\n')
  app.standIn.dialogs.willOpen(join(appData, 'folder'))
  app.standIn.applicationMenu!.find('File', 'Import Folder…').click()
  await expect(page.getByTestId('import-summary')).toContainText('other.txt')
  expect(app.standIn.dialogs.calls.map((call) => call.kind)).toEqual(['showOpenDialog', 'showOpenDialog'])
  // Cancelling the dialog imports nothing.
  app.standIn.applicationMenu!.find('File', 'Import…').click()
  await expect.poll(() => app.standIn.dialogs.calls.length).toBe(3)
})

test('File → New Library… and Open Library… switch libraries, and the choice is remembered across a restart', async ({
  launch,
  appData
}) => {
  const first = await launch()
  let page = await first.page()
  const fresh = join(appData, 'work', 'monitoring.marsad')
  first.standIn.dialogs.willSave(fresh)
  first.standIn.applicationMenu!.find('File', 'New Library…').click()
  await expect.poll(() => libraryPath(page)).toBe(fresh)
  first.standIn.dialogs.willOpen(writeDump(join(appData, 'dumps')))
  first.standIn.applicationMenu!.find('File', 'Import…').click()
  await expect(storyCount(page)).toHaveText('3 stories')
  await first.quit()

  const second = await launch()
  page = await second.page()
  await expect(storyCount(page)).toHaveText('3 stories')
  expect(await libraryPath(page)).toBe(fresh)

  const defaultLibrary = join(appData, 'Marsad', 'library.marsad')
  second.standIn.dialogs.willOpen(defaultLibrary)
  second.standIn.applicationMenu!.find('File', 'Open Library…').click()
  await expect(storyCount(page)).toHaveText('0 stories')
  expect(await libraryPath(page)).toBe(defaultLibrary)

  // A library this Marsad cannot open leaves the open one in place, and says why.
  const newer = join(appData, 'newer.marsad')
  tooNewLibrary(newer)
  second.standIn.dialogs.willOpen(newer)
  second.standIn.applicationMenu!.find('File', 'Open Library…').click()
  await expect.poll(() => second.standIn.dialogs.errorBoxes()).toEqual([expect.stringContaining('was made by a newer Marsad')])
  expect(await libraryPath(page)).toBe(defaultLibrary)
})

test('a remembered library that is refused at start falls back to the default library with a message', async ({ launch, appData }) => {
  const newer = join(appData, 'elsewhere', 'newer.marsad')
  tooNewLibrary(newer)
  mkdirSync(join(appData, 'Marsad'), { recursive: true })
  writeFileSync(join(appData, 'Marsad', 'settings.json'), JSON.stringify({ libraryPath: newer }))
  const app = await launch()
  const page = await app.page()
  await expect(storyCount(page)).toHaveText('0 stories')
  expect(await libraryPath(page)).toBe(join(appData, 'Marsad', 'library.marsad'))
  expect(app.standIn.dialogs.errorBoxes()).toEqual([expect.stringMatching(/newer Marsad[\s\S]*opened your default library instead/)])
})

test('a second instance hands over to the first window, which comes back to the front', async ({ launch }) => {
  const first = await launch()
  await expect(storyCount(await first.page())).toBeVisible()
  first.window!.minimize()
  const second = await launch()
  expect(second.window).toBeNull()
  await second.standIn.app.exited
  expect(first.window!.isMinimized()).toBe(false)
  expect(first.window!.isFocused()).toBe(true)
})

test('a packaged app ignores the development variables: its own page and its own library', async ({ launch, appData }) => {
  const elsewhere = join(appData, 'elsewhere')
  const app = await launch({
    isPackaged: true,
    env: { ELECTRON_RENDERER_URL: 'https://attacker.example/', MARSAD_USER_DATA_DIR: elsewhere }
  })
  const page = await app.page()
  expect(app.window!.webContents.getURL()).toBe('app://marsad/index.html')
  await expect(storyCount(page)).toHaveText('0 stories')
  expect(await libraryPath(page)).toBe(join(appData, 'Marsad', 'library.marsad'))
  // No reload or developer tools in a packaged app's View menu.
  const view = app.standIn.applicationMenu!.find('View').submenu!.items.map((item) => item.role)
  expect(view).not.toContain('toggleDevTools')
})

test('a development run loads the dev server, trusts exactly its origin, and keeps its library where told', async ({ launch, appData }) => {
  const devServer = await serveRenderer(join(APP_ROOT, 'out/renderer'))
  try {
    const elsewhere = join(appData, 'dev')
    const app = await launch({ env: { ELECTRON_RENDERER_URL: devServer.url, MARSAD_USER_DATA_DIR: elsewhere } })
    const page = await app.page()
    expect(app.window!.webContents.getURL()).toBe(devServer.url)
    await expect(storyCount(page)).toHaveText('0 stories')
    expect(await libraryPath(page)).toBe(join(elsewhere, 'library.marsad'))
    expect(app.standIn.applicationMenu!.find('View').submenu!.items.map((item) => item.role)).toContain('toggleDevTools')
  } finally {
    await devServer.close()
  }
})
