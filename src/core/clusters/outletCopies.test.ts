import { writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest, ApiResponse } from '../../shared/api'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'

const wireBody = [
  'أعلن مجلس الوزراء اليوم الاثنين عن خطة وطنية لتحلية مياه البحر في المدن الساحلية خلال السنوات الخمس المقبلة.',
  'وقال وزير المياه في بيان إن الخطة تشمل بناء أربع محطات جديدة بطاقة إجمالية تكفي نحو مليوني نسمة.',
  'وأضاف أن الحكومة ستطرح مناقصات دولية قبل نهاية العام وأن التمويل سيأتي من الموازنة ومن قروض ميسرة.'
].join('\n')
const wireTitle = 'خطة وطنية لتحلية مياه البحر'

/** One outlet's verbatim copy of the wire story: only who carried it, where, and when differ. */
const copy = (source: string, url: string, date: string, author: string) =>
  JSON.stringify({ title: wireTitle, body: wireBody, source, url, date, author })

const outlets = [
  copy('وكالة الأنباء', 'https://wire.example/desal-1', '2024-05-06', 'المحرر'),
  copy('صحيفة الساحل', 'https://sahel.example/news/77', '2024-05-06', 'مراسل الساحل'),
  copy('إذاعة المدينة', 'https://radio.example/a/3', '2024-05-07', 'قسم الأخبار')
]

async function dispatch<M extends ApiMethod>(core: MarsadCore, method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
  const envelope = await dispatchApiCall(core.handlers, method, request)
  if (!envelope.ok) throw new Error(envelope.error.message)
  return envelope.value as ApiResponse<M>
}

describe('the same text carried by several outlets', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  const libraryPath = () => temp.file('library.marsad')
  const cliJson = async (...args: string[]) => {
    const run = await runCli([...args, '--json', '--library', libraryPath()])
    expect(run.stderr).toBe('')
    return run.stdout
  }

  beforeEach(() => {
    temp = makeTempDir('marsad-outlets-')
    core = new MarsadCore({ libraryPath: libraryPath() })
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  async function importFile(name: string, lines: string[]) {
    writeFileSync(temp.file(name), lines.join('\n'))
    core.imports.start({ paths: [temp.file(name)] })
    await core.imports.idle()
  }

  it("keeps each outlet's verbatim copy as its own story, in one cluster, everywhere the analyst looks", async () => {
    // The first outlet in one file, the other two in the next: across imports and within one.
    await importFile('monday.jsonl', outlets.slice(0, 1))
    await importFile('tuesday.jsonl', outlets.slice(1))

    const document = await dispatch(core, 'createBriefing', { title: 'موجز المياه' })
    const stories = core.library.stories.listOldestFirst(0, 10)
    await dispatch(core, 'addToBriefing', { briefingId: document.id, storyIds: [stories[1]!.id] })
    const briefing = await dispatch(core, 'briefingDocument', { id: document.id })
    expect(briefing.sections[0]!.items[0]!.alsoCarriedBy).toEqual(['وكالة الأنباء', 'إذاعة المدينة'])
    core.close()

    const listed = (await cliJson('stories'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(listed.map((story) => [story.source, story.url, story.author])).toEqual([
      ['وكالة الأنباء', 'https://wire.example/desal-1', 'المحرر'],
      ['صحيفة الساحل', 'https://sahel.example/news/77', 'مراسل الساحل'],
      ['إذاعة المدينة', 'https://radio.example/a/3', 'قسم الأخبار']
    ])
    expect(new Set(listed.map((story) => story.cluster)).size).toBe(1)
    expect(listed[0].cluster).not.toBeNull()

    const clusters = JSON.parse(await cliJson('clusters'))
    expect(clusters).toEqual([
      { id: listed[0].cluster, size: 3, first: listed[0].id, members: expect.arrayContaining(listed.map((story) => story.id)) }
    ])

    const search = await runCli(['search', 'مياه البحر', '--library', libraryPath()])
    expect(search.stdout).toContain('carried by 3 outlets')
    const found = JSON.parse(await cliJson('search', 'مياه البحر', '--all-copies'))
    expect(found.results.map((hit: { id: number }) => hit.id).sort()).toEqual(listed.map((story) => story.id).sort())
    core = new MarsadCore({ libraryPath: libraryPath() })
  })

  it('folds only the same story arriving again into a sighting: the same URL, or the same source, title and body', async () => {
    await importFile('first.jsonl', outlets)
    const again = [
      // The same URL, even with the page's text edited since.
      JSON.stringify({
        title: wireTitle,
        body: `${wireBody}\nتحديث: أضيفت تفاصيل.`,
        source: 'وكالة الأنباء',
        url: 'https://wire.example/desal-1'
      }),
      // No URL: the same source with the same title and body, respelled.
      JSON.stringify({ title: 'خطـة وطنية لتحلية مياه البحر', body: wireBody, source: 'مجلة الأسبوع' }),
      JSON.stringify({ title: wireTitle, body: wireBody, source: 'مجلة الأسبوع' })
    ]
    await importFile('second.jsonl', again)
    expect(core.library.stories.listOldestFirst(0, 10).map((story) => story.source)).toEqual([
      'وكالة الأنباء',
      'صحيفة الساحل',
      'إذاعة المدينة',
      'مجلة الأسبوع'
    ])
    expect(core.library.db.prepare('SELECT count(*) FROM sightings').pluck().get()).toBe(6)
  })
})
