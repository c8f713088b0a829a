/**
 * The window as an analyst meets it: Marsad's built main process and preload on the Electron stand-in, the
 * real renderer served by main's app:// protocol, every call through the preload and IPC.
 */
import { join } from 'node:path'
import { dropFiles } from '../electron/launchApp'
import { expect, results, searchBox, STORIES, storyCount, test, writeDump } from './fixtures'

test('opens on the default library, shows its story count, and gives the page the window contract only', async ({ launch, appData }) => {
  const app = await launch()
  const page = await app.page()
  expect(app.window!.webContents.getURL()).toBe('app://marsad/index.html')
  await expect(storyCount(page)).toHaveText('0 stories')

  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  const exposed = await page.evaluate(() => Object.keys(window.marsad))
  expect(exposed).toEqual(expect.arrayContaining(['libraryInfo', 'importFiles', 'importChosenFiles', 'openStoryLink', 'on']))
  expect(exposed).not.toContain('importPaths')
  expect(await page.evaluate(() => window.marsad.libraryInfo())).toMatchObject({
    ok: true,
    value: { path: join(appData, 'Marsad', 'library.marsad'), storyCount: 0 }
  })

  // Main's protocol serves the page with its policy as a header, and answers bad paths itself.
  const answers = await page.evaluate(async () => {
    const index = await fetch('/index.html')
    return {
      csp: index.headers.get('content-security-policy'),
      malformed: (await fetch('/%ZZ.js')).status,
      missing: (await fetch('/assets/no-such-file.js')).status,
      outside: (await fetch('/..%2f..%2fpackage.json')).status
    }
  })
  expect(answers.csp).toContain("frame-ancestors 'none'")
  expect(answers.malformed).toBe(400)
  expect(answers.missing).toBe(404)
  expect(answers.outside).toBe(403)
})

test('a dump dropped on the window is imported by its path through main, and a search marks what it found', async ({ launch, appData }) => {
  const app = await launch()
  const page = await app.page()
  const dump = writeDump(join(appData, 'dumps'))
  await dropFiles(app.window!, [dump])

  const summary = page.getByTestId('import-summary')
  await expect(summary).toBeVisible()
  await expect(summary).toContainText('stories.jsonl')
  await expect(storyCount(page)).toHaveText('3 stories')
  // Main read the file where it lies: the import names it by its path, not as a dropped copy.
  const imports = await page.evaluate(() => window.marsad.listImports({ limit: 1 }))
  expect(JSON.stringify(imports)).toContain(dump)

  await searchBox(page).fill('كورية')
  await searchBox(page).press('Enter')
  const first = results(page).getByRole('option').first()
  await expect(first).toContainText(STORIES.korea.title)
  await expect(first.locator('mark').first()).toHaveText('كوريا')

  // The coverage chart's counts come through the same window path.
  await page.getByRole('button', { name: 'Chart' }).click()
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible()
  await expect(page.getByTestId('trend-chart')).toContainText('1 dated story')
})

test('page script cannot make main read a path: only files the user chose, by the paths the preload reads', async ({ launch }) => {
  const app = await launch()
  const page = await app.page()
  await expect(storyCount(page)).toHaveText('0 stories')
  const attempt = await page.evaluate(async () => {
    const bridge = window.marsad as unknown as Record<string, unknown>
    const forged = new File(['not a key'], 'id_ed25519')
    const pretender = { name: 'id_ed25519', path: '/root/.ssh/id_ed25519' } as unknown as File
    return {
      importPaths: typeof bridge.importPaths,
      chosen: await window.marsad.importChosenFiles!([forged, pretender])
    }
  })
  expect(attempt.importPaths).toBe('undefined')
  // Neither a File made by page script nor an object posing as one has a path on disk: both are left to be sent as
  // bytes, and nothing is read by path.
  expect(attempt.chosen).toEqual({ ok: true, value: { jobId: null, pathless: [0, 1] } })
})

test('an installation without its SQLite addon says why it cannot start, and quits', async ({ launch }) => {
  const app = await launch({ isPackaged: true, withNativeBinding: false })
  expect(app.window).toBeNull()
  expect(app.standIn.dialogs.errorBoxes()).toEqual([expect.stringMatching(/Marsad could not start[\s\S]*SQLite addon built for Electron/)])
})
