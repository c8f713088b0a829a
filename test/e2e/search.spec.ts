import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Library } from '../../src/core/library'
import { addStory } from '../helpers/stories'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

/** Korean stories from two agencies over three months, and some that have nothing to do with Korea. */
function seedKoreaStories(library: Library): void {
  const stories = [
    {
      title: 'كوريا الشمالية تطلق صاروخا باليستيا',
      source: 'وكالة سول',
      date: '2024-01-10',
      body: 'أطلقت كوريا الشمالية صاروخا باليستيا جديدا فوق بحر اليابان.'
    },
    {
      title: 'محادثات بين الكوريتين في بانمونجوم',
      source: 'وكالة سول',
      date: '2024-02-12',
      body: 'التقى وفدا كوريا الجنوبية والشمالية في بانمونجوم لبحث التوتر.'
    },
    {
      title: 'عقوبات جديدة على كوريا الشمالية',
      source: 'Sky News عربية',
      date: '2024-02-20',
      body: 'فرض مجلس الأمن عقوبات جديدة على كوريا الشمالية بسبب برنامجها الصاروخي.'
    },
    {
      title: 'زعيم كوريا الشمالية يزور مصنعا للذخيرة',
      source: 'Sky News عربية',
      date: '2024-03-05',
      body: 'زار زعيم كوريا الشمالية مصنعا للذخيرة في بيونغيانغ ودعا إلى زيادة الإنتاج.'
    },
    {
      title: 'أسعار النفط ترتفع في الأسواق',
      source: 'وكالة الطاقة',
      date: '2024-03-06',
      body: 'ارتفعت أسعار النفط الخام بعد قرار خفض الإنتاج.'
    },
    {
      title: 'افتتاح معرض الكتاب في الرياض',
      source: 'صحيفة الثقافة',
      date: '2024-03-07',
      body: 'افتتح معرض الكتاب أبوابه للزوار بمشاركة مئات دور النشر.'
    }
  ]
  for (const story of stories) addStory(library, story)
}

const searchBox = (page: Page) => page.getByRole('search').getByRole('combobox')
/** The filters the search box shows apart from the typed text, each in its own direction. */
const filterChips = (page: Page) => page.getByRole('search').getByRole('list').locator('bdi')
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' })
const resultCount = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 }).first()

/** The result row whose title is exactly this (a row's text also holds its snippet). */
const resultTitled = (page: Page, title: string) =>
  results(page)
    .getByRole('option')
    .filter({ has: page.getByText(title, { exact: true }) })

async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query)
  await searchBox(page).press('Enter')
}

