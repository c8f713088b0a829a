import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openLibrary } from '../../src/core/library'
import { makeTempDir } from '../helpers/tempLibrary'

describe('the demo library of the README’s screenshots', () => {
  it('names the files its stories came from without the folders of the machine that built it', () => {
    const temp = makeTempDir('marsad-demo-test-')
    try {
      const path = temp.file('demo.marsad')
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-library.ts', path], {
        cwd: resolve(__dirname, '../..'),
        encoding: 'utf8',
        timeout: 50_000
      })
      expect(run.status, run.stderr).toBe(0)
      const library = openLibrary(path)
      try {
        const stories = library.stories.listOldestFirst(0, 100)
        expect(stories.length).toBeGreaterThan(10)
        const files = stories.flatMap((story) => library.stories.get(story.id)!.sightings.map((sighting) => sighting.file))
        expect(files).toContain('wire.jsonl')
        expect(files.filter((file) => file.includes('/') || file.includes('\\'))).toEqual([])
      } finally {
        library.close()
      }
    } finally {
      temp.cleanup()
    }
  })
})
