import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { MarsadCore } from '../core'
import type { StoryFields } from '../library'
import { normalizeTerm } from '../text'
import { prepareQuery } from './prepareQuery'
import { searchStories } from './searchStories'

/**
 * Stories written for these tests (not taken from any real article). Each pair holds one word with and without
 * clitics, or two words that only look like that: كمال/مال, وطن/طن, فكر/كر, لبن/بن. The words of its own appear
 * with the article somewhere, as they do in news (الكمال، الوطن، الفكر، اللبن), which is what tells them apart.
 */
const STORIES: Record<string, Partial<StoryFields> & { body: string }> = {
  university: { title: 'افتتاح كلية الطب', body: 'افتتح رئيس جامعة القاهرة كلية جديدة، وقالت الجامعة إن الدراسة تبدأ في الخريف.' },
  pastedClitics: { title: 'زيارة وفد طلابي', body: 'وصل الوفد صباحا، فبجامعة الأزهر عقد لقاء مع الأساتذة.' },
  russia: { title: 'جولة دبلوماسية', body: 'زار وزير الخارجية روسيا الأسبوع الماضي وبحث ملفات الطاقة.' },
  toRussia: { title: 'رسالة إلى موسكو', body: 'قال المتحدث إن الرسالة واضحة فلروسيا دور في المنطقة.' },
  asACity: { title: 'تقرير عمراني', body: 'تبدو القرية كمدينة صغيرة بعد توسعها.' },
  city: { title: 'أخبار المدينة', body: 'تستعد مدينة الإسكندرية لاستقبال الزوار، والمدينة مزدحمة.' },
  kamal: { title: 'لقاء مع كمال', body: 'تحدث كمال عن الكمال في العمل، وقال كمال إنه متفائل.' },
  money: { title: 'سوق المال', body: 'ارتفع حجم المال المتداول، وقال خبير إن مال الدولة محفوظ.' },
  homeland: { title: 'ذكرى الاستقلال', body: 'احتفل الناس بعيد الوطن، وقال الشاعر إن وطن الإنسان ذاكرته.' },
  ton: { title: 'إنتاج القمح', body: 'بلغ الإنتاج مليون طن هذا العام، بزيادة ألف طن.' },
  thought: { title: 'ندوة ثقافية', body: 'ناقشت الندوة الفكر العربي، وقال الباحث إن فكر النهضة حاضر.' },
  milk: { title: 'أسعار الألبان', body: 'ارتفع سعر اللبن في الأسواق، وقال تاجر إن لبن الماعز أغلى.' },
  rifles: { title: 'ضبط أسلحة', body: 'صادرت الشرطة بنادق صيد من مستودع قديم.' },
  theRifles: { title: 'حملة أمنية', body: 'جمعت السلطات البنادق من السكان.' },
  france: { title: 'قمة أوروبية', body: 'استضافت فرنسا القمة، وقالت الرئاسة إن فرنسا مستعدة.' },
  andKorea: { title: 'محادثات تجارية', body: 'أجرت الصين وكوريا محادثات حول الرسوم.' },
  desalination: { title: 'خطة وطنية لتحلية مياه البحر', body: 'أعلنت الحكومة خطة لتحلية مياه البحر في المدن الساحلية.' }
}
type StoryName = keyof typeof STORIES

