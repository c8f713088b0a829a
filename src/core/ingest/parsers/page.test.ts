import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'

const pageFixture = readFileSync(fixture('page-read-also.txt'), 'utf8')

describe('page text', () => {
  it('reads the page story and each "read also" story, linked back to the page', async () => {
    const { kind, stories, error } = await readOne('page.txt', pageFixture)
    expect(error).toBeUndefined()
    expect(kind).toBe('page')
    expect(stories.map((s) => s.title)).toEqual([
      'وزير الطاقة يعلن خطة لخفض أسعار الوقود',
      'افتتاح محطة جديدة للطاقة الشمسية في الجنوب',
      'البرلمان يناقش قانون الضرائب الجديد'
    ])
    expect(stories.map((s) => s.related)).toEqual([[], [0], [0]])
    expect(stories.map((s) => s.position)).toEqual([0, 1, 2])
  })

  it('gives the page story its date, dateline source, keywords and teasers, and a clean body', async () => {
    const [page] = (await readOne('page.txt', pageFixture)).stories
    expect(page).toMatchObject({
      date: '2024-01-28',
      dateText: 'الأحد 15 رجب 1445 هـ الموافق 28 كانون الثاني/يناير 2024',
      source: 'وكالة الأنباء المحلية',
      sourceFrom: 'dateline',
      keywords: ['الطاقة', 'الوقود', 'الأسعار'],
      teasers: ['ارتفاع أسعار النفط في الأسواق العالمية', 'انخفاض الطلب على الكهرباء في الشتاء', 'الحكومة تدرس دعم الأسر محدودة الدخل'],
      language: 'ar'
    })
    expect(page!.body.split('\n')).toEqual([
      'أعلن وزير الطاقة اليوم الأحد خطة من ثلاث مراحل لخفض أسعار الوقود خلال العام المقبل.',
      'وقال الوزير في مؤتمر صحفي إن المرحلة الأولى تبدأ في آذار المقبل وتشمل البنزين والديزل.',
      'وأضاف أن الحكومة ستراجع الأسعار كل شهر بالتنسيق مع الشركات المستوردة.',
      'وأكد أن الخطة لا تمس رواتب الموظفين في القطاع العام.'
    ])
  })

  it('reads a related story\'s glued "آخر تحديث" date and its source dateline', async () => {
    const related = (await readOne('page.txt', pageFixture)).stories[1]!
    expect(related).toMatchObject({
      date: '2024-02-03',
      dateText: '٣ شباط/فبراير ٢٠٢٤',
      updated: '2024-02-04',
      updatedText: '4 February 2024',
      source: 'الرأي',
      sourceFrom: 'dateline'
    })
    expect(related.body.startsWith('افتتحت شركة الكهرباء')).toBe(true)
  })

  it('reads CRLF and CR line endings the same way', async () => {
    const lf = (await readOne('page.txt', pageFixture)).stories
    expect((await readOne('page.txt', pageFixture.replace(/\n/g, '\r\n'))).stories).toEqual(lf)
    expect((await readOne('page.txt', pageFixture.replace(/\n/g, '\r'))).stories).toEqual(lf)
  })

  it.each([
    ['تاريخ النشر: ', 'label'],
    ['التاريخ: ', 'label'],
    ['نشر بتاريخ: ', 'label'],
    ['Published: ', 'label'],
    ['Date: ', 'label'],
    ['', 'bare']
  ])('reads the date line with label %j', async (label) => {
    const text = `عنوان الخبر\n${label}5 May 2022\nنص الخبر الأول.\nSource: Example News\n`
    const [story] = (await readOne('p.txt', text)).stories
    expect(story).toMatchObject({
      title: 'عنوان الخبر',
      date: '2022-05-05',
      dateText: '5 May 2022',
      body: 'نص الخبر الأول.',
      source: 'Example News',
      sourceFrom: 'label'
    })
  })

  it('has no date when the page gives none, and keeps an unreadable date as text', async () => {
    const [undated] = (await readOne('p.txt', 'عنوان\nنص الخبر يبدأ هنا مباشرة.\n')).stories
    expect(undated).toMatchObject({ title: 'عنوان', date: null, dateText: null, body: 'نص الخبر يبدأ هنا مباشرة.' })
    const [vague] = (await readOne('p.txt', 'عنوان\nنشر في: منذ ساعتين\nنص.\n')).stories
    expect(vague).toMatchObject({ date: null, dateText: 'منذ ساعتين', body: 'نص.' })
  })

  it('reads an update on its own line after the date', async () => {
    const [story] = (await readOne('p.txt', 'عنوان\n4 فبراير 2024\nآخر تحديث: 5 فبراير 2024\nنص.\n')).stories
    expect(story).toMatchObject({ date: '2024-02-04', updated: '2024-02-05', updatedText: '5 فبراير 2024', body: 'نص.' })
  })

  it.each([
    ['كلمات دلالية: أ، ب، ج', ['أ', 'ب', 'ج']],
    ['الكلمات المفتاحية: اقتصاد, نفط; طاقة | أسواق', ['اقتصاد', 'نفط', 'طاقة', 'أسواق']],
    ['وسوم: كرة القدم - الدوري', ['كرة القدم', 'الدوري']],
    ['Tags: one, two', ['one', 'two']],
    ['كلمات دلالية: كوريا الجنوبية كوريا الشمالية', ['كوريا الجنوبية كوريا الشمالية']]
  ])('splits the keyword line %j', async (line, keywords) => {
    const [story] = (await readOne('p.txt', `عنوان\n2024-01-01\nنص.\n${line}\n`)).stories
    expect(story!.keywords).toEqual(keywords)
  })

  it('treats a marker followed by headlines (no date line) as teasers, not stories', async () => {
    const text = 'عنوان\n2024-01-01\nفقرة أولى.\nإقرأ أيضاً:\nعنوان تشويقي أول\nعنوان تشويقي ثان\nفقرة ثانية من الخبر.\n'
    const { stories } = await readOne('p.txt', text)
    expect(stories).toHaveLength(1)
    expect(stories[0]).toMatchObject({ body: 'فقرة أولى.\nفقرة ثانية من الخبر.', teasers: ['عنوان تشويقي أول', 'عنوان تشويقي ثان'] })
  })

  it('keeps metadata-like sentences in the body', async () => {
    const text =
      'عنوان\n2024-01-01\nوأضاف المصدر: "لا تغيير في الموقف".\nالمصدر: قال مسؤول في الوزارة إن الاجتماع سيعقد في موعده المحدد دون أي تأجيل أو تغيير في جدول الأعمال.\n'
    const [story] = (await readOne('p.txt', text)).stories
    expect(story!.source).toBeNull()
    expect(story!.body.split('\n')).toHaveLength(2)
  })

  it("keeps a signed and dated line inside the page's own story", async () => {
    const text =
      'رسائل من رسامات شابات\n2018-07-17\nأكتب إليك من بعيد.\nإيمان\n17/07/2018\nللاطلاع على المشروع كاملا زوروا الموقع.\nالمصدر: بي بي سي\n'
    const { stories } = await readOne('p.txt', text)
    expect(stories).toHaveLength(1)
    expect(stories[0]!.body.split('\n')).toEqual(['أكتب إليك من بعيد.', 'إيمان', '17/07/2018', 'للاطلاع على المشروع كاملا زوروا الموقع.'])
  })

  it('starts a new page story after a page whose metadata ended without "read also"', async () => {
    const text = 'العنوان الأول\n2024-01-01\nنص أول.\nالمصدر: أ\nالعنوان الثاني\n2024-01-02\nنص ثان.\nالمصدر: ب\n'
    const { stories } = await readOne('p.txt', text)
    expect(stories.map((s) => [s.title, s.source, s.related])).toEqual([
      ['العنوان الأول', 'أ', []],
      ['العنوان الثاني', 'ب', []]
    ])
  })
})
