/**
 * Fixtures of the app specs: a fresh Electron appData folder per test (the default library is
 * appData/Marsad/library.marsad), apps launched on the stand-in and quit after the test, and a small dump of our
 * own invented stories.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { launchApp, type LaunchOptions, type RunningApp } from '../electron/launchApp'

export { expect }

export interface AppFixtures {
  appData: string
  launch(options?: Partial<LaunchOptions>): Promise<RunningApp>
}

export const test = base.extend<AppFixtures>({
  appData: async ({}, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'marsad-app-'))
    await use(folder)
    rmSync(folder, { recursive: true, force: true })
  },
  launch: async ({ appData }, use) => {
    const launched: RunningApp[] = []
    await use(async (options = {}) => {
      const app = await launchApp({ appData, locale: 'en-US', ...options })
      launched.push(app)
      return app
    })
    for (const app of launched.reverse()) await app.quit()
  }
})

export const STORIES = {
  korea: { title: 'كوريا الشمالية تطلق صاروخا جديدا', url: 'https://news.example.org/korea-missile' },
  budget: { title: 'الحكومة تعلن ميزانية العام المقبل', url: 'javascript:alert(document.cookie)' },
  harbour: { title: 'افتتاح ميناء الصيد في المدينة الساحلية', url: 'file:///etc/passwd' }
}

/** A JSON Lines dump of three stories (one with a web address, two with addresses that are not). */
export function writeDump(folder: string, name = 'stories.jsonl'): string {
  mkdirSync(folder, { recursive: true })
  const lines = [
    {
      ...STORIES.korea,
      body: 'أطلقت كوريا الشمالية صاروخا باليستيا جديدا فجر اليوم باتجاه البحر، وفق ما أعلنت هيئة الأركان.',
      source: 'وكالة المرصد',
      date: '2024-02-04'
    },
    {
      ...STORIES.budget,
      body: 'أعلنت الحكومة اليوم ميزانية العام المقبل، وقالت إن الإنفاق على التعليم سيرتفع.',
      source: 'النشرة',
      date: '2024-02-05'
    },
    {
      ...STORIES.harbour,
      body: 'افتتح المحافظ ميناء الصيد الجديد في المدينة الساحلية بحضور الصيادين.',
      source: 'النشرة',
      date: '2024-02-06'
    }
  ]
  const path = join(folder, name)
  writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
  return path
}

export const storyCount = (page: Page) => page.getByTestId('story-count')
export const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')
export const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
