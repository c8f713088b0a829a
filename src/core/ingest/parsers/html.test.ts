import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'

describe('HTML article pages', () => {
  it('extracts the article, not the navigation, asides, footer or scripts', async () => {
    const { kind, stories, error } = await readOne('a.html', readFileSync(fixture('article.html')))
    expect(error).toBeUndefined()
    expect(kind).toBe('html')
    expect(stories).toHaveLength(1)
    const body = stories[0]!.body
    expect(body.split('\n')).toHaveLength(4)
    expect(body.startsWith('انطلقت مساء السبت فعاليات مهرجان التراث الشعبي')).toBe(true)
    for (const chrome of ['سياسة', 'الأكثر قراءة', 'خبر آخر', 'جميع الحقوق محفوظة', 'analytics', 'font-family', 'الأحد 8 تشرين الأول 2023']) {
      expect(body).not.toContain(chrome)
    }
  })

  it('reads title, date as written, site, keywords, author, section and teasers from the page', async () => {
    const [story] = (await readOne('a.html', readFileSync(fixture('article.html')))).stories
    expect(story).toMatchObject({
      title: 'مهرجان للتراث الشعبي في المدينة القديمة', date: '2023-10-08', dateText: 'الأحد 8 تشرين الأول 2023',
      source: 'شبكة الأخبار', sourceFrom: 'meta', keywords: ['تراث', 'مهرجان', 'المدينة القديمة'], author: 'ليلى حسن',
      category: 'ثقافة', url: 'https://news.example/culture/festival',
      teasers: ['افتتاح متحف جديد للفنون', 'ترميم السوق القديم يقترب من نهايته']
    })
  })

  it('keeps the spaces typed inside a sentence', async () => {
    const [story] = (await readOne('a.html', readFileSync(fixture('article.html')))).stories
    expect(story!.body).toContain('عروضا للرقص الشعبي  وأمسيات')
  })

  it('reads a short page without metadata from its headings and text', async () => {
    const html = '<html><head><title>عنوان الصفحة - الموقع</title></head><body><nav>قائمة</nav><h1>عنوان الخبر</h1><p>فقرة قصيرة.</p></body></html>'
    const { kind, stories } = await readOne('short.htm', html)
    expect(kind).toBe('html')
    expect(stories[0]).toMatchObject({ title: 'عنوان الخبر', date: null, source: null, body: 'فقرة قصيرة.' })
  })

  it('recognises an HTML page saved with another extension', async () => {
    const { kind } = await readOne('page.txt', readFileSync(fixture('article.html')))
    expect(kind).toBe('html')
  })

  it('reads a page whose root element has a class Readability takes for page chrome, without a doctype', async () => {
    const paragraph = 'افتتحت المدينة حديقة جديدة للأطفال قرب المدرسة، وزرعت فيها مئات الأشجار والأزهار الموسمية. '
    const html = `<html class="header-spacing spacing" lang="ar"><head><!-- header.tpl -->\n<meta charset="utf-8"><title>حديقة جديدة</title></head>` +
      `<body><div class="page"><article><h1>حديقة جديدة للأطفال</h1><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p></article></div></body></html>`
    const { stories, error } = await readOne('page.html', html)
    expect(error).toBeUndefined()
    expect(stories[0]).toMatchObject({ title: 'حديقة جديدة للأطفال', extra: { lang: 'ar' } })
    expect(stories[0]!.body.split('\n')).toHaveLength(2)
  })
})
