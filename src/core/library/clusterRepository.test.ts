import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from './index'

const signature = (seed: number) => Buffer.from(new Uint32Array(64).map((_, index) => seed * 1000 + index).buffer)

describe('band keys: recent ones in a table of their own, merged into the main one between imports', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-bands-')
    library = openLibrary(temp.file('library.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  /** A story with a signature and band keys `keys`. */
  const storyWithKeys = (seed: number, keys: number[]): number => {
    const id = addStory(library, { title: `خبر ${seed}`, body: `نص الخبر رقم ${seed}` })
    library.clusters.storeSignature(id, signature(seed))
    library.clusters.indexBands([{ storyId: id, bandKeys: keys }])
    return id
  }
  const bandRows = (table: string) => library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  const mergeRecentBands = () => {
    while (library.clusters.mergeRecentBandsStep());
  }

  it('finds candidates by keys in either table, once each', () => {
    const merged = storyWithKeys(1, [10, 20, 30])
    mergeRecentBands()
    const recent = storyWithKeys(2, [20, 40])
    expect([bandRows('signature_bands'), bandRows('signature_bands_recent')]).toEqual([3, 2])

    const found = library.clusters.candidates([20, 50]).map((candidate) => candidate.storyId)
    expect(found.sort()).toEqual([merged, recent].sort())
    expect(library.clusters.candidates([30, 10]).map((candidate) => candidate.storyId)).toEqual([merged])
    expect(library.clusters.candidates([40]).map((candidate) => candidate.storyId)).toEqual([recent])
  })

  it('merges when the recent keys number a quarter of the main ones, and moves them all, step by step', () => {
    storyWithKeys(
      1,
      Array.from({ length: 40 }, (_, index) => index * 7)
    )
    expect(library.clusters.recentBandsDueForMerge()).toBe(true) // the main table is empty
    mergeRecentBands()
    expect(library.clusters.recentBandsDueForMerge()).toBe(false)

    storyWithKeys(
      2,
      Array.from({ length: 9 }, (_, index) => 1000 + index)
    )
    expect(library.clusters.recentBandsDueForMerge()).toBe(false) // 9 of 40
    storyWithKeys(3, [2000, 2001])
    expect(library.clusters.recentBandsDueForMerge()).toBe(true) // 11 of 40
    mergeRecentBands()
    expect([bandRows('signature_bands'), bandRows('signature_bands_recent')]).toEqual([51, 0])
  })
})
