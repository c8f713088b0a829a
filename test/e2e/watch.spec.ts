/**
 * The Watched folders panel in Arabic, over the test binding: each folder with its state and last import, a folder
 * that went missing said so, and stopping after one confirmation. (Adding a folder goes through main's dialog:
 * test/app/watch.spec.ts.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeTempDir } from '../helpers/tempLibrary'
import { expect, test } from './fixtures'

test('watched folders are listed with their state in Arabic, and one is stopped after a confirmation', async ({ core, openMarsad }) => {
  const temp = makeTempDir('marsad-e2e-watch-')
  try {
    const inbox = join(temp.dir, 'inbox')
    const drive = join(temp.dir, 'drive')
    mkdirSync(inbox)
    mkdirSync(drive)
    core.watch.add(inbox)
    core.watch.add(drive)
    core.watch.start({ stabilityMs: 300 })
    const page = await openMarsad({ language: 'ar' })
    await page.getByRole('button', { name: 'المجلدات المراقَبة' }).click()
    const inboxRow = page.getByRole('listitem').filter({ hasText: inbox })
    const driveRow = page.getByRole('listitem').filter({ hasText: drive })
    await expect(inboxRow.getByTestId('watch-state')).toHaveText('قيد المراقبة')
    await expect(inboxRow).toContainText('لم يُستورد منه شيء بعد')

    writeFileSync(join(inbox, 'wire.jsonl'), JSON.stringify({ title: 'كوريا تطلق صاروخا', body: 'أطلقت كوريا صاروخا فجر اليوم.' }))
    await expect(inboxRow).toContainText('ملف واحد')
    rmSync(drive, { recursive: true })
    await expect(driveRow.getByTestId('watch-state')).toHaveText('مفقود — تُستأنف مراقبته حين يعود')

    await driveRow.getByRole('button', { name: 'إيقاف المراقبة' }).click()
    await expect(driveRow).toContainText(`أتوقف مراقبة «${drive}»؟`)
    await driveRow.getByRole('button', { name: 'إيقاف المراقبة' }).click()
    await expect(driveRow).toBeHidden()
    await expect(inboxRow).toBeVisible()
  } finally {
    await core.watch.stop()
    temp.cleanup()
  }
})
