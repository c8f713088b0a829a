import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { openLibrary, type Library } from '../library'
import { UndoStack } from '../undo'
import { LinkService, NEIGHBOURHOOD_CAP } from './index'

describe('LinkService', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  /** The undo stack the services share, as the library session's. */
  let undoStack: UndoStack
  let links: LinkService
  let a: number, b: number, c: number

  beforeEach(() => {
    temp = makeTempDir('marsad-links-')
    library = openLibrary(temp.file('links.marsad'))
    undoStack = new UndoStack((work) => library.transaction(work))
    links = new LinkService(library, { undo: undoStack })
    a = addStory(library, { title: 'هجوم على كورسك', body: 'نص أ', source: 'الجزيرة', date: '2024-08-06' })
    b = addStory(library, { title: 'رد موسكو', body: 'نص ب', source: 'روسيا اليوم', date: '2024-08-07' })
    c = addStory(library, { title: 'نفي أوكراني', body: 'نص ج' })
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('stores a typed link once and shows it at both ends, with the other story', () => {
    const link = links.link(a, b, 'follows', 'رد مباشر')
    expect(link).toMatchObject({ from: a, to: b, kind: 'follows', note: 'رد مباشر', origin: 'user' })
    expect(links.ofStory(a)).toEqual([
      { ...link, direction: 'out', other: { id: b, title: 'رد موسكو', source: 'روسيا اليوم', date: '2024-08-07' } }
    ])
    expect(links.ofStory(b)).toEqual([
      { ...link, direction: 'in', other: { id: a, title: 'هجوم على كورسك', source: 'الجزيرة', date: '2024-08-06' } }
    ])
  })

  it('lists a story’s links grouped by kind in the contract’s order', () => {
    links.link(a, b, 'contradicts')
    links.link(c, a, 'related')
    links.link(a, c, 'source-of')
    links.link(a, b, 'related')
    expect(links.ofStory(a).map((link) => `${link.kind}:${link.direction}`)).toEqual([
      'related:out',
      'related:in',
      'contradicts:out',
      'source-of:out'
    ])
  })

  it('links the same pair with the same kind only once, updating the note when one is given', () => {
    const first = links.link(a, b, 'related')
    expect(links.link(a, b, 'related', 'ملاحظة')).toEqual({ ...first, note: 'ملاحظة' })
    expect(links.link(a, b, 'related')).toEqual({ ...first, note: 'ملاحظة' })
    expect(links.ofStory(a)).toHaveLength(1)
  })

  it('refuses a link to itself and to a missing story, naming it', () => {
    expect(() => links.link(a, a, 'related')).toThrow(`A story cannot be linked to itself (story ${a}).`)
    expect(() => links.link(a, 999, 'related')).toThrow('There is no story 999 in this library.')
    expect(() => links.ofStory(999)).toThrow('There is no story 999 in this library.')
  })

  it('sets and clears a link’s note', () => {
    const link = links.link(a, b, 'related')
    expect(links.setNote(link.id, 'سطر\nسطر ثان').note).toBe('سطر\nسطر ثان')
    expect(links.setNote(link.id, '   ').note).toBeNull()
    expect(() => links.setNote(999, 'x')).toThrow('There is no link with id 999.')
  })

  it('shows import links as such; the importer’s add is idempotent and they are removed like any other', () => {
    const first = library.links.add({ from: a, to: b, kind: 'related', origin: 'import' })
    const again = library.links.add({ from: a, to: b, kind: 'related', origin: 'import', note: 'ignored' })
    expect(first.isNew).toBe(true)
    expect(again).toEqual({ link: first.link, isNew: false })
    expect(links.ofStory(b)[0]).toMatchObject({ origin: 'import', direction: 'in' })
    links.unlink(first.link.id)
    expect(links.ofStory(b)).toEqual([])
  })

  it('undoes a removal, with the same id and note', () => {
    const link = links.link(a, b, 'same-event', 'الحدث نفسه')
    const { undo } = links.unlink(link.id)
    expect(undo.label).toBe(`Remove the same-event link from story ${a} to story ${b}`)
    expect(links.ofStory(a)).toEqual([])
    undoStack.undo(undo.id)
    expect(library.links.get(link.id)).toEqual(link)
    expect(() => links.unlink(999)).toThrow('There is no link with id 999.')
  })

  it('refuses to undo a removal when a linked story has gone', () => {
    const { undo } = links.unlink(links.link(a, b, 'related').id)
    library.stories.delete(b)
    expect(() => undoStack.undo(undo.id)).toThrow(/story .* is no longer in the library/)
  })

  it('deleting a story removes its links at both ends and leaves no orphans', () => {
    links.link(a, b, 'related')
    links.link(c, a, 'follows')
    links.link(b, c, 'contradicts')
    library.stories.delete(a)
    expect(links.ofStory(b).map((link) => link.kind)).toEqual(['contradicts'])
    expect(
      library.db
        .prepare('SELECT count(*) FROM links WHERE from_id NOT IN (SELECT id FROM stories) OR to_id NOT IN (SELECT id FROM stories)')
        .pluck()
        .get()
    ).toBe(0)
  })

  describe('neighbourhood', () => {
    it('walks two steps in either direction, nearest first, with the links among those stories', () => {
      const d = addStory(library, { title: 'بعيد', body: 'نص د' })
      const far = addStory(library, { title: 'أبعد', body: 'نص هـ' })
      const ab = links.link(a, b, 'related')
      const cb = links.link(c, b, 'follows')
      links.link(d, c, 'related')
      links.link(far, d, 'related')
      const graph = links.neighbourhood(a, 2)
      expect(graph.nodes.map((node) => [node.id, node.distance])).toEqual([
        [a, 0],
        [b, 1],
        [c, 2]
      ])
      expect(graph.nodes[1]).toEqual({ id: b, title: 'رد موسكو', source: 'روسيا اليوم', date: '2024-08-07', distance: 1 })
      expect(graph.edges).toEqual([
        { id: ab.id, from: a, to: b, kind: 'related', origin: 'user' },
        { id: cb.id, from: c, to: b, kind: 'follows', origin: 'user' }
      ])
      expect(graph.truncated).toBe(false)
      expect(links.neighbourhood(a, 1).nodes.map((node) => node.id)).toEqual([a, b])
    })

    it('caps the graph and says so', () => {
      const many = Array.from({ length: NEIGHBOURHOOD_CAP + 5 }, (_, n) => addStory(library, { title: `خبر ${n}`, body: `نص ${n}` }))
      for (const id of many) links.link(a, id, 'related')
      const graph = links.neighbourhood(a, 2)
      expect(graph.nodes).toHaveLength(NEIGHBOURHOOD_CAP)
      expect(graph.truncated).toBe(true)
    })
  })
})
