import BetterSqlite3, { type Database } from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { searchStories, SearchState } from '../search'
import { migrate } from './migrate'
import { MARSAD_APPLICATION_ID, migrations, openLibrary, prepareStory, storyFields } from './index'
import { StoryRepository } from './storyRepository'

/*
 * A library made by every earlier Marsad: for each schema version, a library is created by the migrations up to it,
 * filled through that schema (stories, tags, links, notes, briefings, saved searches, clusters, whatever it has),
 * then opened by today's Marsad, which migrates it to the newest schema. Nothing may be lost on the way.
 */

const STORIES = [
  { title: 'هجوم على كورسك', body: 'أعلنت موسكو صد هجوم على منطقة كورسك الحدودية صباح اليوم.', source: 'الجزيرة', date: '2024-08-06' },
  { title: 'رد موسكو', body: 'قالت الخارجية الروسية إن الرد على الهجوم سيكون حازما.', source: 'العربية', date: '2024-08-07' },
  { title: 'قمة بغداد', body: 'تستضيف بغداد قمة إقليمية لبحث أمن الحدود والمياه.', source: 'الجزيرة', date: null }
]
const NOW = '2024-08-08T09:00:00Z'

const hasTable = (db: Database, table: string) =>
  db.prepare('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?').get('table', table) !== undefined
const columnsOf = (db: Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name)

/**
 * Stories as that schema stores them: through today's repository once it can write them (the index of schema
 * 210), by hand before (their index rows are left to the migration that makes the index again).
 */
function addStories(db: Database): void {
  if (!hasTable(db, 'stories')) return
  if (hasTable(db, 'story_index') && columnsOf(db, 'story_index').includes('text_under_clitics')) {
    const stories = new StoryRepository(db)
    for (const story of STORIES) stories.add(prepareStory(storyFields(story)))
    return
  }
  const hash = columnsOf(db, 'stories').includes('identity_hash') ? 'identity_hash' : 'content_hash'
  const insert = db.prepare(`INSERT INTO stories (title, body, source, date, added_at, ${hash}) VALUES (?, ?, ?, ?, ?, ?)`)
  STORIES.forEach((story, index) => insert.run(story.title, story.body, story.source, story.date, NOW, Buffer.from([index + 1])))
}

/** Everything else an analyst makes, in the tables this schema has. */
function addWork(db: Database): void {
  if (hasTable(db, 'tags')) {
    db.prepare('INSERT INTO tags (id, name, match_key, parent_id, created_at) VALUES (1, ?, ?, NULL, ?)').run('روسيا', 'روسيا', NOW)
    db.prepare('INSERT INTO tags (id, name, match_key, parent_id, created_at) VALUES (2, ?, ?, 1, ?)').run(
      'روسيا/كورسك',
      'روسيا/كورسك',
      NOW
    )
    for (const [story, tag] of [
      [1, 2],
      [2, 1]
    ])
      db.prepare('INSERT INTO story_tags (story_id, tag_id, tagged_at) VALUES (?, ?, ?)').run(story, tag, NOW)
    db.prepare("INSERT INTO links (from_id, to_id, kind, note, created_at) VALUES (2, 1, 'follows', 'رد على الهجوم', ?)").run(NOW)
    db.prepare('INSERT INTO notes (story_id, body, created_at, updated_at) VALUES (3, ?, ?, ?)').run('تابع القمة', NOW, NOW)
  }
  if (hasTable(db, 'briefings')) {
    db.prepare('INSERT INTO briefings (id, title, created_at, updated_at) VALUES (1, ?, ?, ?)').run('موجز الأسبوع', NOW, NOW)
    db.prepare('INSERT INTO briefing_sections (id, briefing_id, heading, position) VALUES (1, 1, ?, 0)').run('روسيا')
    for (const [story, position] of [
      [1, 0],
      [2, 1]
    ])
      db.prepare('INSERT INTO briefing_items (section_id, story_id, position, comment) VALUES (1, ?, ?, ?)').run(story, position, 'مهم')
    db.prepare('INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, ?)').run('كورسك', 'كورسك', NOW)
  }
  if (hasTable(db, 'clusters')) {
    db.prepare('INSERT INTO clusters (id, size, first_story_id) VALUES (1, 2, 1)').run()
    for (const story of [1, 2])
      db.prepare('INSERT INTO story_signatures (story_id, signature, cluster_id) VALUES (?, ?, 1)').run(story, Buffer.alloc(16, story))
  }
}

/** What must survive: each table's rows, as the columns every version has. */
const KEPT: Record<string, string> = {
  stories: 'SELECT id, title, body, source, date FROM stories ORDER BY id',
  tags: 'SELECT id, name, parent_id FROM tags ORDER BY id',
  story_tags: 'SELECT story_id, tag_id FROM story_tags ORDER BY 1, 2',
  links: 'SELECT from_id, to_id, kind, note FROM links',
  notes: 'SELECT story_id, body FROM notes',
  briefings: 'SELECT id, title FROM briefings',
  briefing_sections: 'SELECT briefing_id, heading FROM briefing_sections',
  briefing_items: 'SELECT section_id, story_id, position, comment FROM briefing_items ORDER BY position',
  saved_searches: 'SELECT name, query FROM saved_searches',
  clusters: 'SELECT id, size, first_story_id FROM clusters',
  story_signatures: 'SELECT story_id, cluster_id FROM story_signatures ORDER BY story_id'
}

function snapshot(db: Database): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(KEPT)
      .filter(([table]) => hasTable(db, table))
      .map(([table, sql]) => [table, db.prepare(sql).all()])
  )
}

describe('a library of every earlier schema version, opened by today’s Marsad', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('marsad-migration-paths-')))
  afterEach(() => temp.cleanup())

  it.each(migrations.slice(0, -1).map((migration, index) => [migration.version, index] as const))(
    'keeps everything a library of schema %i holds',
    async (version, index) => {
      const path = temp.file(`schema-${version}.marsad`)
      const older = new BetterSqlite3(path)
      older.pragma(`application_id = ${MARSAD_APPLICATION_ID}`)
      older.pragma('foreign_keys = ON')
      migrate(older, migrations.slice(0, index + 1))
      expect(older.pragma('user_version', { simple: true })).toBe(version)
      addStories(older)
      addWork(older)
      const before = snapshot(older)
      older.close()

      const library = openLibrary(path)
      try {
        expect(library.schemaVersion).toBe(migrations[migrations.length - 1]!.version)
        const after = snapshot(library.db)
        for (const [table, rows] of Object.entries(before)) expect({ table, rows: after[table] }).toEqual({ table, rows })
        if (!before.stories) return
        // Every story is found again by a word of its title.
        const search = new SearchState(library)
        for (const [id, word] of [
          [1, 'كورسك'],
          [2, 'موسكو'],
          [3, 'بغداد']
        ] as const) {
          const found = await searchStories(search, { query: word, sort: 'relevance', offset: 0, limit: 10, facets: false })
          expect(found.results.map((hit) => hit.id)).toContain(id)
        }
      } finally {
        library.close()
      }
    }
  )
})
