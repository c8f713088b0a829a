import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { analyseForIndex, MARSAD_APPLICATION_ID, migrations, openLibrary, prepareStory, storyFields } from './index'
import { migrate } from './migrate'
import { storyIdentity, textHash } from './storyIdentity'

const body = 'أعلن مجلس الوزراء عن خطة وطنية لتحلية مياه البحر في المدن الساحلية.'

describe('story identity', () => {
  it('is the URL when there is one, else the source with the title and body', () => {
    const identity = (fields: Parameters<typeof storyFields>[0]) => prepareStory(storyFields(fields)).identityHash.toString('hex')
    const wire = { title: 'خطة التحلية', body, source: 'وكالة الأنباء' }
    expect(identity({ ...wire, source: 'صحيفة الساحل' })).not.toBe(identity(wire))
    expect(identity({ ...wire, title: 'خطـة التحلية' })).toBe(identity(wire))
    expect(identity({ ...wire, url: 'https://a.example/1' })).not.toBe(identity({ ...wire, url: 'https://b.example/1' }))
    expect(identity({ ...wire, url: 'https://a.example/1', body: `${body} تحديث.` })).toBe(
      identity({ ...wire, url: ' https://a.example/1' })
    )
  })
})

describe('migration 0150: identity by URL or source', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-identity-')))
  afterEach(() => temp.cleanup())

  /** A library as Marsad made it before 0150, whose stories were identified by their title and body alone. */
  function legacyLibrary(path: string) {
    const db = new BetterSqlite3(path)
    db.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
    migrate(
      db,
      migrations.filter((migration) => migration.version < 150)
    )
    const insertFile = db.prepare(`INSERT INTO import_files (path, sha256, size, kind, encoding, story_count, duplicate_count, imported_at)
      VALUES (?, ?, 1, 'jsonl', 'utf-8', ?, ?, '2026-01-01')`)
    insertFile.run('with-copies.jsonl', 'a'.repeat(64), 2, 2)
    insertFile.run('without.jsonl', 'b'.repeat(64), 1, 0)
    const insertStory = db.prepare(
      `INSERT INTO stories (title, body, source, url, content_hash, added_at) VALUES (?, ?, ?, ?, ?, '2026-01-01')`
    )
    const legacyHash = (title: string, text: string) => textHash(analyseForIndex(title).terms, analyseForIndex(text).terms)
    insertStory.run('خطة التحلية', body, 'وكالة الأنباء', 'https://wire.example/1', legacyHash('خطة التحلية', body))
    insertStory.run('خبر بلا رابط', body, 'صحيفة الساحل', null, legacyHash('خبر بلا رابط', body))
    // The same page imported again after its outlet edited it: a second story at one URL.
    insertStory.run('خطة التحلية', `${body} تحديث.`, 'وكالة الأنباء', 'https://wire.example/1', legacyHash('خطة التحلية', `${body} تحديث.`))
    db.prepare("INSERT INTO cluster_splits (content_hash, split_at) VALUES (?, '2026-01-01')").run(legacyHash('خبر بلا رابط', body))
    db.close()
  }

  it('gives stored stories the identity a new arrival of them would have, keeps both stories of one URL, and marks files that lost copies', () => {
    const path = temp.file('old.marsad')
    legacyLibrary(path)
    const library = openLibrary(path)
    const identities = library.db.prepare('SELECT identity_hash FROM stories ORDER BY id').pluck().all() as Buffer[]
    const arriving = (fields: Parameters<typeof storyFields>[0]) => prepareStory(storyFields(fields)).identityHash
    expect(identities[0]).toEqual(arriving({ title: 'خطة التحلية', body, source: 'وكالة الأنباء', url: 'https://wire.example/1' }))
    expect(identities[1]).toEqual(arriving({ title: 'خبر بلا رابط', body, source: 'صحيفة الساحل' }))
    expect(identities[2]).toEqual(
      storyIdentity(
        null,
        analyseForIndex('وكالة الأنباء').terms,
        textHash(analyseForIndex('خطة التحلية').terms, analyseForIndex(`${body} تحديث.`).terms)
      )
    )
    expect(library.clusters.isSplit(identities[1]!)).toBe(true)
    expect(library.db.prepare('SELECT path, reread_for_copies FROM import_files ORDER BY id').raw().all()).toEqual([
      ['with-copies.jsonl', 1],
      ['without.jsonl', 0]
    ])
    library.close()
  })
})
