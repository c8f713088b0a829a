import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { OrganiseEvents } from '../../shared/contract/organise'
import { TAG_PALETTE } from '../../shared/tagColors'
import { openLibrary, type Library } from '../library'
import { UndoStack } from '../undo'
import { TagService } from './index'

describe('TagService', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  /** The undo stack the services share, as the library session's. */
  let undoStack: UndoStack
  let tags: TagService
  let events: { event: keyof OrganiseEvents; payload: unknown }[]
  let stories: number[]

  beforeEach(() => {
    temp = makeTempDir('marsad-tags-')
    library = openLibrary(temp.file('tags.marsad'))
    undoStack = new UndoStack((work) => library.transaction(work))
    events = []
    tags = new TagService(library, { undo: undoStack, emit: (event, payload) => events.push({ event, payload }) })
    stories = [1, 2, 3, 4].map((n) => addStory(library, { title: `خبر ${n}`, body: `نص الخبر رقم ${n} عن كوريا`, keywords: [] }))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  const names = () => tags.list().map((tag) => tag.name)
  const tagNamesOf = (storyId: number) => tags.ofStory(storyId).map((tag) => tag.name)

  describe('names and hierarchy', () => {
    it('creates a hierarchical tag with its missing parents, and reports parent names', async () => {
      const kursk = tags.create('روسيا/كورسك')
      expect(kursk).toMatchObject({ name: 'روسيا/كورسك', parent: 'روسيا', count: 0, totalCount: 0 })
      const russia = tags.list().find((tag) => tag.name === 'روسيا')!
      expect(russia).toMatchObject({ parent: null, parentId: null })
      expect(kursk.parentId).toBe(russia.id)
    })

    it('tidies names: trims, collapses spaces and slashes', async () => {
      expect(tags.create('  روسيا //  كورسك   الحدودية ').name).toBe('روسيا/كورسك الحدودية')
    })

    it('refuses empty names and empty parts with a message that says what is wrong', async () => {
      expect(() => tags.create('   ')).toThrow('A tag name cannot be empty.')
      expect(() => tags.create('/روسيا')).toThrow(/has an empty part/)
      expect(() => tags.create('روسيا/ /كورسك')).toThrow(/has an empty part/)
      expect(() => tags.create('روسيا/---')).toThrow(/needs a letter or a digit, and «---» has none/)
      expect(names()).toEqual([])
    })

    it('treats names spelt with other letters as the same tag (كوريا is کوریا)', async () => {
      tags.create('کوریا')
      expect(() => tags.create('كوريا')).toThrow('There is already a tag called «کوریا».')
      const result = await tags.tag(['كُوريا'], { storyIds: [stories[0]!] })
      expect(result.tags.map((tag) => tag.name)).toEqual(['کوریا'])
      expect(names()).toEqual(['کوریا'])
    })

    it('puts a new child under an existing parent with the parent spelling', async () => {
      tags.create('کوریا')
      expect(tags.create('كوريا/الشمالية').name).toBe('کوریا/الشمالية')
    })

    it('counts stories per tag, and below each tag the distinct stories of its subtree', async () => {
      await tags.tag(['روسيا/كورسك'], { storyIds: [stories[0]!, stories[1]!] })
      await tags.tag(['روسيا/بيلغورود'], { storyIds: [stories[1]!, stories[2]!] })
      await tags.tag(['روسيا'], { storyIds: [stories[3]!] })
      const byName = new Map(tags.list().map((tag) => [tag.name, tag]))
      expect(byName.get('روسيا')).toMatchObject({ count: 1, totalCount: 4 })
      expect(byName.get('روسيا/كورسك')).toMatchObject({ count: 2, totalCount: 2 })
      expect(byName.get('روسيا/بيلغورود')).toMatchObject({ count: 2, totalCount: 2 })
    })
  })

  it('lists tags alphabetically by normalised name, each followed by its children', async () => {
    for (const name of ['روسيا الاتحادية', 'روسيا/كورسك', 'أوكرانيا', 'بيلاروسيا']) tags.create(name)
    expect(names()).toEqual(['أوكرانيا', 'بيلاروسيا', 'روسيا', 'روسيا/كورسك', 'روسيا الاتحادية'])
  })

  describe('finding tags as the analyst types', () => {
    beforeEach(() => {
      for (const name of ['کوریا/الشمالية', 'الكويت', 'روسيا/كورسك', 'كورسك', 'أخبار كوريا']) tags.create(name)
    })

    it('finds Persian-lettered tags from Arabic typing, whole names and prefixes first', async () => {
      expect(tags.find('كوريا', 10).map((tag) => tag.name)).toEqual(['کوریا', 'کوریا/الشمالية', 'أخبار كوريا'])
    })

    it('ranks a segment or word prefix above a match inside a word', async () => {
      expect(tags.find('كو', 10).map((tag) => tag.name)).toEqual([
        'كورسك',
        'کوریا',
        'کوریا/الشمالية',
        'أخبار كوريا',
        'روسيا/كورسك',
        'الكويت'
      ])
    })

    it('finds the children of a half-typed path, and lists everything for empty text', async () => {
      expect(tags.find('روسيا/', 10).map((tag) => tag.name)).toEqual(['روسيا/كورسك'])
      expect(tags.find('', 3).map((tag) => tag.name)).toEqual(names().slice(0, 3))
      expect(tags.find('لا شيء', 10)).toEqual([])
    })

    it('looks a tag up by its name however it is spelt', async () => {
      expect(tags.named('كوريا').name).toBe('کوریا')
      expect(() => tags.named('اليابان')).toThrow('There is no tag called «اليابان».')
    })
  })

  describe('colours', () => {
    it('gives new tags the least used palette colour in turn', async () => {
      const colours = ['أ', 'ب', 'ت'].map((name) => tags.create(name).color)
      expect(colours).toEqual(TAG_PALETTE.slice(0, 3).map((entry) => entry.color))
    })

    it('recolours with a palette name or #rrggbb, and refuses anything else', async () => {
      const tag = tags.create('روسيا', 'red')
      expect(tag.color).toBe(TAG_PALETTE.find((entry) => entry.name === 'red')!.color)
      expect(tags.recolour(tag.id, '#ABCDEF').color).toBe('#abcdef')
      expect(tags.recolour(tag.id, 'Teal').color).toBe(TAG_PALETTE.find((entry) => entry.name === 'teal')!.color)
      expect(() => tags.recolour(tag.id, 'chartreuse')).toThrow(/«chartreuse» is not a tag colour; use one of blue, green/)
    })
  })

  describe('rename', () => {
    it('renames a parent and its children follow', async () => {
      await tags.tag(['روسيا/كورسك/سودجا'], { storyIds: [stories[0]!] })
      const russia = tags.named('روسيا')
      tags.rename(russia.id, 'الاتحاد الروسي')
      expect(names()).toEqual(['الاتحاد الروسي', 'الاتحاد الروسي/كورسك', 'الاتحاد الروسي/كورسك/سودجا'])
      expect(tagNamesOf(stories[0]!)).toEqual(['الاتحاد الروسي/كورسك/سودجا'])
      expect(tags.find('الروسي/كورسك', 5).map((tag) => tag.name)).toEqual(['الاتحاد الروسي/كورسك', 'الاتحاد الروسي/كورسك/سودجا'])
    })

    it('moves a tag under a new parent path, creating it', async () => {
      const kursk = tags.create('كورسك')
      expect(tags.rename(kursk.id, 'روسيا/كورسك')).toMatchObject({ name: 'روسيا/كورسك', parent: 'روسيا' })
    })

    it('refuses a name another tag has, and a move inside itself', async () => {
      const russia = tags.create('روسيا')
      tags.create('أوكرانيا')
      expect(() => tags.rename(russia.id, 'اوكرانيا')).toThrow('There is already a tag called «أوكرانيا»; merge the two tags instead.')
      expect(() => tags.rename(russia.id, 'روسيا/جديد')).toThrow(/cannot be moved inside itself/)
      expect(() => tags.rename(999, 'x')).toThrow('There is no tag with id 999.')
    })

    it('lets a tag change its spelling', async () => {
      const korea = tags.create('كوريا')
      expect(tags.rename(korea.id, 'کوریا').name).toBe('کوریا')
    })
  })

  describe('bulk tagging', () => {
    it('tags a selection, counting only stories that gained a tag, and undoes exactly that', async () => {
      await tags.tag(['روسيا'], { storyIds: [stories[0]!] })
      const result = await tags.tag(['روسيا', 'أوكرانيا'], { storyIds: [stories[0]!, stories[1]!, stories[1]!] })
      expect(result.tagged).toBe(2)
      expect(result.tags.map((tag) => tag.name)).toEqual(['روسيا', 'أوكرانيا'])
      expect(result.undo.label).toBe('Tag 2 stories with «روسيا», «أوكرانيا»')
      expect(tagNamesOf(stories[1]!)).toEqual(['أوكرانيا', 'روسيا'])

      undoStack.undo(result.undo.id)
      expect(tagNamesOf(stories[0]!)).toEqual(['روسيا'])
      expect(tagNamesOf(stories[1]!)).toEqual([])
      expect(names()).toEqual(['روسيا']) // the tag this edit created is gone again
    })

    it('refuses missing stories without tagging any', async () => {
      await expect(tags.tag(['روسيا'], { storyIds: [stories[0]!, 999] })).rejects.toThrow('There is no story 999 in this library.')
      await expect(tags.tag(['روسيا'], { storyIds: [998, 999] })).rejects.toThrow('There are no stories 998, 999 in this library (2 ids).')
      expect(names()).toEqual([])
    })

    it('untags a selection and the undo puts back exactly what was taken off', async () => {
      await tags.tag(['روسيا', 'أوكرانيا'], { storyIds: stories })
      const result = await tags.untag(['روسيا'], { storyIds: [stories[0]!, stories[1]!] })
      expect(result.untagged).toBe(2)
      expect(tags.named('روسيا').count).toBe(2)
      undoStack.undo(result.undo.id)
      expect(tags.named('روسيا').count).toBe(4)
      await expect(tags.untag(['اليابان'], { storyIds: stories })).rejects.toThrow('There is no tag called «اليابان».')
    })

    it('tags every story a query finds through the search layer it is given', async () => {
      const bySearch = new TagService(library, { undo: undoStack, findStoryIds: () => [stories[2]!, stories[3]!] })
      expect((await bySearch.tag(['كوريا'], { query: 'كوريا' })).tagged).toBe(2)
      await expect(tags.tag(['كوريا'], { query: 'كوريا' })).rejects.toThrow(/pass the story ids instead/)
    })

    it('announces what changed', async () => {
      await tags.tag(['روسيا'], { storyIds: [stories[0]!] })
      expect(events).toEqual([
        { event: 'tagsChanged', payload: {} },
        { event: 'storiesChanged', payload: { ids: [stories[0]], aspects: ['tags'] } }
      ])
    })
  })

  describe('merge', () => {
    it('gives FROM’s stories INTO, moves FROM’s children under INTO, and removes FROM', async () => {
      await tags.tag(['روسيا الاتحادية'], { storyIds: [stories[0]!, stories[1]!] })
      await tags.tag(['روسيا الاتحادية/كورسك'], { storyIds: [stories[2]!] })
      await tags.tag(['روسيا'], { storyIds: [stories[1]!, stories[3]!] })
      const from = tags.named('روسيا الاتحادية')
      const into = tags.named('روسيا')
      const { tag } = tags.merge(from.id, into.id)
      expect(tag).toMatchObject({ name: 'روسيا', count: 3, totalCount: 4 })
      expect(names()).toEqual(['روسيا', 'روسيا/كورسك'])
      expect(tagNamesOf(stories[0]!)).toEqual(['روسيا'])
      expect(tagNamesOf(stories[2]!)).toEqual(['روسيا/كورسك'])
    })

    it('merges children of the same name into each other', async () => {
      await tags.tag(['أ/كورسك'], { storyIds: [stories[0]!] })
      await tags.tag(['ب/كورسك'], { storyIds: [stories[1]!] })
      tags.merge(tags.named('أ').id, tags.named('ب').id)
      expect(names()).toEqual(['ب', 'ب/كورسك'])
      expect(tags.named('ب/كورسك').count).toBe(2)
    })

    it('merges a child into its parent', async () => {
      await tags.tag(['روسيا/كورسك'], { storyIds: [stories[0]!] })
      tags.merge(tags.named('روسيا/كورسك').id, tags.named('روسيا').id)
      expect(names()).toEqual(['روسيا'])
      expect(tagNamesOf(stories[0]!)).toEqual(['روسيا'])
    })

    it('undoes a merge: FROM, its children and their stories come back, INTO loses what it gained', async () => {
      await tags.tag(['أ'], { storyIds: [stories[0]!, stories[1]!] })
      await tags.tag(['أ/كورسك'], { storyIds: [stories[2]!] })
      await tags.tag(['أ/خاركيف'], { storyIds: [stories[3]!] })
      await tags.tag(['ب'], { storyIds: [stories[1]!] })
      await tags.tag(['ب/كورسك'], { storyIds: [stories[0]!] })
      const before = tags.list()
      const { undo } = tags.merge(tags.named('أ').id, tags.named('ب').id)
      expect(names()).toEqual(['ب', 'ب/خاركيف', 'ب/كورسك'])
      expect(undo.label).toBe('Merge tag «أ» into «ب»')
      undoStack.undo(undo.id)
      expect(tags.list()).toEqual(before)
    })

    it('refuses to merge a tag into itself or into its own child', async () => {
      const russia = tags.create('روسيا')
      const kursk = tags.create('روسيا/كورسك')
      expect(() => tags.merge(russia.id, russia.id)).toThrow('A tag cannot be merged into itself («روسيا»).')
      expect(() => tags.merge(russia.id, kursk.id)).toThrow('«روسيا» cannot be merged into «روسيا/كورسك», which is inside it.')
    })
  })

  describe('delete', () => {
    it('deletes a tag with its children, and the undo restores names, colours, ids and stories', async () => {
      await tags.tag(['روسيا'], { storyIds: [stories[0]!] })
      await tags.tag(['روسيا/كورسك'], { storyIds: [stories[1]!, stories[2]!] })
      const russia = tags.named('روسيا')
      tags.recolour(russia.id, '#123456')
      const before = tags.list()
      const { undo } = tags.delete(russia.id)
      expect(undo).toMatchObject({ label: 'Delete tag «روسيا»', action: 'deleteTag', params: { name: 'روسيا', stories: 3, tags: 2 } })
      expect(names()).toEqual([])
      expect(tagNamesOf(stories[1]!)).toEqual([])

      expect(undoStack.undo(undo.id)).toBe('Delete tag «روسيا»')
      expect(tags.list()).toEqual(before)
      expect(() => undoStack.undo(undo.id)).toThrow(/nothing to undo/)
    })

    it('restores into a tag of the same name made again meanwhile, and under a parent made again', async () => {
      await tags.tag(['روسيا/كورسك'], { storyIds: [stories[0]!] })
      const kurskUndo = tags.delete(tags.named('روسيا/كورسك').id).undo
      const russiaUndo = tags.delete(tags.named('روسيا').id).undo
      await tags.tag(['روسيا/كورسك'], { storyIds: [stories[1]!] })
      undoStack.undo(kurskUndo.id)
      expect(names()).toEqual(['روسيا', 'روسيا/كورسك'])
      expect(tags.named('روسيا/كورسك').count).toBe(2)
      undoStack.undo(russiaUndo.id)
      expect(names()).toEqual(['روسيا', 'روسيا/كورسك'])
    })

    it('skips stories deleted since, when undoing', async () => {
      await tags.tag(['روسيا'], { storyIds: [stories[0]!, stories[1]!] })
      const { undo } = tags.delete(tags.named('روسيا').id)
      library.stories.delete(stories[0]!)
      undoStack.undo(undo.id)
      expect(tags.named('روسيا').count).toBe(1)
    })
  })

  describe('keyword suggestions', () => {
    it('offers the dump keywords not yet on the story, with the tag each would be, and applies nothing', async () => {
      const story = addStory(library, {
        title: 'هجوم',
        body: 'نص عن كورسك',
        keywords: ['كورسك', 'روسيا', 'کوریا', 'روسيا ', '…', 'أوكرانيا']
      })
      await tags.tag(['روسيا'], { storyIds: [story] })
      tags.create('أخبار/كورسك')
      tags.create('كوريا')
      expect(tags.suggestionsFor(story)).toEqual([
        { keyword: 'كورسك', existingTagId: tags.named('أخبار/كورسك').id, existingTagName: 'أخبار/كورسك' },
        { keyword: 'کوریا', existingTagId: tags.named('كوريا').id, existingTagName: 'كوريا' },
        { keyword: 'أوكرانيا', existingTagId: null, existingTagName: null }
      ])
      expect(tagNamesOf(story)).toEqual(['روسيا'])
      expect(() => tags.suggestionsFor(999)).toThrow('There is no story 999 in this library.')
    })

    it('leaves out a keyword that is the last part of a tag already on the story', async () => {
      const story = addStory(library, { title: 'هجوم', body: 'نص', keywords: ['كورسك'] })
      await tags.tag(['روسيا/كورسك'], { storyIds: [story] })
      expect(tags.suggestionsFor(story)).toEqual([])
    })
  })

  it('deleting a story leaves no tag pairs behind, and tags stay', async () => {
    await tags.tag(['روسيا'], { storyIds: stories })
    library.stories.delete(stories[0]!)
    expect(tags.named('روسيا').count).toBe(3)
    expect(library.db.prepare('SELECT count(*) FROM story_tags WHERE story_id NOT IN (SELECT id FROM stories)').pluck().get()).toBe(0)
  })
})
