import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeZip } from '../../../../test/fixtures/dumps/zipWriter'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { ProgressMeter } from './progress'
import { measureInput } from './readInputs'

const totals = (filesDone: number) => ({ stories: 0, duplicates: 0, failed: 0, filesDone })

describe('ProgressMeter', () => {
  it('gives no time left until reading has gone on for a while, then estimates from the rate since reading began', () => {
    let clock = 0
    const meter = new ProgressMeter('job', { bytes: 5_000_000, files: 5 }, () => clock)
    // The first second starts threads and compiles; nothing is read yet.
    clock = 1000
    expect(meter.snapshot(totals(0), null).secondsLeft).toBeNull()
    // Then a million bytes a second. The old estimate, from the start, said 8 s left here, with 3 s to go.
    clock = 1500
    meter.read(500_000)
    clock = 2000
    meter.read(1_000_000)
    expect(meter.snapshot(totals(1), null).secondsLeft).toBeNull()
    clock = 3000
    meter.read(2_000_000)
    expect(meter.snapshot(totals(2), null).secondsLeft).toBeNull()
    clock = 4000
    meter.read(3_000_000)
    expect(meter.snapshot(totals(3), null).secondsLeft).toBe(2)
  })

  it('reports files done of files found, and the stories read from the current file', () => {
    const meter = new ProgressMeter('job', { bytes: 100, files: 3 }, () => 0)
    expect(meter.snapshot(totals(1), { path: 'big.jsonl', stories: 3600 })).toMatchObject({
      filesDone: 1,
      filesTotal: 3,
      currentFile: 'big.jsonl',
      currentFileStories: 3600
    })
    // A nested zip opened into more files than were counted: the files found grow.
    expect(meter.snapshot(totals(3), { path: 'a.zip › b.zip › c.txt', stories: 0 }).filesTotal).toBe(4)
  })
})

describe('measureInput', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-measure-')))
  afterEach(() => temp.cleanup())

  it('counts the files a zip holds (folders and hidden files left out) as files found, on disk and dropped', async () => {
    const zip = makeZip([
      { name: 'a.txt', data: Buffer.from('one') },
      { name: 'inner/b.jsonl', data: Buffer.from('two') },
      { name: 'inner/.DS_Store', data: Buffer.from('x') },
      { name: '__MACOSX/a.txt', data: Buffer.from('x') }
    ])
    writeFileSync(temp.file('bundle.zip'), zip)
    writeFileSync(temp.file('plain.txt'), 'three')
    expect(await measureInput({ paths: [temp.dir] })).toEqual({ bytes: zip.length + 5, files: 3 })
    expect(
      await measureInput({
        files: [
          { name: 'bundle.zip', bytes: zip },
          { name: 'p.txt', bytes: Buffer.from('x') }
        ]
      })
    ).toEqual({
      bytes: zip.length + 1,
      files: 3
    })
  })
})