describe('search: a word is found whatever clitics it or the query carries', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  let ids: Record<StoryName, number>

  const search = (query: string) => searchStories(core.session.search, { query, sort: 'relevance', offset: 0, limit: 50, facets: false })
  async function found(query: string): Promise<StoryName[]> {
    const response = await search(query)
    return response.results.map((hit) => (Object.keys(ids) as StoryName[]).find((name) => ids[name] === hit.id)!).sort()
  }

  beforeEach(() => {
    temp = makeTempDir('marsad-clitics-')
    core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
    ids = Object.fromEntries(Object.entries(STORIES).map(([name, fields]) => [name, addStory(core.library, fields)])) as Record<
      StoryName,
      number
    >
  })
  afterEach(() => {
    core.close()
    temp.cleanup()
  })

  it.each([
    ['جامعة', 'فبجامعة', ['pastedClitics', 'university']],
    ['روسيا', 'فلروسيا', ['russia', 'toRussia']],
    ['مدينة', 'كمدينة', ['asACity', 'city']]
  ])('%s and %s find each other, both ways', async (bare, withClitics, expected) => {
    expect(await found(bare)).toEqual(expected)
    expect(await found(withClitics)).toEqual(expected)
  })

  it('finds a story that writes the word with clitics and no article when the query has the article', async () => {
    expect(await found('الجامعة')).toEqual(['pastedClitics', 'university'])
    expect(await found('المدينة')).toEqual(['asACity', 'city'])
  })

  it('finds a word with and without the article alike, though it starts with a letter that can be a clitic', async () => {
    expect(await found('بنادق')).toEqual(['rifles', 'theRifles'])
    expect(await found('البنادق')).toEqual(['rifles', 'theRifles'])
  })

  it.each([
    ['كمال', 'مال', 'kamal', 'money'],
    ['وطن', 'طن', 'homeland', 'ton'],
    ['فكر', 'كر', 'thought', null],
    ['لبن', 'بن', 'milk', null]
  ])('keeps %s and %s apart', async (long, short, longStory, shortStory) => {
    expect(await found(long)).toEqual([longStory])
    expect(await found(short)).toEqual(shortStory === null ? [] : [shortStory])
  })

  it('finds a word the library holds only after ل or و when the query writes it bare', async () => {
    expect(await found('تحلية')).toEqual(['desalination'])
    expect(await found('تحلية مياه البحر')).toEqual(['desalination'])
  })

  it('keeps the first letter of a word that owns it: فرنسا is not ف + رنسا', async () => {
    expect(await found('فرنسا')).toEqual(['france'])
    expect(await found('رنسا')).toEqual([])
  })

  it('finds the words near each other whatever clitics they carry', async () => {
    expect(await found('NEAR(جامعة الأزهر, 3)')).toEqual(['pastedClitics'])
    expect(await found('NEAR(فبجامعة القاهرة, 3)')).toEqual(['university'])
  })

  it('finds a prefix behind و, ب and ل', async () => {
    expect(await found('كور*')).toEqual(['andKorea'])
    expect(await found('كوريا')).toEqual(['andKorea'])
  })

  it('highlights the word as the story writes it, clitics included', async () => {
    const [hit] = (await search('جامعة الأزهر')).results
    expect(hit!.id).toBe(ids.pastedClitics)
    expect(hit!.matched).toEqual(expect.arrayContaining(['فبجامعة', 'الأزهر']))
    const [start, end] = hit!.snippet.highlights.find(([from, to]) => hit!.snippet.text.slice(from, to) === 'فبجامعة')!
    expect(hit!.snippet.text.slice(start, end)).toBe('فبجامعة')
  })

  it('ranks the exact form above a clitic form', async () => {
    const ranked = (await search('جامعة')).results.map((hit) => hit.id)
    expect(ranked).toEqual([ids.university, ids.pastedClitics])
  })

  it('says which word of the query the library holds in no form', async () => {
    const response = await search('جامعة زقزقوط')
    expect(response.total).toBe(0)
    expect(response.unmatchedWords).toEqual(['زقزقوط'])
    expect((await search('فبجامعة روسيا')).unmatchedWords).toEqual([])
    expect((await search('"زقزقوط"')).unmatchedWords).toEqual([]) // phrases are matched as written, not judged
    expect(normalizeTerm('زقزقوط')).toBe('زقزقوط')
  })
  it("judges again when stories arrive: a word searched before is found in a new story's clitic form, and a word new to the library is no longer unmatched", async () => {
    expect(await found('جامعة')).toEqual(['pastedClitics', 'university'])
    expect((await search('زقزقوط')).unmatchedWords).toEqual(['زقزقوط'])
    const newcomer = addStory(core.library, { title: 'منحة دراسية', body: 'التحق الطالب وبجامعة بغداد درس الهندسة، وكتب عن الزقزقوط.' })
    expect((await search('جامعة')).results.map((hit) => hit.id)).toContain(newcomer)
    expect((await search('زقزقوط')).unmatchedWords).toEqual([])
  })

  it('matches a word whose clitic forms are all clitics by one phrase over the stems, with or without clitics', async () => {
    const compiled = async (query: string) => (await prepareQuery(core.session.search, query)).match
    expect(await compiled('جامعة')).toBe(
      '({title body keywords notes}: "جامعه" OR {title_stem body_stem keywords_stem notes_stem title_under_clitics text_under_clitics}: "جامع")'
    )
    // كمال is a word of its own: مال's forms, if it had any that read as clitics, would be named one by one.
    expect(await compiled('مال')).toBe('({title body keywords notes}: "مال" OR {title_stem body_stem keywords_stem notes_stem}: "مال")')
    expect(await found('مال')).toEqual(['money'])
  })
})
