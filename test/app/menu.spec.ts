import { expect, test } from './fixtures'

test('the menus speak the window’s language: Arabic on an Arabic system, English once the window switches', async ({ launch }) => {
  const app = await launch({ locale: 'ar-EG' })
  const page = await app.page()
  const menuLabels = () => app.standIn.applicationMenu!.items.map((item) => item.label)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  expect(menuLabels()).toEqual(['ملف', 'تحرير', 'عرض', 'نافذة'])
  expect(app.standIn.applicationMenu!.find('ملف', 'استيراد…').accelerator).toBe('CmdOrCtrl+I')

  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect.poll(menuLabels).toEqual(['File', 'Edit', 'View', 'Window'])
  expect(app.standIn.applicationMenu!.find('Edit').submenu!.items.map((item) => item.label)).toContain('Select All')
})
