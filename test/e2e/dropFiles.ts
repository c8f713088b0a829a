import type { Page } from '@playwright/test'
import { expect } from './fixtures'

/** Drops files on the window the way a browser does: dragenter, dragover, drop, with a DataTransfer of Files. */
export async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (payload) => {
      const transfer = new DataTransfer()
      for (const file of payload) transfer.items.add(new File([file.bytes], file.name))
      return transfer
    },
    files.map((file) => ({ name: file.name, bytes: new Uint8Array(file.bytes) }))
  )
  await page.dispatchEvent('main', 'dragenter', { dataTransfer })
  await page.dispatchEvent('main', 'dragover', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await page.dispatchEvent('main', 'drop', { dataTransfer })
  await expect(page.getByTestId('drop-overlay')).toBeHidden()
}

/** A JSON Lines dump of `count` short Arabic stories, each its own (no two alike). */
export function bigJsonLines(count: number): Buffer {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `تقرير اقتصادي رقم ${i}`,
      body: `ارتفعت أسعار المواد الغذائية في الأسواق المحلية خلال الأسبوع ${i} بنسبة طفيفة.`,
      source: 'النشرة'
    })
  )
  return Buffer.from(lines.join('\n'))
}
