import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

const wire = [
  'أعلنت وزارة الصحة اليوم الأحد عن تسجيل ارتفاع في عدد الإصابات بالحمى الموسمية في المحافظات الشمالية خلال الأسبوع الماضي.',
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الفرق الطبية انتشرت في القرى الأكثر تضرراً وإن المستشفيات رفعت درجة الاستعداد.',
  'وأضاف أن الوزارة وزعت أكثر من عشرين ألف جرعة من اللقاح على المراكز الصحية وأنها ستفتح مراكز مؤقتة في المدارس.',
  'ودعا المواطنين إلى مراجعة أقرب مركز صحي عند ظهور الأعراض وعدم تناول المضادات الحيوية دون استشارة الطبيب.'
]
const record = (title: string, source: string, date: string, paragraphs: string[]) =>
  JSON.stringify({ title, source, date, body: paragraphs.join('\n') })

test('copies of one story show once as "carried by N outlets", unfold, and the reader shows what each outlet changed', async ({
  core,
  openMarsad
}) => {
  const temp = makeTempDir('marsad-e2e-clusters-')
  const file = join(temp.dir, 'wire.jsonl')
  writeFileSync(
    file,
    [
      record('الحمى الموسمية تنتشر في الشمال', 'وكالة الأنباء', '2024-03-01', wire),
      record('ارتفاع إصابات الحمى', 'صحيفة الصباح', '2024-03-02', [wire[0]!, wire[2]!, wire[1]!]),
      record('الحمى: الوزارة تستعد', 'إذاعة المدينة', '2024-03-03', [...wire, 'وستعقد الوزارة مؤتمراً آخر يوم الخميس.'])
    ].join('\n')
  )
  core.imports.start({ paths: [file] })
  await core.imports.idle()
  temp.cleanup()

  const page = await openMarsad({ language: 'en' })
  await page.getByRole('search').getByRole('combobox').or(page.getByRole('searchbox')).first().fill('الحمى')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: '1 story (3 results with their copies)' })).toBeVisible()
  const rows = page.getByRole('option')
  await expect(rows).toHaveCount(1)
  await rows
    .first()
    .getByText(/carried by 3 outlets/)
    .click()
  await expect(rows.first().locator('.cluster-copies__copy')).toHaveCount(2)

  await page.getByRole('button', { name: 'Group copies' }).click()
  await expect(page.getByRole('heading', { name: '3 results' })).toBeVisible()
  await expect(rows).toHaveCount(3)

  await rows.filter({ hasText: 'صحيفة الصباح' }).click()
  await expect(page.getByTestId('reader').getByRole('heading', { level: 2 })).toHaveText('ارتفاع إصابات الحمى')
  const copies = page.getByTestId('story-copies')
  await expect(copies.getByRole('heading')).toHaveText('Also carried by 2 outlets')
  await expect(copies.getByText('first reported')).toBeVisible()
  const second = copies.getByRole('listitem').filter({ hasText: 'إذاعة المدينة' })
  await second.getByRole('button', { name: 'Show differences' }).click()
  await expect(second.locator('ins')).toContainText('وستعقد الوزارة')

  page.once('dialog', (dialog) => void dialog.accept())
  await copies.getByRole('button', { name: 'Not a copy: split it out' }).click()
  await expect(page.getByText('The story now stands alone.')).toBeVisible()
  expect(core.library.clusters.list(2)[0]!.size).toBe(2)
})
