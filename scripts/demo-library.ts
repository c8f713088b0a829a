/**
 * `npx tsx scripts/demo-library.ts FILE`: a small library of invented stories (the test fixtures, plus one wire
 * story carried by three outlets), tagged, linked, annotated and briefed, for screenshots and demonstrations.
 */
import { readFileSync, rmSync } from 'node:fs'
import { MarsadCore } from '../src/core'
import type { ApiMethod, ApiRequest, ApiResponse } from '../src/shared/api'
import { dispatchApiCall } from '../src/shared/dispatch'
import { fixture, ONE_OF_EACH_KIND } from '../test/fixtures/dumps/readDumps'

const wire = [
  'أعلنت وزارة الصحة اليوم الأحد عن تسجيل ارتفاع في عدد الإصابات بالحمى الموسمية في المحافظات الشمالية خلال الأسبوع الماضي.',
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الفرق الطبية انتشرت في القرى الأكثر تضرراً وإن المستشفيات رفعت درجة الاستعداد.',
  'وأضاف أن الوزارة وزعت أكثر من عشرين ألف جرعة من اللقاح على المراكز الصحية وأنها ستفتح مراكز مؤقتة في المدارس.',
  'ودعا المواطنين إلى مراجعة أقرب مركز صحي عند ظهور الأعراض وعدم تناول المضادات الحيوية دون استشارة الطبيب.'
]
const record = (title: string, source: string, date: string, paragraphs: string[]) =>
  JSON.stringify({ title, source, date, body: paragraphs.join('\n'), keywords: ['الصحة', 'الحمى'] })

async function main(): Promise<void> {
  const path = process.argv[2]
  if (!path) throw new Error('Usage: npx tsx scripts/demo-library.ts FILE')
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const wireDump = Buffer.from(
    [
      record('الحمى الموسمية تنتشر في المحافظات الشمالية', 'وكالة الأنباء', '2024-03-01', wire),
      record('ارتفاع إصابات الحمى في الشمال', 'صحيفة الصباح', '2024-03-02', [wire[0]!, wire[2]!, wire[1]!]),
      record('الصحة: استعداد في المستشفيات لمواجهة الحمى', 'إذاعة المدينة', '2024-03-03', [
        ...wire,
        'وستعقد الوزارة مؤتمراً آخر يوم الخميس.'
      ])
    ].join('\n')
  )
  const core = new MarsadCore({ libraryPath: path })
  // Imported as bytes under their bare names, as a browser drop is: the provenance panel then shows `wire.jsonl`,
  // not the folders of the machine that built the library (the README's screenshots show it).
  const files = [...ONE_OF_EACH_KIND.map((name) => ({ name, bytes: readFileSync(fixture(name)) })), { name: 'wire.jsonl', bytes: wireDump }]
  core.imports.start({ files })
  await core.imports.idle()

  // Through the contract, as the interface would.
  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> => {
    const envelope = await dispatchApiCall(core.handlers, method, request)
    if (!envelope.ok) throw new Error(envelope.error.message)
    return envelope.value as ApiResponse<M>
  }
  const stories = core.library.stories.listOldestFirst(0, 100)
  const [first, second] = stories
  await call('tagStories', { tags: ['الطاقة/الوقود'], storyIds: [first!.id] })
  await call('tagStories', { tags: ['صحة'], query: 'الحمى' })
  await call('linkStories', { from: first!.id, to: second!.id, kind: 'follows', note: 'متابعة لخطة الوزارة' })
  await call('addNote', { storyId: first!.id, body: 'تحقق من أرقام الوزارة مع مصدر مستقل.\nCheck against last year.' })
  await call('saveSearch', { name: 'الحمى', query: 'الحمى' })
  const briefing = await call('createBriefing', { title: 'موجز الأسبوع', subtitle: 'الصحة والطاقة', author: 'وحدة الرصد' })
  await call('addToBriefing', {
    briefingId: briefing.id,
    storyIds: stories.slice(0, 3).map((story) => story.id),
    comment: 'يستحق المتابعة'
  })
  core.close()
  console.log(`${stories.length} stories in ${path}`)
}

void main()
