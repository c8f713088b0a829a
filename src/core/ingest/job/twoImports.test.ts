import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../../test/helpers/tempLibrary'
import { openLibrary, prepareStory, storyFields, type Library } from '../../library'
import type { ReadEvent } from './events'
import { StoryWriter } from './writeStories'

/** The events of reading one small file of one story, as the reader sends them. */
function fileEvents(sha256: string): ReadEvent[] {
  return [
    { type: 'file', path: '/dumps/day.jsonl', size: 100, sha256, alreadyImported: false },
    { type: 'opened', kind: 'jsonl', encoding: 'utf-8' },
    {
      type: 'stories',
      stories: [{ prepared: prepareStory(storyFields({ title: 'خبر', body: 'نص الخبر.' })), position: 0, related: [], signature: null }]
    },
    { type: 'file-done' }
  ]
}

describe('the same file imported by two processes at once', () => {
  let temp: ReturnType<typeof makeTempDir>
  let first: Library
  let second: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-two-imports-')
    first = openLibrary(temp.file('library.marsad'))
    second = openLibrary(temp.file('library.marsad'))
  })
  afterEach(() => {
    first.close()
    second.close()
    temp.cleanup()
  })

  it("tells the second that the file is imported, instead of failing on the library's constraint", () => {
    const [fileEvent, ...rest] = fileEvents('c'.repeat(64))
    const writers = [new StoryWriter(first, first.imports.beginRun()), new StoryWriter(second, second.imports.beginRun())]
    // Both start the file before either has written it; the first then writes and commits it.
    for (const writer of writers) writer.handle(fileEvent!)
    for (const event of rest) writers[0]!.handle(event)
    writers[0]!.commit()
    for (const event of rest) writers[1]!.handle(event)
    writers[1]!.commit()

    expect(writers[0]!.files[0]).toMatchObject({ stories: 1, alreadyImported: false, error: null })
    expect(writers[1]!.files[0]).toMatchObject({ stories: 0, duplicates: 1, alreadyImported: true, error: null })
    expect(second.stories.count()).toBe(1)
  })
})
