import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { Briefing } from '../../shared/contract/briefings'
import { openLibrary, type Library } from '../library'
import { TagService } from '../organise'
import { UndoStack } from '../undo'
import { BriefingService } from './briefingService'
import { buildBriefingDocument } from './document'

/** Section headings with their items' story titles: what the analyst sees in the outline. */
function outline(briefing: Briefing): [string, (string | null)[]][] {
  return briefing.sections.map((section) => [section.heading, section.items.map((item) => item.story.title)])
}

describe('BriefingService', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  /** The undo stack the services share, as the library session's. */
  let undoStack: UndoStack
  let events: { id: number | null }[]
  let service: BriefingService
  let stories: Record<string, number>

  beforeEach(() => {
    temp = makeTempDir('marsad-briefing-')
    library = openLibrary(temp.file('lib.marsad'))
    undoStack = new UndoStack((work) => library.transaction(work))
    events = []
    service = new BriefingService(library, {
      undo: undoStack,
      emit: (_event, payload) => events.push(payload),
      now: () => new Date('2024-08-07T09:00:00Z')
    })
    stories = {}
    const seed: [string, string | null][] = [
      ['هجوم على كورسك', '2024-08-06'],
      ['رد موسكو', '2024-08-07'],
      ['نفي أوكراني', '2024-08-05'],
      ['Seoul reacts', null]
    ]
    for (const [title, date] of seed) stories[title] = addStory(library, { title, body: `نص ${title}`, source: 'الجزيرة', date })
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  it('creates a briefing dated today, judges its language from the analyst’s words, and lists it', () => {
    const briefing = service.create('  موجز كورسك  ', { subtitle: 'الأسبوع الأول', author: 'فريق الرصد' })
    expect(briefing).toMatchObject({
      title: 'موجز كورسك',
      subtitle: 'الأسبوع الأول',
      author: 'فريق الرصد',
      date: '2024-08-07',
      language: null,
      effectiveLanguage: 'ar',
      sections: []
    })
    expect(service.create('Weekly Korea brief').effectiveLanguage).toBe('en')
    expect(
      service
        .list()
        .map((summary) => summary.title)
        .sort()
    ).toEqual(['Weekly Korea brief', 'موجز كورسك'])
    expect(() => service.create('   ')).toThrow('A briefing needs a title.')
    expect(events.length).toBeGreaterThan(0)
  })

  it('adds stories in the order given to the last section, making one when there is none, and skips stories already there', async () => {
    const briefing = service.create('موجز')
    const first = await service.add(briefing.id, { storyIds: [stories['رد موسكو']!, stories['هجوم على كورسك']!] })
    expect(outline(first.briefing)).toEqual([['الأخبار', ['رد موسكو', 'هجوم على كورسك']]])
    const again = await service.add(briefing.id, { storyIds: [stories['رد موسكو']!, stories['نفي أوكراني']!], comment: 'مهم' })
    expect(again.skippedStoryIds).toEqual([stories['رد موسكو']])
    expect(outline(again.briefing)).toEqual([['الأخبار', ['رد موسكو', 'هجوم على كورسك', 'نفي أوكراني']]])
    expect(again.briefing.sections[0]!.items[2]).toMatchObject({ comment: 'مهم', excerpt: null, fullBody: false })

    // Another passage of a story already there is a new item.
    const excerpt = await service.add(briefing.id, { storyIds: [stories['رد موسكو']!], excerpt: 'مقطع مختار', section: 'ردود الفعل' })
    expect(outline(excerpt.briefing)).toEqual([
      ['الأخبار', ['رد موسكو', 'هجوم على كورسك', 'نفي أوكراني']],
      ['ردود الفعل', ['رد موسكو']]
    ])
    await expect(service.add(briefing.id, { storyIds: [999] })).rejects.toThrow('There is no story 999 in this library.')

    // Adding can be undone: the items go, the rest stays.
    undoStack.undo(excerpt.undo.id)
    expect(outline(service.get(briefing.id))).toEqual([
      ['الأخبار', ['رد موسكو', 'هجوم على كورسك', 'نفي أوكراني']],
      ['ردود الفعل', []]
    ])
  })

  it('adds every story of a tag, oldest first, undated last', async () => {
    const tagged = [stories['Seoul reacts']!, stories['رد موسكو']!, stories['نفي أوكراني']!]
    const withTags = new BriefingService(library, { undo: undoStack, findTagStoryIds: async (name) => (name === 'روسيا' ? tagged : []) })
    const briefing = withTags.create('موجز')
    const added = await withTags.add(briefing.id, { tag: 'روسيا' })
    expect(outline(added.briefing)[0]![1]).toEqual(['نفي أوكراني', 'رد موسكو', 'Seoul reacts'])
  })

  it('reorders items within a section and moves them across sections; sections reorder too', async () => {
    const briefing = service.create('موجز')
    await service.add(briefing.id, {
      storyIds: [stories['هجوم على كورسك']!, stories['رد موسكو']!, stories['نفي أوكراني']!],
      section: 'الميدان'
    })
    const withSections = service.addSection(briefing.id, 'السياسة')
    const [field, politics] = withSections.sections
    const [attack, reply, denial] = field!.items

    expect(outline(service.moveItem(denial!.id, 0))).toEqual([
      ['الميدان', ['نفي أوكراني', 'هجوم على كورسك', 'رد موسكو']],
      ['السياسة', []]
    ])
    expect(outline(service.moveItem(reply!.id, 0, politics!.id))).toEqual([
      ['الميدان', ['نفي أوكراني', 'هجوم على كورسك']],
      ['السياسة', ['رد موسكو']]
    ])
    expect(outline(service.moveItem(attack!.id, 99, politics!.id))).toEqual([
      ['الميدان', ['نفي أوكراني']],
      ['السياسة', ['رد موسكو', 'هجوم على كورسك']]
    ])
    expect(outline(service.moveSection(politics!.id, 0)).map(([heading]) => heading)).toEqual(['السياسة', 'الميدان'])
    expect(outline(service.addSection(briefing.id, 'خلاصة', 1)).map(([heading]) => heading)).toEqual(['السياسة', 'خلاصة', 'الميدان'])
    expect(outline(service.renameSection(politics!.id, 'المواقف السياسية'))[0]![0]).toBe('المواقف السياسية')

    const other = service.create('آخر')
    const otherSection = service.addSection(other.id, 'قسم').sections[0]!
    expect(() => service.moveItem(attack!.id, 0, otherSection.id)).toThrow(/belongs to another briefing/)
  })

  it('removes items and sections with undo that puts them back where they were', async () => {
    const briefing = service.create('موجز')
    await service.add(briefing.id, {
      storyIds: [stories['هجوم على كورسك']!, stories['رد موسكو']!, stories['نفي أوكراني']!],
      section: 'الميدان'
    })
    await service.add(briefing.id, { storyIds: [stories['Seoul reacts']!], section: 'آسيا' })
    const before = service.get(briefing.id)
    const middle = before.sections[0]!.items[1]!

    const removal = service.removeItems([middle.id])
    expect(outline(removal.briefing)[0]).toEqual(['الميدان', ['هجوم على كورسك', 'نفي أوكراني']])
    undoStack.undo(removal.undo.id)
    expect(outline(service.get(briefing.id))).toEqual(outline(before))

    const sectionRemoval = service.removeSection(before.sections[0]!.id)
    expect(sectionRemoval.undo).toMatchObject({ action: 'removeBriefingSection', params: { heading: 'الميدان', items: 3 } })
    expect(outline(sectionRemoval.briefing)).toEqual([['آسيا', ['Seoul reacts']]])
    undoStack.undo(sectionRemoval.undo.id)
    expect(outline(service.get(briefing.id))).toEqual(outline(before))
  })

  it('keeps comments, excerpts and the full-body choice; blank means none', async () => {
    const briefing = service.create('موجز')
    const { itemIds } = await service.add(briefing.id, { storyIds: [stories['رد موسكو']!] })
    expect(service.updateItem(itemIds[0]!, { comment: 'تصعيد لافت', excerpt: 'مقطع' })).toMatchObject({
      comment: 'تصعيد لافت',
      excerpt: 'مقطع',
      fullBody: false
    })
    expect(service.updateItem(itemIds[0]!, { fullBody: true })).toMatchObject({ comment: 'تصعيد لافت', excerpt: 'مقطع', fullBody: true })
    expect(service.updateItem(itemIds[0]!, { comment: '  ' })).toMatchObject({ comment: null, excerpt: 'مقطع' })
  })

  it('updates the cover, duplicates a briefing with all its items, and deletes one with undo', async () => {
    const briefing = service.create('موجز كورسك')
    await service.add(briefing.id, { storyIds: [stories['هجوم على كورسك']!], section: 'الميدان', comment: 'تعليق' })
    const updated = service.update(briefing.id, { classification: 'سري', introduction: 'ملخص', language: 'en', subtitle: null })
    expect(updated).toMatchObject({ classification: 'سري', introduction: 'ملخص', language: 'en', effectiveLanguage: 'en', subtitle: null })

    const copy = service.duplicate(briefing.id)
    expect(copy.title).toBe('موجز كورسك (copy)')
    expect(outline(copy)).toEqual(outline(updated))
    expect(copy.sections[0]!.items[0]!.comment).toBe('تعليق')
    expect(copy.sections[0]!.id).not.toBe(updated.sections[0]!.id)

    const { undo } = service.delete(briefing.id)
    expect(() => service.get(briefing.id)).toThrow(`There is no briefing with id ${briefing.id}.`)
    expect(library.stories.get(stories['هجوم على كورسك']!)).not.toBeNull()
    undoStack.undo(undo.id)
    expect(outline(service.get(briefing.id))).toEqual(outline(updated))
    expect(service.get(briefing.id).classification).toBe('سري')
  })

  it('builds the export model: numbers, anchors, the excerpt or the body, tags, and links between items', async () => {
    const briefing = service.create('موجز كورسك', { date: '2024-08-07' })
    const { itemIds } = await service.add(briefing.id, { storyIds: [stories['هجوم على كورسك']!, stories['رد موسكو']!], section: 'الميدان' })
    await service.add(briefing.id, { storyIds: [stories['Seoul reacts']!], section: 'آسيا', comment: 'Worth watching' })
    service.updateItem(itemIds[1]!, { excerpt: 'مقطع مختار' })
    await new TagService(library).tag(['روسيا', 'أوكرانيا'], { storyIds: [stories['هجوم على كورسك']!] })
    library.links.add({ from: stories['رد موسكو']!, to: stories['هجوم على كورسك']!, kind: 'follows' })

    const document = buildBriefingDocument(library, service.get(briefing.id))
    expect(document).toMatchObject({
      language: 'ar',
      direction: 'rtl',
      title: 'موجز كورسك',
      date: '7 أغسطس 2024',
      labels: { contents: 'المحتويات' }
    })
    const [field, asia] = document.sections
    expect(field).toMatchObject({ number: '1', anchor: 'section-1', heading: 'الميدان' })
    expect(field!.items[0]).toMatchObject({
      number: '1.1',
      anchor: 'item-1-1',
      title: 'هجوم على كورسك',
      source: 'الجزيرة',
      date: '6 أغسطس 2024',
      text: 'نص هجوم على كورسك',
      textKind: 'body',
      tags: ['أوكرانيا', 'روسيا'],
      links: [{ kind: 'follows', label: 'تتابعه', anchor: 'item-1-2', number: '1.2', title: 'رد موسكو' }]
    })
    expect(field!.items[1]).toMatchObject({ text: 'مقطع مختار', textKind: 'excerpt', links: [{ label: 'يتابع', anchor: 'item-1-1' }] })
    expect(asia!.items[0]).toMatchObject({ number: '2.1', title: 'Seoul reacts', date: null, comment: 'Worth watching' })
  })
})
