import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { fixture, readEntry, readOne, streamedEntry } from '../../../../test/fixtures/dumps/readDumps'

const item = (n: number): string =>
  `<item><title>خبر رقم ${n}</title><link>https://feed.example/${n}</link><pubDate>Mon, 03 Jan 2022 10:00:00 +0200</pubDate>` +
  `<description>نص الخبر رقم ${n} كما نشره الموقع في خلاصته.</description></item>\n`
const rss = (items: string): string =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>موقع الخلاصة</title>\n${items}</channel></rss>\n`

describe('RSS and Atom feeds', () => {
  it('are known by their content whatever the file is called', async () => {
    for (const name of ['feed.xml', 'feed.rss', 'index.php', 'news.txt', 'noextension']) {
      const { kind, stories, error } = await readOne(name, rss(item(1) + item(2)))
      expect(error).toBeUndefined()
      expect(kind).toBe('feed')
      expect(stories.map((story) => story.title)).toEqual(['خبر رقم 1', 'خبر رقم 2'])
    }
  })

  it('read RSS 0.91 as RSS 2.0, and a feed saved in Windows-1256', async () => {
    const old = rss(item(7)).replace('version="2.0"', 'version="0.91"')
    const { stories, encoding } = await readOne(
      'old.rss',
      iconv.encode(old.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="windows-1256"?>'), 'windows-1256')
    )
    expect(encoding).toBe('windows-1256')
    expect(stories[0]).toMatchObject({
      title: 'خبر رقم 7',
      date: '2022-01-03',
      dateText: 'Mon, 03 Jan 2022 10:00:00 +0200',
      source: 'موقع الخلاصة'
    })
  })

  it('keep the full text as the body and the teaser beside it as the summary', async () => {
    const [first] = (await readOne('feed-rss2.xml', readFileSync(fixture('feed-rss2.xml')))).stories
    expect(first!.body.split('\n')).toHaveLength(3)
    expect(first!.body).not.toContain('trackView')
    expect(first!.extra['summary']).toBe('افتتحت البلدية مكتبة عامة جديدة في حي النخيل\u00a0تضم عشرة آلاف كتاب.')
  })

  it("read Atom XHTML content, a person's name, and the published date beside the updated one", async () => {
    const { stories } = await readOne('feed-atom.atom', readFileSync(fixture('feed-atom.atom')))
    expect(stories[0]).toMatchObject({ author: 'هدى العلي', date: '2022-08-01', updated: '2022-08-02', keywords: ['زراعة'] })
    expect(stories[1]!.body).toBe('يستضيف المتحف الوطني معرضا لصور قديمة من أرشيف المدينة.\nويضم المعرض مئتي صورة تعود إلى ما قبل قرن.')
  })

  it("take an entry's outlet from its Atom <source> or an item's RSS <source url>, before the feed's own title", async () => {
    const atom =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>مجمع الأخبار</title><entry><title>خبر منقول</title>' +
      '<source><id>tag:x</id><title>جريدة الأصل</title><updated>2024-01-01T00:00:00Z</updated></source><content>نص الخبر المنقول.</content></entry></feed>'
    expect((await readOne('a.atom', atom)).stories[0]!.source).toBe('جريدة الأصل')
    const [, , fromSource] = (await readOne('feed-rss2.xml', readFileSync(fixture('feed-rss2.xml')))).stories
    expect(fromSource!.source).toBe('المرسال الاقتصادي')
  })

  it('stream: a feed of 20,000 items comes out item by item', async () => {
    const count = 20_000
    const entry = streamedEntry('big.xml', function* () {
      yield Buffer.from('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>موقع الخلاصة</title>\n')
      for (let n = 0; n < count; n++) yield Buffer.from(item(n))
      yield Buffer.from('</channel></rss>\n')
    })
    const { stories, error } = await readEntry(entry)
    expect(error).toBeUndefined()
    expect(stories).toHaveLength(count)
    expect(stories.at(-1)).toMatchObject({ position: count - 1, title: `خبر رقم ${count - 1}`, url: `https://feed.example/${count - 1}` })
  })

  it('a feed cut short is reported with the file and the place, not imported in half', async () => {
    const cut = rss(item(1) + item(2)).slice(0, -40)
    const { error } = await readOne('cut.xml', cut)
    expect(error?.code).toBe('invalid-xml')
    expect(error?.message).toMatch(
      /^cut\.xml: the feed is not well-formed XML \(line \d+, column \d+: unclosed tag: description\); 1 story was read\.$/
    )
  })

  it('tolerate HTML entities and undeclared prefixes that leave the feed whole', async () => {
    const sloppy = rss(
      item(1).replace('</title>', '&nbsp;&hellip;</title>').replace('<description>', '<dc:creator>كاتب</dc:creator><description>')
    )
    const { stories, error } = await readOne('sloppy.xml', sloppy)
    expect(error).toBeUndefined()
    expect(stories[0]).toMatchObject({ title: 'خبر رقم 1\u00a0…', author: 'كاتب' })
  })

  it('an XML file that is not a feed is not taken for one', async () => {
    const { kind } = await readOne('sitemap.xml', '<?xml version="1.0"?>\n<urlset><url><loc>https://x.example/</loc></url></urlset>\n')
    expect(kind).not.toBe('feed')
  })
})
