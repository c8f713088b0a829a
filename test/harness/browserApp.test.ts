import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = resolve(__dirname, '../..')

describe('the test transport under tsx (as `npm run screenshots` runs it)', () => {
  it('delivers core events to the page', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/harness/coreEventsProbe.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 50_000
    })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({ reason: 'imported' })
  })
})
