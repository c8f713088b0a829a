import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest, ApiResponse } from '../../shared/api'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'

const wire = [
  'أعلنت وزارة الصحة اليوم الأحد عن تسجيل ارتفاع في عدد الإصابات بالحمى الموسمية في المحافظات الشمالية خلال الأسبوع الماضي.',
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الفرق الطبية انتشرت في القرى الأكثر تضرراً وإن المستشفيات رفعت درجة الاستعداد.',
  'وأضاف أن الوزارة وزعت أكثر من عشرين ألف جرعة من اللقاح على المراكز الصحية وأنها ستفتح مراكز مؤقتة في المدارس.',
  'ودعا المواطنين إلى مراجعة أقرب مركز صحي عند ظهور الأعراض وعدم تناول المضادات الحيوية دون استشارة الطبيب.',
  'وكانت منظمة الصحة العالمية قد حذرت الشهر الماضي من موجة جديدة في المنطقة بسبب تغير الطقس وارتفاع درجات الحرارة.'
]
const record = (title: string, source: string, date: string, paragraphs: string[]) =>
  JSON.stringify({ title, source, date, body: paragraphs.join('\n') })

const stories = [
  record('الحمى الموسمية تنتشر في الشمال', 'وكالة الأنباء', '2024-03-02', wire),
  // Another outlet: its own headline, a paragraph cut, two swapped, a respelling.
  record('ارتفاع إصابات الحمى', 'صحيفة الصباح', '2024-03-03', [wire[0]!.replace('الصحة', 'الصحـه'), wire[2]!, wire[1]!, wire[4]!]),
  // The earliest report: the wire copy with an extra closing line.
  record('وزارة الصحة: ارتفاع الإصابات', 'إذاعة المدينة', '2024-03-01', [...wire, 'وستعقد الوزارة مؤتمراً آخر يوم الخميس المقبل.']),
  // The same event, written separately: not a copy.
  record('الحمى في الشمال', 'مجلة الأسبوع', '2024-03-02', [
    'قالت السلطات الصحية إن الحمى الموسمية تنتشر في الشمال، وإن الإصابات ارتفعت الأسبوع الماضي بشكل لافت.',
    'ونشرت الوزارة فرقاً طبية في القرى ووزعت جرعات من اللقاح على المراكز، داعية السكان إلى زيارة الأطباء دون تأخير.',
    'وحذرت منظمة الصحة العالمية من موجة جديدة مع ارتفاع الحرارة، فيما تظهر الأرقام زيادة كبيرة عن العامين السابقين.'
  ])
]

/** Calls the contract as the interface would (validation, defaults). */
async function dispatch<M extends ApiMethod>(core: MarsadCore, method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
  const envelope = await dispatchApiCall(core.handlers, method, request)
  if (!envelope.ok) throw new Error(envelope.error.message)
  return envelope.value as ApiResponse<M>
}

