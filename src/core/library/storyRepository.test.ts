import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, prepareStory, storyFields, type Library } from './index'

/** Rows of the index whose terms column holds `term` (the search layer builds richer queries). */
function indexed(library: Library, term: string): number[] {
  return library.db.prepare('SELECT rowid FROM story_index WHERE story_index MATCH ? ORDER BY rowid').pluck().all(`"${term}"`) as number[]
}

describe('StoryRepository', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  beforeEach(() => {
    temp = makeTempDir()
    library = openLibrary(temp.file('stories.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('stores a story exactly as written and indexes its normalised terms', () => {
    const title = 'كُورِيَا الشَّمالية تُطلق صاروخاً'
    const { id, isNew } = library.stories.add(
      prepareStory(storyFields({ title, body: 'أطلقت كـوريا الشمالية صاروخًا.', keywords: ['کوریا'] }))
    )
    expect(isNew).toBe(true)
    const story = library.stories.get(id)!
    expect(story.title).toBe(title)
    expect(story.body).toBe('أطلقت كـوريا الشمالية صاروخًا.')
    expect(story.keywords).toEqual(['کوریا'])
    expect(indexed(library, 'كوريا')).toEqual([id])
  })

  it('stores the same story once however its letters are written, and records each arrival', () => {
    library.db
      .prepare(
        "INSERT INTO import_files (id, path, sha256, size, kind, encoding, imported_at) VALUES (1, 'a.txt', 'aa', 1, 'page', 'utf-8', ''), (2, 'b.txt', 'bb', 1, 'page', 'utf-8', '')"
      )
      .run()
    const first = library.stories.add(prepareStory(storyFields({ title: 'مدرسة جديدة', body: 'افتتحت المدرسة أبوابها.' })), {
      fileId: 1,
      position: 0
    })
    const again = library.stories.add(prepareStory(storyFields({ title: 'مدرسه جديده', body: 'افتتحت المدرسة ابوابها.' })), {
      fileId: 2,
      position: 3
    })
    expect(again).toEqual({ id: first.id, isNew: false })
    expect(library.stories.count()).toBe(1)
    expect(library.db.prepare('SELECT file_id, position FROM sightings ORDER BY file_id').raw().all()).toEqual([
      [1, 0],
      [2, 3]
    ])
    expect(library.stories.get(first.id)!.provenance).toEqual({ file: 'a.txt', fileHash: 'aa', position: 0 })
    expect(library.stories.get(first.id)!.sightings).toEqual([
      { file: 'a.txt', position: 0 },
      { file: 'b.txt', position: 3 }
    ])
  })

  it('deletes a story with its index row and everything that hangs on it', () => {
    const keep = library.stories.add(prepareStory(storyFields({ title: 'يبقى', body: 'خبر يبقى' }))).id
    const gone = library.stories.add(prepareStory(storyFields({ title: 'يذهب', body: 'خبر يذهب' }))).id
    const now = new Date().toISOString()
    library.db.prepare("INSERT INTO tags (id, name, match_key, created_at) VALUES (1, 'وسم', 'وسم', ?)").run(now)
    library.db.prepare('INSERT INTO story_tags (story_id, tag_id, tagged_at) VALUES (?, 1, ?), (?, 1, ?)').run(keep, now, gone, now)
    library.db.prepare("INSERT INTO links (from_id, to_id, kind, created_at) VALUES (?, ?, 'related', ?)").run(keep, gone, now)
    library.db.prepare('INSERT INTO notes (story_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(gone, 'ملاحظة', now, now)

    expect(library.stories.delete(gone)).toBe(true)
    expect(library.stories.get(gone)).toBeNull()
    expect(indexed(library, 'خبر')).toEqual([keep])
    for (const table of ['links', 'notes']) {
      expect(library.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0)
    }
    expect(library.db.prepare('SELECT story_id FROM story_tags').pluck().all()).toEqual([keep])
    expect(library.integrityCheck().ok).toBe(true)
  })

  it('rebuilds the index from the stories, including notes', () => {
    const id = library.stories.add(prepareStory(storyFields({ title: 'عنوان', body: 'نص الخبر' }))).id
    const now = new Date().toISOString()
    library.db.prepare('INSERT INTO notes (story_id, body, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, 'ملاحظة المحلل', now, now)
    expect(indexed(library, 'المحلل')).toEqual([])
    library.db.exec("INSERT INTO story_index(story_index) VALUES ('delete-all')")
    expect(indexed(library, 'الخبر')).toEqual([])

    expect(library.stories.reindexAll()).toBe(1)
    expect(indexed(library, 'الخبر')).toEqual([id])
    expect(indexed(library, 'المحلل')).toEqual([id])
  })
})
