import { libraryOf400Stories, writeNoiseInTheMiddle } from '../helpers/damage'
import { addStory } from '../helpers/stories'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

test.describe('app frame', () => {
  test('the status bar shows the story count of a seeded library, in Arabic and in English', async ({ core, openMarsad }) => {
    for (let i = 1; i <= 3; i++) {
      addStory(core.library, { title: `خبر رقم ${i}`, body: `نص الخبر ${i}`, date: `2024-02-0${i}` })
    }

    const arabic = await openMarsad({ language: 'ar' })
    await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(arabic.getByTestId('story-count')).toHaveText('3 أخبار')
    await expect(arabic.getByText(core.library.path)).toBeVisible()
    await expect(arabic.getByRole('option')).toHaveText([/خبر رقم 3/, /خبر رقم 2/, /خبر رقم 1/])

    const english = await openMarsad({ language: 'en' })
    await expect(english.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(english.getByTestId('story-count')).toHaveText('3 stories')
  })

  test('switching the interface language mirrors the layout and keeps story text in its own direction', async ({ core, openMarsad }) => {
    addStory(core.library, { title: 'روسيا تعلن', body: 'نص' })
    const page = await openMarsad({ language: 'en' })
    const navigation = page.getByRole('navigation')
    const list = page.getByRole('main')
    const leftToRight = [(await navigation.boundingBox())!.x, (await list.boundingBox())!.x]
    expect(leftToRight[0]).toBeLessThan(leftToRight[1])

    await page.getByRole('button', { name: 'العربية' }).click()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(page.getByText('كل الأخبار')).toBeVisible()
    const rightToLeft = [(await navigation.boundingBox())!.x, (await list.boundingBox())!.x]
    expect(rightToLeft[0]).toBeGreaterThan(rightToLeft[1])
    await expect(page.getByText('روسيا تعلن')).toHaveAttribute('dir', 'auto')
  })

  test('an empty library offers to import files or a folder, names the dumps it reads, and imports a demo', async ({ openMarsad }) => {
    const page = await openMarsad({ language: 'en' })
    const firstScreen = page.getByRole('region', { name: 'Start your library' })
    await expect(page.getByTestId('story-count')).toHaveText('0 stories')
    await expect(firstScreen.getByRole('button', { name: 'Import files…' })).toBeVisible()
    await expect(firstScreen.getByRole('button', { name: 'Import a folder…' })).toBeVisible()
    await expect(firstScreen.getByRole('listitem').filter({ hasText: 'JSON, JSON Lines, CSV and TSV' })).toBeVisible()
    await expect(firstScreen).not.toContainText('File →')

    // Import files… opens the file picker, and what is picked is imported.
    const chooser = page.waitForEvent('filechooser')
    await firstScreen.getByRole('button', { name: 'Import files…' }).click()
    await (
      await chooser
    ).setFiles({
      name: 'one.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from('{"title":"خبر أول","body":"نص الخبر الأول في الملف."}\n')
    })
    await expect(page.getByTestId('story-count')).toHaveText('1 story')
  })

  test('the demo stories arrive through the normal import, named by the demo file', async ({ openMarsad }) => {
    const page = await openMarsad({ language: 'ar' })
    await page.getByRole('button', { name: 'جرّب مرصد على أخبار تجريبية' }).click()
    await expect(page.getByTestId('story-count')).toHaveText('12 خبرًا')
    await expect(page.getByRole('region', { name: 'ابدأ مكتبتك' })).toBeHidden()
    await page.getByRole('main').getByRole('option').first().click()
    await expect(page.getByTestId('reader')).toContainText('marsad-demo.jsonl')
  })

  test('the page runs under the Content-Security-Policy with no errors and no Node', async ({ openMarsad }) => {
    const page = await openMarsad({ language: 'en' })
    const problems: string[] = []
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
    page.on('pageerror', (error) => problems.push(error.message))
    await page.reload()
    await expect(page.getByTestId('story-count')).toBeVisible()
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    // Inline script is refused by the policy.
    const ranInline = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return (window as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ranInline).toBe(false)
    expect(problems.filter((p) => !/Content Security Policy|Content-Security-Policy/.test(p))).toEqual([])
  })

  test('a damaged library shows a badge that says so and what to do, in Arabic and in English, reachable by keyboard', async ({
    core,
    openMarsad
  }) => {
    const temp = makeTempDir('marsad-e2e-damaged-')
    try {
      const path = temp.file('damaged.marsad')
      libraryOf400Stories(path)
      writeNoiseInTheMiddle(path)
      core.switchLibrary(path)

      const arabic = await openMarsad({ language: 'ar' })
      const badge = arabic.getByTestId('read-only-badge')
      await expect(badge).toHaveText('تالفة: للقراءة فقط')
      await expect(badge).toHaveAttribute('title', /وُجد تلف في ملف المكتبة.*فحص المكتبة…/)
      await badge.focus()
      await expect(badge).toBeFocused()

      const english = await openMarsad({ language: 'en' })
      await expect(english.getByTestId('read-only-badge')).toHaveText('Damaged: read-only')
      await expect(english.getByTestId('read-only-badge')).toHaveAttribute('title', /is damaged .*marsad check --repair/)
    } finally {
      temp.cleanup()
    }
  })
})
