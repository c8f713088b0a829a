import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cliOnLibrary, ensureCliBuilt, spawnCli } from '../../../test/helpers/cli'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary } from '../../core'

describe('marsad tag, tags, link, links, note, notes', () => {
  let temp: ReturnType<typeof makeTempDir>
  let path: string
  let ids: number[]

  beforeEach(() => {
    temp = makeTempDir('marsad-cli-organise-')
    path = temp.file('lib.marsad')
    const library = openLibrary(path)
    ids = ['هجوم على كورسك', 'رد موسكو', 'نفي أوكراني'].map((title, n) =>
      addStory(library, { title, body: `نص ${n}`, source: 'الجزيرة', date: `2024-08-0${n + 1}` })
    )
    library.close()
  })
  afterEach(() => temp.cleanup())

  const { cli, json } = cliOnLibrary(() => path)

  describe('tag and tags', () => {
    it('tags stories, creating hierarchical tags, and lists them with parents and counts', async () => {
      expect(await json('tag', String(ids[0]), String(ids[1]), '--add', 'روسيا/كورسك', '--add', 'أوكرانيا')).toEqual({
        stories: [ids[0], ids[1]],
        added: ['روسيا/كورسك', 'أوكرانيا'],
        removed: [],
        tagged: 2,
        untagged: 0
      })
      const tags = await json('tags')
      expect(tags).toEqual([
        { id: expect.any(Number), name: 'أوكرانيا', color: expect.stringMatching(/^#[0-9a-f]{6}$/), parent: null, count: 2 },
        { id: expect.any(Number), name: 'روسيا', color: expect.any(String), parent: null, count: 0 },
        { id: expect.any(Number), name: 'روسيا/كورسك', color: expect.any(String), parent: 'روسيا', count: 2 }
      ])
      expect(Object.keys(tags[0])).toEqual(['id', 'name', 'color', 'parent', 'count'])
    })

    it('removes tags, matching names however they are spelt, and says what it did', async () => {
      await cli('tag', String(ids[0]), String(ids[1]), '--add', 'کوریا')
      const run = await cli('tag', String(ids[0]), '--remove', 'كوريا', '--add', 'روسيا')
      expect(run).toMatchObject({ code: 0, stderr: '' })
      expect(run.stdout).toBe('Removed «کوریا» from 1 story.\nTagged 1 story with «روسيا».\n')
      expect((await json('tags')).map((tag: { name: string; count: number }) => [tag.name, tag.count])).toEqual([
        ['روسيا', 1],
        ['کوریا', 1]
      ])
    })

    it('undoes its removals when adding fails, and reports the failure', async () => {
      await cli('tag', String(ids[0]), '--add', 'روسيا')
      const run = await cli('tag', String(ids[0]), '--remove', 'روسيا', '--add', '///')
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/has an empty part|cannot be empty/)
      expect((await json('tags'))[0]).toMatchObject({ name: 'روسيا', count: 1 })
    })

    it('refuses missing stories and unknown tags with clear messages (exit 1), and bad usage (exit 2)', async () => {
      expect(await cli('tag', '999', '--add', 'روسيا')).toMatchObject({
        code: 1,
        stderr: 'marsad tag: There is no story 999 in this library.\n'
      })
      expect(await cli('tag', String(ids[0]), '--remove', 'اليابان')).toMatchObject({
        code: 1,
        stderr: 'marsad tag: There is no tag called «اليابان».\n'
      })
      for (const args of [
        ['tag', String(ids[0])],
        ['tag', '--add', 'x'],
        ['tag', 'abc', '--add', 'x'],
        ['tag', '0', '--add', 'x']
      ]) {
        const run = await cli(...args)
        expect(run.code, args.join(' ')).toBe(2)
        expect(run.stderr).toMatch(/Usage: marsad tag <story-id>…/)
      }
    })

    it('renames a parent with its children, merges, and deletes', async () => {
      await cli('tag', String(ids[0]), '--add', 'روسيا/كورسك')
      await cli('tag', String(ids[1]), '--add', 'الاتحاد الروسي')
      expect(await json('tags', 'rename', 'روسيا', 'روسيا الاتحادية')).toMatchObject({ name: 'روسيا الاتحادية', parent: null, count: 0 })
      expect((await json('tags')).map((tag: { name: string }) => tag.name)).toEqual([
        'الاتحاد الروسي',
        'روسيا الاتحادية',
        'روسيا الاتحادية/كورسك'
      ])

      expect(await json('tags', 'merge', 'روسيا الاتحادية', 'الاتحاد الروسي')).toMatchObject({ name: 'الاتحاد الروسي', count: 1 })
      expect((await json('tags')).map((tag: { name: string; count: number }) => [tag.name, tag.count])).toEqual([
        ['الاتحاد الروسي', 1],
        ['الاتحاد الروسي/كورسك', 1]
      ])

      const deleted = await cli('tags', 'delete', 'الاتحاد الروسي')
      expect(deleted.stdout).toBe('Deleted «الاتحاد الروسي» (2 tags, taken off 2 stories).\n')
      expect(await json('tags')).toEqual([])
    })

    it('explains tags usage mistakes', async () => {
      expect((await cli('tags', 'rename', 'only-one')).stderr).toMatch(/tags rename takes OLD NEW/)
      expect((await cli('tags', 'frobnicate')).stderr).toMatch(/unknown subcommand "frobnicate"/)
      expect(await cli('tags', 'delete', 'اليابان')).toMatchObject({ code: 1, stderr: 'marsad tags: There is no tag called «اليابان».\n' })
      expect((await cli('tags')).stdout).toBe('There are no tags yet.\n')
    })
  })

  describe('link and links', () => {
    it('links two stories and both ends list the link, with its direction and origin', async () => {
      const link = await json('link', String(ids[0]), String(ids[1]), '--kind', 'follows', '--note', 'رد على الهجوم')
      expect(link).toEqual({
        id: expect.any(Number),
        from: ids[0],
        to: ids[1],
        kind: 'follows',
        note: 'رد على الهجوم',
        origin: 'user',
        createdAt: expect.any(String)
      })
      expect(await json('links', String(ids[0]))).toEqual([
        { id: link.id, from: ids[0], to: ids[1], kind: 'follows', note: 'رد على الهجوم', direction: 'out', origin: 'user' }
      ])
      expect(await json('links', String(ids[1]))).toEqual([
        { id: link.id, from: ids[0], to: ids[1], kind: 'follows', note: 'رد على الهجوم', direction: 'in', origin: 'user' }
      ])
      expect((await cli('links', String(ids[1]))).stdout).toBe(`follows\t← ${ids[0]}\tهجوم على كورسك\n\tرد على الهجوم\n`)
    })

    it('marks import links', async () => {
      const library = openLibrary(path)
      library.links.add({ from: ids[2]!, to: ids[0]!, kind: 'related', origin: 'import' })
      library.close()
      expect(await json('links', String(ids[0]))).toEqual([expect.objectContaining({ direction: 'in', origin: 'import', kind: 'related' })])
    })

    it('refuses a self-link, a missing story and an unknown kind', async () => {
      expect(await cli('link', String(ids[0]), String(ids[0]), '--kind', 'related')).toMatchObject({
        code: 1,
        stderr: `marsad link: A story cannot be linked to itself (story ${ids[0]}).\n`
      })
      expect(await cli('link', String(ids[0]), '999', '--kind', 'related')).toMatchObject({
        code: 1,
        stderr: 'marsad link: There is no story 999 in this library.\n'
      })
      const badKind = await cli('link', String(ids[0]), String(ids[1]), '--kind', 'friends')
      expect(badKind.code).toBe(2)
      expect(badKind.stderr).toMatch(/"friends" is not a kind of link \(related, follows, contradicts, same-event, source-of\)/)
      expect((await cli('link', String(ids[0]), String(ids[1]))).stderr).toMatch(/say what kind of link with --kind/)
      expect(await cli('links', '999', '--json')).toMatchObject({ code: 1, stdout: '' })
    })
  })

  describe('note and notes', () => {
    it('adds notes with line breaks and lists them oldest first', async () => {
      const first = await json('note', String(ids[0]), '--add', 'مصدر مشكوك فيه\nراجع الرواية الرسمية')
      expect(first).toEqual({
        id: expect.any(Number),
        storyId: ids[0],
        body: 'مصدر مشكوك فيه\nراجع الرواية الرسمية',
        createdAt: expect.any(String),
        updatedAt: first.createdAt
      })
      const second = await json('note', String(ids[0]), '--add', 'Second note')
      expect(await json('notes', String(ids[0]))).toEqual([first, second])
      expect((await cli('note', String(ids[1]), '--add', 'x')).stdout).toMatch(/^Added note \d+ to story \d+\.\n$/)
      expect((await cli('notes', String(ids[2]))).stdout).toBe(`Story ${ids[2]} has no notes.\n`)
    })

    it('refuses an empty note, a missing story, and a note without --add', async () => {
      expect(await cli('note', String(ids[0]), '--add', '  ')).toMatchObject({ code: 1, stderr: 'marsad note: A note cannot be empty.\n' })
      expect(await cli('note', '999', '--add', 'x')).toMatchObject({
        code: 1,
        stderr: 'marsad note: There is no story 999 in this library.\n'
      })
      expect((await cli('note', String(ids[0]))).code).toBe(2)
    })
  })

  describe('as a program', () => {
    beforeAll(() => ensureCliBuilt())

    it('tags, links and notes from bin/marsad.mjs with the same JSON', () => {
      const run = (...args: string[]) => spawnCli([...args, '--library', path, '--json'])
      expect(run('tag', String(ids[0]), '--add', 'روسيا/كورسك').code).toBe(0)
      expect(JSON.parse(run('tags').stdout)).toEqual([
        expect.objectContaining({ name: 'روسيا', parent: null, count: 0 }),
        expect.objectContaining({ name: 'روسيا/كورسك', parent: 'روسيا', count: 1 })
      ])
      expect(run('link', String(ids[0]), String(ids[1]), '--kind', 'same-event').code).toBe(0)
      expect(JSON.parse(run('links', String(ids[1])).stdout)).toEqual([
        expect.objectContaining({ kind: 'same-event', direction: 'in', origin: 'user' })
      ])
      expect(run('note', String(ids[0]), '--add', 'ملاحظة').code).toBe(0)
      expect(JSON.parse(run('notes', String(ids[0])).stdout)).toEqual([expect.objectContaining({ body: 'ملاحظة' })])
    })
  })
})
