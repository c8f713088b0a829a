/**
 * A briefing exported to PDF through the app's own printer (src/main/pdf.ts: a hidden window on Electron's
 * printToPDF), saved where the user chose in the save dialog, and read back with poppler.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasPoppler, pdfContentsPages, pdfFonts, pdfText } from '../helpers/pdf'
import { dropFiles } from '../electron/launchApp'
import { expect, STORIES, storyCount, test, writeDump } from './fixtures'

test("a briefing exports to a right-to-left PDF through the app's printer, and its Arabic reads back", async ({ launch, appData }) => {
  test.skip(!hasPoppler, 'poppler-utils is not installed (apt-get install poppler-utils)')
  const app = await launch()
  const page = await app.page()
  await dropFiles(app.window!, [writeDump(join(appData, 'dumps'))])
  await expect(storyCount(page)).toHaveText('3 stories')

  const made = await page.evaluate(async (title) => {
    const stories = await window.marsad.listStories({ limit: 10 })
    const briefing = await window.marsad.createBriefing({ title: 'موجز الصباح', language: 'ar' })
    if (!stories.ok || !briefing.ok) return false
    const korea = stories.value.stories.find((story) => story.title === title)!
    return (await window.marsad.addToBriefing({ briefingId: briefing.value.id, storyIds: [korea.id], comment: 'تصعيد يستحق المتابعة.' })).ok
  }, STORIES.korea.title)
  expect(made).toBe(true)

  await page.getByRole('navigation', { name: 'Library navigation' }).getByRole('button', { name: 'Briefings' }).click()
  await page.getByRole('button', { name: /^موجز الصباح/ }).click()
  const saved = join(appData, 'exports', 'موجز الصباح.pdf')
  app.standIn.dialogs.willSave(saved)
  await page.getByRole('button', { name: /^Export/ }).click()
  await page.getByRole('menuitem', { name: 'PDF' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Exported موجز الصباح.pdf' })).toBeVisible()
  await expect.poll(() => existsSync(saved)).toBe(true)
  // The download asked where to save, suggesting the briefing's own name.
  expect(app.standIn.dialogs.calls.at(-1)).toMatchObject({ kind: 'showSaveDialog', options: { defaultPath: 'موجز الصباح.pdf' } })

  expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
  const text = pdfText(saved).replace(/\s+/g, '')
  for (const expected of ['موجز الصباح', STORIES.korea.title, 'تصعيد يستحق المتابعة.']) expect(text).toContain(expected.replace(/\s+/g, ''))
  // Every glyph in Amiri (the printer links its fonts from the app's folder, and they load before it prints).
  expect(
    pdfFonts(saved)
      .map((font) => font.name)
      .sort()
  ).toEqual(['Amiri-Bold', 'Amiri-Regular'])
  expect(pdfFonts(saved).every((font) => font.embedded)).toBe(true)
  // The contents give the page the story starts on: the cover, the contents, then the story on page 3.
  expect(pdfContentsPages(saved, 2).get(STORIES.korea.title.replace(/\s+/g, ''))).toBe(3)
})