describe('syndication clusters', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  beforeEach(() => {
    temp = makeTempDir('marsad-clusters-')
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  async function importLines(name: string, lines: string[]): Promise<void> {
    writeFileSync(temp.file(name), lines.join('\n'))
    core.imports.start({ paths: [temp.file(name)] })
    await core.imports.idle()
  }

  it('groups copies from other outlets as they arrive, with the earliest as first reported, and leaves a separate report alone', async () => {
    await importLines('day-1.jsonl', stories.slice(0, 2))
    await importLines('day-2.jsonl', stories.slice(2))
    const ids = core.library.stories.listOldestFirst(0, 10).map((story) => story.id)

    const clusters = await core.handlers.listClusters({ minSize: 2 })
    expect(clusters).toEqual([{ id: expect.any(Number), size: 3, first: ids[2], members: expect.arrayContaining(ids.slice(0, 3)) }])
    expect(core.library.stories.get(ids[3]!)!.clusterId).toBeNull()

    const copies = await core.handlers.storyCopies({ id: ids[1]! })
    expect(copies.first).toBe(ids[2])
    expect(copies.copies.map((copy) => copy.source)).toEqual(['إذاعة المدينة', 'وكالة الأنباء', 'صحيفة الصباح'])
    const cut = copies.copies[2]!.diff.filter((piece) => piece.kind === 'cut')
      .map((piece) => piece.text)
      .join(' ')
    expect(cut).toContain('ودعا المواطنين')
    expect(cut).toContain('وستعقد الوزارة')
  })

  it('shows copies once in search results, "carried by N outlets", unless every copy is asked for', async () => {
    await importLines('day-1.jsonl', stories)
    const grouped = await core.handlers.searchStories({
      query: 'الحمى',
      sort: 'relevance',
      offset: 0,
      limit: 20,
      facets: true,
      collapse: true
    })
    expect(grouped).toMatchObject({ total: 4, groups: 2 })
    expect(grouped.results).toHaveLength(2)
    expect(grouped.results.map((hit) => [hit.clusterSize, hit.matchingCopies]).sort()).toEqual([
      [1, 1],
      [3, 3]
    ])
    expect(grouped.facets!.source.reduce((sum, facet) => sum + facet.count, 0)).toBe(4)

    const byDate = await core.handlers.searchStories({ query: 'الحمى', sort: 'date', offset: 0, limit: 20, facets: false, collapse: true })
    expect(byDate.results).toHaveLength(2)

    const every = await core.handlers.searchStories({
      query: 'الحمى',
      sort: 'relevance',
      offset: 0,
      limit: 20,
      facets: false,
      collapse: false
    })
    expect(every).toMatchObject({ total: 4, groups: null })
    expect(every.results.filter((hit) => hit.clusterSize === 3)).toHaveLength(3)
  })

  it("tells a briefing which other outlets carried an item's story", async () => {
    await importLines('day-1.jsonl', stories)
    const [, second] = core.library.stories.listOldestFirst(0, 10)
    const briefing = await dispatch(core, 'createBriefing', { title: 'موجز' })
    await dispatch(core, 'addToBriefing', { briefingId: briefing.id, storyIds: [second!.id] })
    const document = await dispatch(core, 'briefingDocument', { id: briefing.id })
    const item = document.sections[0]!.items[0]!
    expect(item.alsoCarriedBy).toEqual(['إذاعة المدينة', 'وكالة الأنباء'])
    expect(document.labels.alsoCarriedBy).toBe('نشرته أيضًا')
  })

  it('splits a story out of its cluster and remembers it when the story arrives again', async () => {
    await importLines('day-1.jsonl', stories.slice(0, 3))
    const [first, second, third] = core.library.stories.listOldestFirst(0, 10).map((story) => story.id)
    await core.handlers.splitFromCluster({ id: second! })
    expect(core.library.stories.get(second!)!.clusterId).toBeNull()
    expect((await core.handlers.listClusters({ minSize: 2 }))[0]).toMatchObject({
      size: 2,
      members: expect.arrayContaining([first, third])
    })

    core.library.stories.delete(second!)
    await importLines('again.jsonl', [stories[1]!])
    const returned = core.library.stories.listOldestFirst(0, 10).find((story) => story.source === 'صحيفة الصباح')!
    expect(returned.id).not.toBe(second)
    expect(returned.clusterId).toBeNull()
  })

  it('keeps clusters whole when a member is deleted, and dissolves one left with a single story', async () => {
    await importLines('day-1.jsonl', stories.slice(0, 2))
    const [first, second] = core.library.stories.listOldestFirst(0, 10).map((story) => story.id)
    expect(core.library.stories.get(first!)!.clusterId).not.toBeNull()
    core.library.stories.delete(second!)
    expect(core.library.stories.get(first!)!.clusterId).toBeNull()
    expect(await core.handlers.listClusters({ minSize: 2 })).toEqual([])
  })

  it("shows clusters and each story's cluster in the CLI", async () => {
    await importLines('day-1.jsonl', stories)
    core.close()
    const listed = await runCli(['clusters', '--json', '--library', temp.file('library.marsad')])
    expect(JSON.parse(listed.stdout)).toEqual([{ id: expect.any(Number), size: 3, first: 3, members: expect.any(Array) }])
    const lines = (await runCli(['stories', '--json', '--library', temp.file('library.marsad')])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((story) => story.cluster === null)).toEqual([false, false, false, true])
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
  })
})
