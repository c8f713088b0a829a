import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest } from '../../shared/api'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'

describe('organise methods through the contract', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  let events: { event: string; payload: unknown }[]
  let ids: number[]

  beforeEach(() => {
    temp = makeTempDir('marsad-organise-api-')
    core = new MarsadCore({ libraryPath: temp.file('lib.marsad') })
    ids = [1, 2, 3].map((n) => addStory(core.library, { title: `خبر ${n}`, body: `نص ${n}`, keywords: ['روسيا'] }))
    events = []
    core.onEvent((event, payload) => events.push({ event, payload }))
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  const call = <M extends ApiMethod>(method: M, request: ApiRequest<M>) => dispatchApiCall(core.handlers, method, request)

  it('tags a selection, announces it, and undoes it by ticket', async () => {
    const tagged = await call('tagStories', { tags: ['روسيا/كورسك'], storyIds: [ids[0]!, ids[1]!] })
    expect(tagged).toMatchObject({ ok: true, value: { tagged: 2, tags: [{ name: 'روسيا/كورسك', parent: 'روسيا', count: 2 }] } })
    expect(events).toEqual([
      { event: 'tagsChanged', payload: {} },
      { event: 'storiesChanged', payload: { ids: [ids[0], ids[1]], aspects: ['tags'] } }
    ])
    const ticket = tagged.ok ? (tagged.value as { undo: { id: string } }).undo : null
    expect(await call('undo', { id: ticket!.id })).toEqual({ ok: true, value: { label: 'Tag 2 stories with «روسيا/كورسك»' } })
    expect(await call('listTags', {})).toEqual({ ok: true, value: [] })
  })

  it('tags and untags every story a search finds, and search finds a parent tag’s stories through its children', async () => {
    const korea = addStory(core.library, { title: 'صاروخ من كوريا الشمالية', body: 'أطلقت كوريا الشمالية صاروخاً' })
    const koreaAgain = addStory(core.library, { title: 'كوريا تطلق', body: 'تجربة صاروخية في كوريا' })
    expect(await call('tagStories', { tags: ['آسيا/کوریا'], query: 'كوريا' })).toMatchObject({ ok: true, value: { tagged: 2 } })
    const found = await call('searchStories', { query: 'tag:آسيا' })
    expect(found.ok && (found.value as { results: { id: number }[] }).results.map((hit) => hit.id).sort()).toEqual(
      [korea, koreaAgain].sort()
    )
    expect(await call('untagStories', { tags: ['كوريا'], query: 'tag:آسيا' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await call('untagStories', { tags: ['آسيا/كوريا'], query: 'tag:آسيا/كوريا' })).toMatchObject({
      ok: true,
      value: { untagged: 2 }
    })
  })

  it('asks for either story ids or a query, not both', async () => {
    for (const request of [{ tags: ['x'] }, { tags: ['x'], storyIds: [ids[0]!], query: 'نص' }]) {
      const result = await call('tagStories', request)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/either storyIds or query/) }
      })
    }
  })

  it('refuses an unknown or spent undo ticket', async () => {
    expect(await call('undo', { id: 'no-such-ticket' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/nothing to undo/) }
    })
  })

  it('keeps one undo stack per library: switching libraries forgets the old edits', async () => {
    const created = await call('createTag', { name: 'روسيا' })
    const deleted = await call('deleteTag', { id: (created as { value: { id: number } }).value.id })
    core.switchLibrary(temp.file('other.marsad'))
    const ticket = (deleted as { value: { undo: { id: string } } }).value.undo.id
    expect(await call('undo', { id: ticket })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('links, notes and suggestions answer with the contract’s shapes', async () => {
    const link = await call('linkStories', { from: ids[0]!, to: ids[1]!, kind: 'contradicts', note: 'تناقض' })
    expect(link).toMatchObject({ ok: true, value: { from: ids[0], to: ids[1], kind: 'contradicts', origin: 'user' } })
    expect(await call('storyLinks', { id: ids[1]! })).toMatchObject({
      ok: true,
      value: [{ direction: 'in', other: { id: ids[0], title: 'خبر 1' } }]
    })
    expect(await call('storyNeighbourhood', { id: ids[0]! })).toMatchObject({
      ok: true,
      value: {
        nodes: [
          { id: ids[0], distance: 0 },
          { id: ids[1], distance: 1 }
        ],
        truncated: false
      }
    })
    expect(await call('addNote', { storyId: ids[2]!, body: 'ملاحظة' })).toMatchObject({
      ok: true,
      value: { storyId: ids[2], body: 'ملاحظة' }
    })
    expect(await call('suggestedTags', { storyId: ids[2]! })).toEqual({
      ok: true,
      value: [{ keyword: 'روسيا', existingTagId: null, existingTagName: null }]
    })
    expect(await call('linkStories', { from: ids[0]!, to: ids[1]!, kind: 'friends' as 'related' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' }
    })
  })
})
