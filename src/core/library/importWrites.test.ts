import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from './index'

/**
 * An import writes links and cluster membership amid its index writes. A statement that needs a savepoint would
 * make FTS5 write its pending terms out as a segment of their own each time (slow, and many segments to merge),
 * so these writes must not need one.
 */
describe('writes an import makes between index writes', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  const segmentRows = () => library.db.prepare('SELECT count(*) FROM story_index_data').pluck().get() as number

  beforeEach(() => {
    temp = makeTempDir()
    library = openLibrary(temp.file('writes.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('leave the index terms of the open transaction in memory', () => {
    const signature = Buffer.alloc(256, 7)
    library.db.exec('BEGIN')
    const ids = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة'].map((word) =>
      addStory(library, { title: word, body: `قصة ${word} عن الانتخابات` })
    )
    for (const id of ids) library.clusters.storeSignature(id, signature)
    const before = segmentRows()
    library.links.add({ from: ids[0]!, to: ids[1]!, kind: 'related', origin: 'import' })
    library.clusters.join([ids[0]!, ids[1]!], null)
    const other = library.clusters.join([ids[2]!, ids[3]!], null)
    library.clusters.join([ids[0]!, ids[2]!], other) // merges two clusters
    library.clusters.indexBands([{ storyId: ids[0]!, bandKeys: [1, 2, 3] }])
    expect(segmentRows()).toBe(before)
    library.db.exec('COMMIT')
    expect(
      library.clusters
        .members(ids[0]!)
        .map((member) => member.id)
        .sort()
    ).toEqual([...ids].sort())
  })
})
