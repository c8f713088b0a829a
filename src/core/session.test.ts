import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../test/helpers/stories'
import { makeTempDir } from '../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest, ApiResponse } from '../shared/api'
import { dispatchApiCall } from '../shared/dispatch'
import { MarsadCore } from './core'

describe('the library session', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore

  beforeEach(() => {
    temp = makeTempDir('marsad-session-')
    core = new MarsadCore({ libraryPath: temp.file('first.marsad') })
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> => {
    const result = await dispatchApiCall(core.handlers, method, request)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as ApiResponse<M>
  }

  it('is replaced whole by File → Open Library: search, tags, briefings and clusters answer for the new library only', async () => {
    const first = addStory(core.library, { title: 'قمة بغداد', body: 'تستضيف بغداد قمة إقليمية حول المياه.' })
    expect((await call('searchStories', { query: 'بغداد' })).total).toBe(1) // its vocabulary is read
    await call('tagStories', { tags: ['العراق'], storyIds: [first] })
    await call('createBriefing', { title: 'موجز' })
    const oldSession = core.session

    core.switchLibrary(temp.file('second.marsad'))
    expect(core.session).not.toBe(oldSession)
    const second = addStory(core.library, { title: 'بغداد تستعد', body: 'تستعد بغداد لاستقبال الوفود، ومياه دجلة في ازدياد.' })
    const found = await call('searchStories', { query: 'بغداد مياه' })
    expect(found.results.map((hit) => hit.id)).toEqual([second])
    expect(await call('listTags', {})).toEqual([])
    expect(await call('listBriefings', {})).toEqual([])
    expect(await call('listClusters', { minSize: 2 })).toEqual([])
    // What kept the old session holds a closed library: it can no longer write to the file that was left.
    expect(() => oldSession.tags.create('قديم')).toThrow(/not open/)
  })
})
