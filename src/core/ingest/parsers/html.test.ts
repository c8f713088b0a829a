import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, readOne } from '../../../../test/fixtures/dumps/readDumps'
import { htmlNestingDepth, MAX_HTML_NESTING } from './htmlNesting'

const paragraph = `<p>${'كلمة في نص الخبر المنشور اليوم '.repeat(20)}</p>`
const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}${paragraph.repeat(4)}${'</div>'.repeat(depth)}</body></html>`

describe('HTML article pages', () => {
  it('refuses a page nested deeper than any article page, naming it, before the DOM is built', async () => {
    // 10,000 levels did not finish in 400 s before the bound.
    for (const depth of [MAX_HTML_NESTING + 1, 10_000, 100_000]) {
      const { stories, error } = await readOne('deep.html', nested(depth))
      expect(stories).toEqual([])
      expect(error).toMatchObject({ code: 'too-deep' })
      expect(error!.message).toMatch(/^deep\.html: the page nests its elements more than 200 deep/)
    }
    expect((await readOne('nested.html', nested(MAX_HTML_NESTING - 10))).stories).toHaveLength(1)
  })

  it('counts only elements that stay open: unclosed paragraphs and list items, comments and scripts do not nest', () => {
    expect(htmlNestingDepth(`<div>${'<p>خبر'.repeat(1000)}${'<li>بند'.repeat(1000)}<br><img src=x></div>`)).toBe(1)
    expect(
      htmlNestingDepth(`<section><!-- ${'<div>'.repeat(500)} --><script>${"document.write('<div>')".repeat(500)}</script></section>`)
    ).toBe(1)
    expect(htmlNestingDepth(`${'</div>'.repeat(50)}<div><span><b>x</b></span></div>`)).toBe(3)
    expect(htmlNestingDepth('<div>'.repeat(1_000_000))).toBe(MAX_HTML_NESTING + 1)
  })

  it('extracts the article, not the navigation, asides, footer or scripts', async () => {
    const { kind, stories, error } = await readOne('a.html', readFileSync(fixture('article.html')))
    expect(error).toBeUndefined()
    expect(kind).toBe('html')
    expect(stories).toHaveLength(1)
    const body = stories[0]!.body
    expect(body.split('\n')).toHaveLength(4)
    expect(body.startsWith('انطلقت مساء السبت فعاليات مهرجان التراث الشعبي')).toBe(true)
    for (const chrome of [
      'سياسة',
      'الأكثر قراءة',
      'خبر آخر',
      'جميع الحقوق محفوظة',
      'analytics',
      'font-family',
      'الأحد 8 تشرين الأول 2023'
    ]) {
      expect(body).not.toContain(chrome)
    }
  })

  it('reads title, date as written, site, keywords, author, section and teasers from the page', async () => {
    const [story] = (await readOne('a.html', readFileSync(fixture('article.html')))).stories
    expect(story).toMatchObject({
      title: 'مهرجان للتراث الشعبي في المدينة القديمة',
      date: '2023-10-08',
      dateText: 'الأحد 8 تشرين الأول 2023',
      source: 'شبكة الأخبار',
      sourceFrom: 'meta',
      keywords: ['تراث', 'مهرجان', 'المدينة القديمة'],
      author: 'ليلى حسن',
      category: 'ثقافة',
      url: 'https://news.example/culture/festival',
      teasers: ['افتتاح متحف جديد للفنون', 'ترميم السوق القديم يقترب من نهايته']
    })
  })

  it('keeps the spaces typed inside a sentence', async () => {
    const [story] = (await readOne('a.html', readFileSync(fixture('article.html')))).stories
    expect(story!.body).toContain('عروضا للرقص الشعبي  وأمسيات')
  })

  it('reads a short page without metadata from its headings and text', async () => {
    const html =
      '<html><head><title>عنوان الصفحة - الموقع</title></head><body><nav>قائمة</nav><h1>عنوان الخبر</h1><p>فقرة قصيرة.</p></body></html>'
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
    const html =
      `<html class="header-spacing spacing" lang="ar"><head><!-- header.tpl -->\n<meta charset="utf-8"><title>حديقة جديدة</title></head>` +
      `<body><div class="page"><article><h1>حديقة جديدة للأطفال</h1><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p></article></div></body></html>`
    const { stories, error } = await readOne('page.html', html)
    expect(error).toBeUndefined()
    expect(stories[0]).toMatchObject({ title: 'حديقة جديدة للأطفال', extra: { lang: 'ar' } })
    expect(stories[0]!.body.split('\n')).toHaveLength(2)
  })

  it('keeps the article of a page wrapped whole in a form, as ASP.NET sites write them, and drops a search form', async () => {
    const paragraph = 'أعلنت البلدية عن خطة لتوسيع شبكة الحافلات العامة لتشمل الأحياء الجديدة في شمال المدينة خلال العام المقبل. '
    const html =
      '<!doctype html><html><head><title>خطة الحافلات</title></head><body><form id="aspnetForm" action="/x.aspx">' +
      '<form action="/search"><p>ابحث في الموقع</p><input name="q"></form>' +
      `<div class="main"><h1>خطة لتوسيع شبكة الحافلات</h1><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(2)}</p><p>${paragraph}</p></div></form></body></html>`
    const { stories, error } = await readOne('page.aspx.html', html)
    expect(error).toBeUndefined()
    expect(stories[0]!.body.split('\n')).toHaveLength(3)
    expect(stories[0]!.body).not.toContain('ابحث في الموقع')
  })

  it('leaves images and their captions out of the text', async () => {
    const paragraph = 'افتتح وزير الصحة مستشفى جديدا للأطفال يضم مئتي سرير وأقساما للطوارئ والعناية المركزة. '
    const html =
      `<!doctype html><html><head><title>مستشفى</title></head><body><article><h1>مستشفى جديد للأطفال</h1><p>${paragraph.repeat(3)}</p>` +
      `<figure><img src="a.jpg"><figcaption>الوزير خلال الافتتاح (تصوير: وكالة الأنباء)</figcaption></figure><p>${paragraph.repeat(2)}</p></article></body></html>`
    const [story] = (await readOne('page.html', html)).stories
    expect(story!.body.split('\n')).toHaveLength(2)
    expect(story!.body).not.toContain('تصوير')
  })
})
