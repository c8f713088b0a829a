import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest, ApiResponse } from '../../shared/api'
import { filterTerm, type SearchResponse } from '../../shared/contract/search'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'
import type { StoryFields } from '../library'

/** Stories written for these tests (not taken from any real article). */
const STORIES: Record<string, Partial<StoryFields> & { body: string }> = {
  seoul: {
    title: 'نائب وزير الخارجية الروسي يزور سيول لبحث ملف كوريا الشمالية',
    body:
      'قال مسؤولون إن نائب وزير الخارجية سيلتقي نظيره الكوري الجنوبي يوم الثلاثاء.\n' +
      'وتأتي الزيارة بعد تصريحات حول شبه الجزيرة الكورية والعقوبات المفروضة على بيونغ يانغ.',
    source: 'صحيفة الاتحاد',
    date: '2024-02-04',
    keywords: ['كوريا الجنوبية', 'کوریا الشمالیة'],
    language: 'ar',
    url: 'https://example.test/seoul'
  },
  kursk: {
    title: 'الكرملين يعلن السيطرة على منطقة كورسك',
    body:
      'أعلن الكرملين يوم السبت أن القوات الروسية استعادت منطقة كورسك بالكامل، وأشاد بمشاركة جنود من كوريا الشمالية. ' +
      'وقالت المتحدثة ماريا زاخاروفا إن العملية انتهت، فيما قال مسؤولون في كييف إن القتال لكورسك مستمر.',
    source: 'المستقلة',
    date: '2025-04-26',
    language: 'ar'
  },
  oil: {
    title: 'أسعار النفط ترتفع',
    body: 'ارتفعت أسعارُ النِّفطِ في الأسواقِ العالمية، وقال المحلّلون إن الطلـــب على النفط سيزداد. ویقول خبراء إن الأسعار ستبقى مرتفعة.',
    source: 'BBC Arabic',
    date: '2024-03-15',
    language: 'ar'
  },
  oilEnglish: {
    title: 'Oil prices rise',
    body: 'Oil prices rose on Monday as traders expected stronger demand in Asia.',
    source: 'Reuters',
    date: '2023-12-01',
    language: 'en'
  },
  football: {
    title: 'برشلونة يفوز في الدوري',
    body: 'فاز فريق برشلونة على ريال مدريد في مباراة مثيرة، وسجل المهاجم هدفين في الشوط الثاني.',
    source: 'فرانس 24',
    date: null,
    language: 'ar'
  }
}

type StoryName = keyof typeof STORIES