test.describe('search', () => {
  test('search, filter with a facet and the date range, sort by date, open a result', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    await search(page, 'كوريا')

    await expect(resultCount(page)).toHaveText('4 results')
    const first = results(page).getByRole('option').first()
    await expect(first.locator('mark').first()).toHaveText('كوريا')
    await expect(first).toContainText('Matched:')

    // A facet click writes the same filter an analyst would type, shown as a chip; the facets are menus in one row.
    const facets = page.getByRole('region', { name: 'Filter the results' })
    await facets.getByRole('button', { name: 'Source' }).click()
    await page.getByRole('button', { name: 'Sky News عربية 2' }).click()
    await expect(searchBox(page)).toHaveValue('كوريا')
    await expect(filterChips(page)).toHaveText(['source:"Sky News عربية"'])
    await expect(resultCount(page)).toHaveText('2 results')
    await facets.getByRole('button', { name: 'Source (1)' }).click()
    await expect(page.getByRole('button', { name: 'Sky News عربية 2' })).toHaveAttribute('aria-pressed', 'true')
    await page.getByRole('button', { name: 'Sky News عربية 2' }).click()
    await expect(resultCount(page)).toHaveText('4 results')

    // The date range: February only.
    await page.getByRole('button', { name: /^Date range/ }).click()
    const dates = page.getByRole('dialog', { name: 'Date range' })
    await dates.getByLabel('From').fill('2024-02-01')
    await dates.getByLabel('To').fill('2024-02-29')
    await dates.getByRole('button', { name: 'Apply' }).click()
    await expect(searchBox(page)).toHaveValue('كوريا')
    await expect(filterChips(page)).toHaveText(['date:2024-02-01..2024-02-29'])
    await expect(resultCount(page)).toHaveText('2 results')
    await expect(page.getByRole('button', { name: /^Date range: Feb 1, 2024 – Feb 29, 2024/ })).toBeVisible()

    // Newest first, then open the newest; the date filter is removed from its chip.
    await page.getByRole('search').getByRole('button', { name: 'date:2024-02-01..2024-02-29' }).click()
    await expect(searchBox(page)).toHaveValue('كوريا')
    await page.getByRole('button', { name: 'Newest' }).click()
    await expect(results(page).getByRole('option')).toHaveCount(4)
    await expect(results(page).getByRole('option').first()).toContainText('زعيم كوريا الشمالية يزور مصنعا للذخيرة')
    await expect(results(page).getByRole('option').last()).toContainText('كوريا الشمالية تطلق صاروخا باليستيا')
    await results(page).getByRole('option').first().click()
    await expect(page.getByRole('article').getByRole('heading', { name: 'زعيم كوريا الشمالية يزور مصنعا للذخيرة' })).toBeVisible()

    // Dragged onto the reader, a row carries its story's id (the reader links it to the open story).
    const dragged = await results(page)
      .getByRole('option')
      .last()
      .evaluate((row) => {
        const transfer = new DataTransfer()
        row.dispatchEvent(new DragEvent('dragstart', { dataTransfer: transfer, bubbles: true }))
        return transfer.getData('application/x-marsad-story')
      })
    expect(dragged).toBe('1')
  })

  test('keyboard: / focuses the box, ↓ goes to the results, arrows move, Enter opens, Esc returns to the box', async ({
    core,
    openMarsad
  }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    await page.getByTestId('story-count').click()
    await page.keyboard.press('/')
    await expect(searchBox(page)).toBeFocused()
    await page.keyboard.type('كوريا')
    await page.keyboard.press('Enter')
    await expect(resultCount(page)).toHaveText('4 results')

    await page.keyboard.press('ArrowDown')
    await expect(results(page)).toBeFocused()
    const second = results(page).getByRole('option').nth(1)
    const secondTitle = (await second.locator('.search-result__title').innerText()).trim()
    await page.keyboard.press('ArrowDown')
    await expect(results(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('article').getByRole('heading', { name: secondTitle })).toBeVisible()

    await results(page).focus()
    await page.keyboard.press('Escape')
    await expect(searchBox(page)).toBeFocused()
    await page.getByRole('article').click()
    await page.keyboard.press('Control+k')
    await expect(searchBox(page)).toBeFocused()
  })

  test('suggestions as you type: tags and sources; choosing one searches with its filter', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    await core.handlers.tagStories({ tags: ['كوريا/الشمالية'], storyIds: [1] })
    const page = await openMarsad({ language: 'en' })
    await searchBox(page).fill('كور')
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' })
    await suggestions.getByRole('group', { name: 'Tags' }).getByRole('option', { name: '#كوريا', exact: true }).click()
    await expect(filterChips(page)).toHaveText(['tag:كوريا'])
    await expect(resultCount(page)).toHaveText('1 result')

    await searchBox(page).fill('وكالة')
    await expect(suggestions.getByRole('option', { name: 'وكالة الطاقة' })).toBeVisible()
    await searchBox(page).press('ArrowDown')
    await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/)
    await suggestions.getByRole('option', { name: 'وكالة سول' }).click()
    // The tag chip stays: a filter is kept until it is removed.
    await expect(searchBox(page)).toHaveValue('')
    await expect(filterChips(page)).toHaveText(['source:"وكالة سول"', 'tag:كوريا'])
    await expect(resultCount(page)).toHaveText('1 result')
    await page.getByRole('search').getByRole('button', { name: 'tag:كوريا' }).click()
    await expect(filterChips(page)).toHaveText(['source:"وكالة سول"'])
    await expect(resultCount(page)).toHaveText('2 results')
  })

  test('in the right-to-left box, a filter added by a facet shows apart from the typed words, reads as typed, and can be removed', async ({
    core,
    openMarsad
  }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'ar' })
    await search(page, 'كوريا')
    await page.getByRole('region', { name: 'تصفية النتائج' }).getByRole('button', { name: 'المصدر' }).click()
    await page.getByRole('button', { name: 'Sky News عربية 2' }).click()
    await expect(resultCount(page)).toHaveText('نتيجتان')
    await expect(searchBox(page)).toHaveValue('كوريا')
    const chip = page.getByRole('search').getByRole('button', { name: 'source:"Sky News عربية"' })
    await expect(chip.locator('bdi')).toHaveAttribute('dir', 'ltr')
    // Right to left: the typed words first (on the right), then the filter.
    expect((await chip.boundingBox())!.x).toBeLessThan((await searchBox(page).boundingBox())!.x)

    // Typed with a filter, the query is searched as typed and shown the same way; a chip stays until removed.
    await chip.click()
    await search(page, 'كوريا source:"وكالة سول"')
    await expect(resultCount(page)).toHaveText('نتيجتان')
    await expect(searchBox(page)).toHaveValue('كوريا')
    await page.getByRole('search').getByRole('button', { name: 'source:"وكالة سول"' }).click()
    await expect(resultCount(page)).toHaveText('4 نتائج')
    await expect(filterChips(page)).toHaveCount(0)
  })

  test('a query that cannot be read is explained under the box; did-you-mean corrects a misspelling', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))

    for (const hostile of ['كوريا "الشمالية', 'NEAR(كوريا', '(كوريا OR', 'date:2024-13']) {
      await search(page, hostile)
      await expect(page.getByRole('search').getByRole('alert')).toContainText('This search cannot be read')
      await expect(searchBox(page)).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByRole('heading', { name: 'How to write a search' })).toBeVisible()
    }
    await expect(page.getByRole('search').getByRole('alert')).toContainText('2024-13 has no month 13')
    await page.getByRole('search').getByRole('button', { name: 'date:2024-13' }).click()

    await search(page, 'بيونغيانع')
    await expect(page.getByRole('search').getByRole('alert')).toBeHidden()
    await expect(page.getByText('No stories match this search.')).toBeVisible()
    await page.getByRole('button', { name: 'بيونغيانغ' }).click()
    await expect(searchBox(page)).toHaveValue('بيونغيانغ')
    await expect(resultCount(page)).toHaveText('1 result')
    expect(problems).toEqual([])
  })

  test('the Arabic interface explains an unreadable query in Arabic, batch lines too, and the error line moves nothing', async ({
    core,
    openMarsad
  }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'ar' })
    await search(page, 'كوريا')
    await expect(resultCount(page)).toHaveText('4 نتائج')
    const listTop = async () => (await page.getByRole('main').boundingBox())!.y

    const before = await listTop()
    await search(page, 'NEAR(كوريا')
    const alert = page.getByRole('search').getByRole('alert')
    await expect(alert).toHaveText('تعذّر فهم البحث عند الحرف 1: \u2066NEAR(\u2069 هذا لم يُغلق. صحّحه ثم اضغط Enter.')
    expect(await listTop()).toBe(before)

    await search(page, 'date:2024-13')
    await expect(alert).toContainText('لا شهر 13 في')
    await expect(alert).not.toContainText('month')

    await page.getByRole('button', { name: 'بحث جماعي' }).click()
    await page.getByLabel('عمليات البحث، واحدة في كل سطر').fill('كوريا\nNEAR(كوريا)')
    await page.getByRole('button', { name: 'تنفيذ', exact: true }).click()
    await expect(page.locator('.batch__query').nth(1)).toContainText('تعذّر البحث بهذا السطر: يحتاج \u2066NEAR\u2069 إلى كلمتين على الأقل')
  })

  test('clitics on a query word still find the story; a word no story holds in any form is named, in English and Arabic', async ({
    core,
    openMarsad
  }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    await search(page, 'فبكوريا الشمالية')
    await expect(resultCount(page)).toHaveText('4 results')

    await search(page, 'كوريا زقزقوط')
    await expect(page.getByText('No stories match this search.')).toBeVisible()
    await expect(page.getByText('No story has this word in any form:')).toBeVisible()
    await expect(page.locator('.search-unmatched__word')).toHaveText(['زقزقوط'])

    const arabic = await openMarsad({ language: 'ar' })
    await search(arabic, 'كوريا زقزقوط')
    await expect(arabic.getByText('لا يوجد خبر فيه هذه الكلمة بأي صيغة:')).toBeVisible()
    await expect(arabic.locator('.search-unmatched__word')).toHaveText(['زقزقوط'])
  })

  test('a saved search counts the stories an import brings, and opening it clears the count', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    await search(page, 'كوريا')
    await page.getByRole('button', { name: 'Save search' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save search' })
    await dialog.getByLabel('Name').fill('متابعة كوريا')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText('Saved as “متابعة كوريا”')).toBeVisible()
    const saved = page.getByRole('navigation').getByRole('button', { name: /^متابعة كوريا/ })
    await expect(saved).toBeVisible()
    await expect(saved).not.toContainText('new')

    await page.getByRole('button', { name: 'All stories' }).click()
    const temp = makeTempDir('marsad-saved-')
    try {
      const dump = temp.file('korea.jsonl')
      writeFileSync(
        dump,
        [
          { title: 'كوريا الجنوبية تجري مناورات', body: 'أجرت كوريا الجنوبية مناورات بحرية مع حلفائها.', source: 'وكالة سول' },
          { title: 'وفد من كوريا يزور القاهرة', body: 'وصل وفد من كوريا إلى القاهرة في زيارة رسمية.', source: 'وكالة النيل' },
          { title: 'مهرجان للتمور في المدينة', body: 'انطلق مهرجان التمور بمشاركة واسعة من المزارعين.', source: 'وكالة النخيل' }
        ]
          .map((story) => JSON.stringify(story))
          .join('\n')
      )
      core.imports.start({ paths: [dump] })
      await core.imports.idle()
    } finally {
      temp.cleanup()
    }
    await expect(saved).toContainText('2 new')

    await saved.click()
    await expect(searchBox(page)).toHaveValue('كوريا')
    await expect(resultCount(page)).toHaveText('6 results')
    await expect(saved).not.toContainText('new')
    await expect(saved).toHaveAttribute('aria-current', 'page')
  })

  test('saved searches can be renamed, and deleted after one confirmation', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    await core.handlers.saveSearch({ name: 'كوريا', query: 'كوريا' })
    const page = await openMarsad({ language: 'ar' })
    const navigation = page.getByRole('navigation')
    await navigation.getByRole('button', { name: 'إعادة تسمية «كوريا» أو التنبيه إليه أو حذفه' }).click()
    await page.getByRole('button', { name: 'إعادة التسمية' }).click()
    await page.getByLabel('الاسم الجديد').fill('شبه الجزيرة الكورية')
    await page.getByRole('button', { name: 'حفظ', exact: true }).click()
    await expect(navigation.getByRole('button', { name: 'شبه الجزيرة الكورية', exact: true })).toBeVisible()

    await navigation.getByRole('button', { name: 'إعادة تسمية «شبه الجزيرة الكورية» أو التنبيه إليه أو حذفه' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'حذف' }).click()
    await expect(page.getByText('أتحذف البحث المحفوظ «شبه الجزيرة الكورية»؟')).toBeVisible()
    await expect(navigation.getByRole('button', { name: 'شبه الجزيرة الكورية', exact: true })).toBeVisible()
    await page.getByRole('dialog').getByRole('button', { name: 'حذف' }).click()
    await expect(navigation.getByRole('button', { name: 'شبه الجزيرة الكورية', exact: true })).toBeHidden()
    await expect(page.getByText('لا شيء بعد: ابحث ثم اضغط ⭐ احفظ البحث.')).toBeVisible()
  })

  test('batch search runs a watch-list, opens a result, and exports CSV', async ({ core, openMarsad }) => {
    seedKoreaStories(core.library)
    const page = await openMarsad({ language: 'en' })
    await page.getByRole('button', { name: 'Batch search' }).click()
    await page.getByLabel('Queries, one per line').fill('كوريا\nالنفط\n\nNEAR(كوريا)')
    await page.getByRole('button', { name: 'Run', exact: true }).click()
    await expect(page.getByText('3 queries, 2 with results')).toBeVisible()
    const lines = page.locator('.batch__query')
    await expect(lines.nth(0)).toContainText('4 results')
    await expect(lines.nth(1)).toContainText('1 result')
    await expect(lines.nth(2)).toContainText('Could not search this line: NEAR needs at least two words')

    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^marsad-batch-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = readFileSync(await file.path(), 'utf8')
    expect(csv.startsWith('\uFEFF"query","rank","id","title","source","date","url","score","snippet"')).toBe(true)
    expect(csv).toContain('"كوريا","1",')
    expect(csv).toContain('"أسعار النفط ترتفع في الأسواق"')
    expect(csv).toContain('NEAR needs at least two words')

    await lines
      .nth(1)
      .getByRole('button', { name: /أسعار النفط ترتفع في الأسواق/ })
      .click()
    await expect(searchBox(page)).toHaveValue('النفط')
    await expect(page.getByRole('article').getByRole('heading', { name: 'أسعار النفط ترتفع في الأسواق' })).toBeVisible()
  })

  test('the virtual list scrolls through thousands of results, loading pages, with few rows in the page', async ({ core, openMarsad }) => {
    const STORIES = 3000
    for (let i = 1; i <= STORIES; i++) {
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
      addStory(core.library, {
        title: `نشرة المرصد رقم ${i}`,
        body: `تقرير المرصد اليومي رقم ${i} عن الأحداث.`,
        date: day,
        source: 'النشرة'
      })
    }
    const page = await openMarsad({ language: 'en' })
    await search(page, 'المرصد')
    await expect(resultCount(page)).toHaveText('3,000 results')
    await page.getByRole('button', { name: 'Newest' }).click()
    await expect(results(page).getByRole('option').first()).toContainText(`نشرة المرصد رقم ${STORIES}`)
    const last = resultTitled(page, 'نشرة المرصد رقم 1')
    expect(await results(page).getByRole('option').count()).toBeLessThan(60)

    // Scroll to the bottom as a reader would; pages load as their rows come into view.
    await expect(async () => {
      await results(page).evaluate((list) => list.scrollTo({ top: list.scrollHeight }))
      await expect(last).toBeVisible({ timeout: 1000 })
    }).toPass()
    expect(await results(page).getByRole('option').count()).toBeLessThan(60)
    await expect(results(page).getByRole('option').last()).toHaveAttribute('aria-posinset', String(STORIES))

    // The keyboard reaches both ends too.
    await results(page).focus()
    await page.keyboard.press('Home')
    await expect(resultTitled(page, `نشرة المرصد رقم ${STORIES}`)).toBeVisible()
    await page.keyboard.press('End')
    await expect(last).toBeVisible()
  })
})
