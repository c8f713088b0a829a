/**
 * The real app, through Playwright's Electron driver: the flows of test/app (which run everywhere on the Electron
 * stand-in) on Electron itself. It needs Electron's binary and the Electron build of better-sqlite3
 * (scripts/electron-native.mjs), which machines without network access cannot get: there the spec skips and says
 * which of the two is missing. Dialogs, the browser and downloads are answered from main with `app.evaluate`.
 * Not here, because real Electron cannot be made to: a call from a frame that reached IPC (no frame but the top
 * one gets the preload), and the error box of a library refused at start (it would block on a modal dialog).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { hasPoppler, pdfText } from '../helpers/pdf'

const root = resolve(__dirname, '../..')
const require = createRequire(__filename)

function missingPrerequisite(): string | null {
  const electronDir = dirname(require.resolve('electron/package.json'))
  if (!existsSync(join(electronDir, 'path.txt')) || !existsSync(join(electronDir, 'dist'))) {
    return `Electron's binary is not installed in ${electronDir} (it cannot be downloaded on this machine)`
  }
  const abi = require('node-abi').getAbi(require('electron/package.json').version, 'electron') as string
  if (!existsSync(join(root, 'native', `electron-${abi}`, 'better_sqlite3.node'))) {
    return `the Electron build of better-sqlite3 is missing (run \`npm run native:electron\` with network access)`
  }
  return null
}

const missing = missingPrerequisite()
if (missing) console.log(`SKIPPED test/e2e/electron.spec.ts: ${missing}.`)

const KOREA = { title: 'كوريا الشمالية تطلق صاروخا جديدا', url: 'https://news.example.org/korea-missile' }

function writeDump(folder: string): string {
  const path = join(folder, 'stories.jsonl')
  const lines = [
    { ...KOREA, body: 'أطلقت كوريا الشمالية صاروخا باليستيا جديدا فجر اليوم باتجاه البحر.', source: 'وكالة المرصد', date: '2024-02-04' },
    {
      title: 'الحكومة تعلن ميزانية العام المقبل',
      url: 'javascript:alert(1)',
      body: 'أعلنت الحكومة اليوم ميزانية العام المقبل.',
      source: 'النشرة'
    }
  ]
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
  return path
}

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const env: NodeJS.ProcessEnv = { ...process.env, MARSAD_USER_DATA_DIR: userData, LANG: 'en_US.UTF-8' }
  delete env.ELECTRON_RUN_AS_NODE
  delete env.ELECTRON_RENDERER_URL
  const app = await electron.launch({ args: [root], env: env as Record<string, string> })
  // Main records what it hands to the system browser instead of opening it.
  await app.evaluate(({ shell }) => {
    const opened: string[] = []
    Object.assign(globalThis, { openedExternally: opened })
    shell.openExternal = async (url: string) => void opened.push(url)
  })
  return { app, page: await app.firstWindow() }
}

/** Answers main's next dialog of this kind, then clicks a File menu item, as the user would. */
async function clickFileMenu(app: ElectronApplication, item: string, answer: { open?: string; save?: string }): Promise<void> {
  await app.evaluate(
    ({ dialog, Menu }, { item, answer }) => {
      if (answer.open)
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [answer.open!] })) as typeof dialog.showOpenDialog
      if (answer.save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: answer.save! })) as typeof dialog.showSaveDialog
      const file = Menu.getApplicationMenu()!.items.find((entry) => entry.label === 'File')!
      file.submenu!.items.find((entry) => entry.label === item)!.click()
    },
    { item, answer }
  )
}

test.describe('Electron app', () => {
  test.skip(missing !== null, `Skipped: ${missing}.`)
  let userData: string
  test.beforeEach(() => {
    userData = mkdtempSync(join(tmpdir(), 'marsad-electron-'))
  })
  test.afterEach(() => rmSync(userData, { recursive: true, force: true }))

  test('opens a hardened window on the default library; a picked file imports by its path; search marks it', async () => {
    const { app, page } = await launch(userData)
    try {
      expect(new URL(page.url()).protocol).toBe('app:')
      await expect(page.getByTestId('story-count')).toHaveText('0 stories')
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
      const exposed = await page.evaluate(() => Object.keys(window.marsad))
      expect(exposed).toContain('importChosenFiles')
      expect(exposed).not.toContain('importPaths')
      const dump = writeDump(userData)
      await page.getByTestId('import-picker').setInputFiles(dump)
      await expect(page.getByTestId('story-count')).toHaveText('2 stories')
      expect(JSON.stringify(await page.evaluate(() => window.marsad.listImports({ limit: 1 })))).toContain(dump)
      await page.getByRole('search').getByRole('combobox').fill('كورية')
      await page.getByRole('search').getByRole('combobox').press('Enter')
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().locator('mark').first()).toHaveText(
        'كوريا'
      )
    } finally {
      await app.close()
    }
  })

  test('navigation and new windows are refused, a story link opens only its web address, permissions are denied', async () => {
    const { app, page } = await launch(userData)
    try {
      await clickFileMenu(app, 'Import…', { open: writeDump(userData) })
      await expect(page.getByTestId('story-count')).toHaveText('2 stories')
      await page.evaluate(() => (window.location.href = 'https://example.com/'))
      await expect.poll(() => new URL(page.url()).protocol).toBe('app:')
      expect(await page.evaluate(() => window.open('https://example.com/'))).toBeNull()
      await page.getByRole('option').filter({ hasText: KOREA.title }).click()
      await page.getByTestId('story-link').click()
      await expect
        .poll(() => app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally))
        .toEqual([KOREA.url])
      expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied')
    } finally {
      await app.close()
    }
  })

  test("File → New Library… is remembered across a restart; a briefing exports a PDF through the app's printer", async () => {
    const fresh = join(userData, 'work', 'monitoring.marsad')
    let { app, page } = await launch(userData)
    await clickFileMenu(app, 'New Library…', { save: fresh })
    await expect
      .poll(() => page.evaluate(async () => ((await window.marsad.libraryInfo()) as { value?: { path: string } }).value?.path))
      .toBe(fresh)
    await clickFileMenu(app, 'Import…', { open: writeDump(userData) })
    await expect(page.getByTestId('story-count')).toHaveText('2 stories')
    await app.close()
    ;({ app, page } = await launch(userData))
    try {
      await expect(page.getByTestId('story-count')).toHaveText('2 stories')
      const made = await page.evaluate(async (title) => {
        const stories = await window.marsad.listStories({ limit: 10 })
        const briefing = await window.marsad.createBriefing({ title: 'موجز الصباح', language: 'ar' })
        if (!stories.ok || !briefing.ok) return false
        const id = stories.value.stories.find((story) => story.title === title)!.id
        return (await window.marsad.addToBriefing({ briefingId: briefing.value.id, storyIds: [id] })).ok
      }, KOREA.title)
      expect(made).toBe(true)
      const saved = join(userData, 'briefing.pdf')
      await app.evaluate(({ session }, path) => {
        session.defaultSession.once('will-download', (_event, item) => item.setSavePath(path))
      }, saved)
      await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Briefings' }).click()
      await page.getByRole('button', { name: /^موجز الصباح/ }).click()
      await page.getByRole('button', { name: /^Export/ }).click()
      await page.getByRole('menuitem', { name: 'PDF' }).click()
      await expect.poll(() => existsSync(saved) && readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
      if (hasPoppler) expect(pdfText(saved).replace(/\s+/g, '')).toContain(KOREA.title.replace(/\s+/g, ''))
    } finally {
      await app.close()
    }
  })
})