describe('search', () => {
  let temp: ReturnType<typeof makeTempDir>
  let core: MarsadCore
  let ids: Record<StoryName, number>

  async function call<M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> {
    const envelope = await dispatchApiCall(core.handlers, method, request)
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), envelope.error)
    return envelope.value as ApiResponse<M>
  }

  const search = (query: string, options: Partial<ApiRequest<'searchStories'>> = {}): Promise<SearchResponse> =>
    call('searchStories', { query, ...options })

  /** Names of the stories a query finds, in result order. */
  async function found(query: string, options: Partial<ApiRequest<'searchStories'>> = {}): Promise<StoryName[]> {
    const response = await search(query, { limit: 100, ...options })
    return response.results.map((hit) => (Object.keys(ids) as StoryName[]).find((name) => ids[name] === hit.id)!)
  }

  beforeEach(() => {
    temp = makeTempDir('marsad-search-')
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

  describe('words', () => {
    it('finds a word however it is written: harakat, tatweel, Persian letters, hamza, clitics', async () => {
      expect(await found('النفط')).toEqual(expect.arrayContaining(['oil']))
      expect(await found('الطلب')).toEqual(['oil'])
      expect(await found('يقول')).toEqual(['oil'])
      expect(await found('کوریا')).toEqual(expect.arrayContaining(['seoul', 'kursk']))
      expect(await found('كورسك')).toEqual(['kursk'])
      expect(await found('كرملين')).toEqual(['kursk'])
      expect(await found('اسعار')).toEqual(['oil'])
    })

    it('needs every word (AND), and ignores stopwords among other words', async () => {
      expect(await found('كوريا زاخاروفا')).toEqual(['kursk'])
      expect(await found('في كورسك من')).toEqual(['kursk'])
      expect((await search('كوريا برشلونة')).total).toBe(0)
    })

    it('ranks a story with the exact form above one with only the stem, and titles above bodies', async () => {
      const stemOnly = addStory(core.library, { title: 'تقرير', body: 'تحدث التقرير عن السوق الكوري والشركات.' })
      const exact = addStory(core.library, { title: 'تقرير', body: 'تحدث التقرير عن السوق الكورية والشركات.' })
      const ranked = (await search('الكورية')).results.map((hit) => hit.id)
      expect(ranked.indexOf(exact)).toBeLessThan(ranked.indexOf(stemOnly))
      const title = addStory(core.library, { title: 'زاخاروفا تتحدث', body: 'نص قصير بلا ذكر للاسم.' })
      expect((await search('زاخاروفا')).results[0]!.id).toBe(title)
    })

    it('reads Latin words case-insensitively', async () => {
      expect(await found('OIL')).toEqual(['oilEnglish'])
    })
  })

  describe('operators', () => {
    it('OR, NOT, -word and parentheses', async () => {
      expect((await found('زاخاروفا OR برشلونة')).sort()).toEqual(['football', 'kursk'])
      expect(await found('كوريا -زاخاروفا')).toEqual(['seoul'])
      expect(await found('كوريا NOT زاخاروفا')).toEqual(['seoul'])
      expect(await found('(زاخاروفا OR سيول) الكرملين')).toEqual(['kursk'])
      expect((await found('-كوريا')).sort()).toEqual(['football', 'oil', 'oilEnglish'])
    })

    it('"phrases" match normalised words in order, without stemming', async () => {
      expect(await found('"شبه الجزيرة الكورية"')).toEqual(['seoul'])
      expect(await found('"الجزيرة شبه"')).toEqual([])
      expect(await found('"كورسك"')).toEqual(['kursk']) // not لكورسك's stem alone: كورسك is written too
      expect(await found('"الكوري"')).toEqual(['seoul'])
      expect(await found('"كوري"')).toEqual([])
    })

    it('=word matches the exact form only', async () => {
      expect(await found('كوري')).toEqual(expect.arrayContaining(['seoul']))
      expect(await found('=كوري')).toEqual([])
      expect(await found('=الكوري')).toEqual(['seoul'])
    })

    it('word* matches words starting so, with or without the article', async () => {
      expect(await found('زاخارو*')).toEqual(['kursk'])
      expect(await found('كور*')).toEqual(expect.arrayContaining(['seoul', 'kursk']))
      expect(await found('الكرم*')).toEqual(['kursk'])
    })

    it('NEAR(a b, N) and "a b"~N find words close to each other in any order', async () => {
      expect(await found('NEAR(الكرملين كورسك, 10)')).toEqual(['kursk'])
      expect(await found('NEAR(الكرملين زاخاروفا, 3)')).toEqual([])
      expect(await found('"كورسك الكرملين"~8')).toEqual(['kursk'])
      expect(await found('"كورسك الكرملين"')).toEqual([])
    })

    it('word~ finds words of the library within an edit or two', async () => {
      expect(await found('زاخاروفا~')).toEqual(['kursk'])
      expect(await found('زخاروفا~')).toEqual(['kursk'])
      expect(await found('زخاروفا')).toEqual([])
      expect(await found('برشلونه~1')).toEqual(['football'])
    })
  })

  describe('fields and filters', () => {
    it('title: limits words to titles', async () => {
      expect(await found('title:كورسك')).toEqual(['kursk'])
      expect(await found('title:زاخاروفا')).toEqual([])
      expect(await found('title:(سيول OR برشلونة)')).toEqual(expect.arrayContaining(['seoul', 'football']))
    })

    it('source:, lang:, date:, after:, before:', async () => {
      expect(await found('source:الاتحاد')).toEqual(['seoul'])
      expect(await found('source:"bbc arabic"')).toEqual(['oil'])
      expect(await found('lang:en')).toEqual(['oilEnglish'])
      expect(await found('date:2024-02-04')).toEqual(['seoul'])
      expect((await found('date:2024')).sort()).toEqual(['oil', 'seoul'])
      expect((await found('date:2024-01..2024-03')).sort()).toEqual(['oil', 'seoul'])
      expect(await found('date:2025..')).toEqual(['kursk'])
      expect(await found('date:..2023')).toEqual(['oilEnglish'])
      expect((await found('after:2024-02-04')).sort()).toEqual(['kursk', 'oil'])
      expect((await found('before:2024-02-04')).sort()).toEqual(['oilEnglish'])
      expect(await found('كوريا date:٢٠٢٥')).toEqual(['kursk'])
    })

    it('reads what the filter controls of the interface write', async () => {
      expect(filterTerm('source', 'BBC Arabic')).toBe('source:"BBC Arabic"')
      expect(await found(`${filterTerm('source', 'BBC Arabic')} ${filterTerm('date', '2024-01..2024-12')}`)).toEqual(['oil'])
      expect(await found(filterTerm('source', 'صحيفة "الاتحاد"'))).toEqual(['seoul'])
    })

    it('filters combine with words, OR and NOT', async () => {
      expect(await found('كوريا after:2024')).toEqual(['kursk'])
      expect((await found('lang:en OR زاخاروفا')).sort()).toEqual(['kursk', 'oilEnglish'])
      expect(await found('النفط -date:2024')).toEqual([])
      expect(await found('-date:2024 -lang:ar')).toEqual(['oilEnglish'])
    })

    it('tag: matches the tag and its children, by normalised name; note: searches notes', async () => {
      await call('tagStories', { tags: ['کوریا/الشمالیة'], storyIds: [ids.seoul] })
      await call('tagStories', { tags: ['كوريا'], storyIds: [ids.kursk] })
      expect((await found('tag:كوريا')).sort()).toEqual(['kursk', 'seoul'])
      expect(await found('tag:"كوريا/الشمالية"')).toEqual(['seoul'])
      expect(await found('tag:روسيا')).toEqual([])
      await call('addNote', { storyId: ids.oil, body: 'مصدر موثوق: أوبك' })
      expect(await found('note:أوبك')).toEqual(['oil'])
      expect(await found('أوبك')).toEqual(['oil'])
      expect(await found('note:النفط')).toEqual([])
    })
  })

  describe('results', () => {
    it('answers with the contract shape: total, page, snippet with highlights on the original text, matched forms', async () => {
      const response = await search('النفط')
      expect(response).toMatchObject({ query: 'النفط', total: 1, didYouMean: null, tookMs: expect.any(Number) })
      const hit = response.results[0]!
      expect(hit).toMatchObject({ id: ids.oil, title: 'أسعار النفط ترتفع', source: 'BBC Arabic', date: '2024-03-15', tags: [] })
      expect(hit.score).toBeGreaterThan(0)
      const marked = hit.snippet.highlights.map(([start, end]) => hit.snippet.text.slice(start, end))
      expect(marked).toEqual(['النِّفطِ', 'النفط'])
      expect(hit.titleHighlights.map(([start, end]) => hit.title!.slice(start, end))).toEqual(['النفط'])
      expect(hit.matched).toEqual(['النفط', 'النِّفطِ'])
    })

    it('highlights tatweel and Persian letters as written, and a phrase as one range', async () => {
      const stretched = (await search('الطلب')).results[0]!
      expect(stretched.snippet.highlights.map(([s, e]) => stretched.snippet.text.slice(s, e))).toEqual(['الطلـــب'])
      const persian = (await search('الشمالية')).results.find((hit) => hit.id === ids.seoul)!
      expect(persian.matched).toEqual(expect.arrayContaining(['الشمالية', 'الشمالیة']))
      const phrase = (await search('"شبه الجزيرة الكورية"')).results[0]!
      expect(phrase.snippet.highlights.map(([s, e]) => phrase.snippet.text.slice(s, e))).toEqual(['شبه الجزيرة الكورية'])
    })

    it('never highlights excluded words', async () => {
      const hit = (await search('كوريا -زاخاروفا')).results[0]!
      expect(hit.matched.some((form) => form.includes('زاخاروفا'))).toBe(false)
    })

    it('cuts long bodies into a passage around the matches, with … where text was left out', async () => {
      const filler = Array.from({ length: 80 }, (_, index) => `كلمة${index}`).join(' ')
      const id = addStory(core.library, { title: 'طويل', body: `${filler} ثم ظهر اسم غوتيريش في وسط النص ${filler}` })
      const hit = (await search('غوتيريش')).results.find((result) => result.id === id)!
      expect(hit.snippet.text.startsWith('… ')).toBe(true)
      expect(hit.snippet.text.endsWith(' …')).toBe(true)
      expect(hit.snippet.text.split(' ').length).toBeLessThan(40)
      const [start, end] = hit.snippet.highlights[0]!
      expect(hit.snippet.text.slice(start, end)).toBe('غوتيريش')
    })

    it('sorts by date (newest first, undated last) and pages', async () => {
      const byDate = await found('', { sort: 'date' })
      expect(byDate).toEqual(['kursk', 'oil', 'seoul', 'oilEnglish', 'football'])
      const page = await search('', { sort: 'date', offset: 1, limit: 2 })
      expect(page.total).toBe(5)
      expect(page.results.map((hit) => hit.id)).toEqual([ids.oil, ids.seoul])
    })

    it('counts facets over the whole result, not the page', async () => {
      await call('tagStories', { tags: ['روسيا'], storyIds: [ids.kursk, ids.seoul] })
      const response = await search('كوريا', { limit: 1 })
      expect(response.results).toHaveLength(1)
      expect(response.facets!.source).toEqual(
        expect.arrayContaining([
          { value: 'صحيفة الاتحاد', count: 1 },
          { value: 'المستقلة', count: 1 }
        ])
      )
      expect(response.facets!.month).toEqual([
        { value: '2025-04', count: 1 },
        { value: '2024-02', count: 1 }
      ])
      expect(response.facets!.tag).toEqual([{ value: 'روسيا', count: 2 }])
      expect((await search('كوريا', { facets: false })).facets).toBeNull()
    })

    it('counts facets in memory once its table is loaded, the same as in SQL, stories arriving later included', async () => {
      const inSql = (await search('كوريا OR النفط')).facets!
      await new Promise((resolve) => setTimeout(resolve, 100)) // the table loads between searches
      const inMemory = (await search('كوريا OR النفط')).facets!
      expect(inMemory).toEqual(inSql)
      addStory(core.library, { title: 'كوريا', body: 'خبر جديد', source: 'المستقلة', date: '2025-05-01' })
      const later = (await search('كوريا OR النفط')).facets!
      expect(later.source).toEqual([
        { value: 'المستقلة', count: 2 },
        { value: 'BBC Arabic', count: 1 },
        { value: 'صحيفة الاتحاد', count: 1 }
      ])
      expect(later.month.map((month) => month.value)).toEqual(['2025-05', '2025-04', '2024-03', '2024-02'])
    })

    it('suggests a spelling when nothing matches ("did you mean")', async () => {
      const response = await search('زاخاروقا الكرملين')
      expect(response.total).toBe(0)
      expect(response.didYouMean).toBe('زاخاروفا الكرملين')
      expect((await search('كلمةغيرموجودةابدا')).didYouMean).toBeNull()
    })

    it('gives the reader every occurrence in the stored title and body', async () => {
      const story = core.library.stories.get(ids.kursk)!
      const ranges = await call('storyHighlights', { id: ids.kursk, query: 'كورسك' })
      expect(ranges.title.map(([s, e]) => story.title!.slice(s, e))).toEqual(['كورسك'])
      expect(ranges.body.map(([s, e]) => story.body.slice(s, e))).toEqual(['كورسك', 'لكورسك'])
      await expect(call('storyHighlights', { id: 9999, query: 'x' })).rejects.toMatchObject({ code: 'not-found' })
    })
  })

  describe('saved searches', () => {
    it('count the matching stories that arrived since the search was last opened, and tell the interface', async () => {
      const events: unknown[] = []
      core.onEvent((event, payload) => event === 'savedSearchesChanged' && events.push(payload))
      const saved = await call('saveSearch', { name: 'كوريا', query: 'كوريا' })
      expect(saved).toMatchObject({ name: 'كوريا', query: 'كوريا', newCount: 0, lastOpenedAt: null })

      addStory(core.library, { title: 'كوريا الشمالية تطلق صاروخا', body: 'أطلقت كوريا الشمالية صاروخا جديدا.' })
      addStory(core.library, { title: 'طقس', body: 'أمطار غزيرة.' })
      expect(await call('listSavedSearches', {})).toMatchObject([{ id: saved.id, newCount: 1 }])

      const opened = await call('openSavedSearch', { id: saved.id })
      expect(opened.newCount).toBe(0)
      expect(opened.lastOpenedAt).not.toBeNull()
      expect(events.at(-1)).toEqual({ counts: [{ id: saved.id, newCount: 0 }] })
    })

    it('are renamed, refuse a taken name or a query that cannot be read, and are deleted', async () => {
      const first = await call('saveSearch', { name: 'أ', query: 'كورسك' })
      await call('saveSearch', { name: 'ب', query: 'النفط' })
      await expect(call('saveSearch', { name: 'أ', query: 'x' })).rejects.toMatchObject({ code: 'bad-request' })
      await expect(call('saveSearch', { name: 'ج', query: '"x' })).rejects.toMatchObject({ code: 'invalid-query' })
      expect((await call('renameSavedSearch', { id: first.id, name: 'ج' })).name).toBe('ج')
      await expect(call('renameSavedSearch', { id: first.id, name: 'ب' })).rejects.toMatchObject({ code: 'bad-request' })
      expect(await call('deleteSavedSearch', { id: first.id })).toEqual({ deleted: true })
      expect((await call('listSavedSearches', {})).map((saved) => saved.name)).toEqual(['ب'])
      await expect(call('openSavedSearch', { id: first.id })).rejects.toMatchObject({ code: 'not-found' })
    })
  })

  describe('batch search', () => {
    it('runs every line in order; a line that cannot be read gets an error, not the batch', async () => {
      const { results } = await call('batchSearch', { queries: ['كورسك', '(broken', 'النفط'], limit: 5 })
      expect(results.map((result) => [result.query, result.total, result.error ?? null])).toEqual([
        ['كورسك', 1, null],
        [
          '(broken',
          0,
          expect.objectContaining({
            code: 'invalid-query',
            message: expect.stringMatching(/never closed/),
            params: { problem: 'unclosed-group', position: 0 }
          })
        ],
        ['النفط', 1, null]
      ])
    })

    it('exports CSV for spreadsheets: BOM, quoted cells, formula-like cells defused', async () => {
      const { csv } = await call('batchSearchCsv', { queries: ['كورسك', '-كوريا lang:en', 'لا شيء هنا أبدا'] })
      expect(csv.startsWith('\uFEFF"query","rank","id","title","source","date","url","score","snippet"\r\n')).toBe(true)
      const lines = csv.slice(1).trim().split('\r\n')
      expect(lines[1]).toMatch(new RegExp(`^"كورسك","1","${ids.kursk}","الكرملين يعلن السيطرة على منطقة كورسك","المستقلة","2025-04-26",`))
      expect(lines[2]).toMatch(/^"'-كوريا lang:en","1",/)
      expect(lines[3]).toBe('"لا شيء هنا أبدا","","","","","","","",""')
    })
  })

  describe('suggestions', () => {
    it('offers saved searches, tags, sources and words of the library, Arabic-aware', async () => {
      await call('saveSearch', { name: 'ملف كوريا', query: 'كوريا' })
      await call('tagStories', { tags: ['کوریا'], storyIds: [ids.seoul] })
      await search('كوريا~') // loads the vocabulary
      const suggestions = await call('suggest', { prefix: 'كور' })
      expect(suggestions.savedSearches).toMatchObject([{ name: 'ملف كوريا', query: 'كوريا' }])
      expect(suggestions.tags).toEqual(['کوریا'])
      expect(suggestions.terms).toEqual(expect.arrayContaining(['كوريا', 'كورسك']))
      expect((await call('suggest', { prefix: 'bbc' })).sources).toEqual(['BBC Arabic'])
    })
  })

  describe('the index', () => {
    it('is rebuilt by reindex, and the vocabulary learns the words of new stories', async () => {
      expect(await search('فنزويلا~')).toMatchObject({ total: 0 })
      addStory(core.library, { title: 'فنزويلا', body: 'انتخابات في فنزويلا.' })
      expect(await found('فنزويلا~')).toHaveLength(1)
      expect(await call('reindex', {})).toEqual({ stories: 6 })
      expect(await found('فنزويلا')).toHaveLength(1)
      expect(await found('كورسك')).toEqual(['kursk'])
    })
  })
})
