import { describe, expect, it } from 'vitest'
import { readOne } from '../../../../test/fixtures/dumps/readDumps'
import { isDateStamp, isPageChrome, isPhotoCredit } from './pageChrome'

const sentence = 'The council met on Tuesday to discuss the new bridge over the river, which has been closed since the spring floods.'

describe('lines of the page around an article', () => {
  it('a publication or update stamp: a label with a date or alone, or a date alone', () => {
    for (const stamp of [
      'Updated',
      'Updated at 1:23 p.m.',
      '| UPDATED: 11:05, Tue, Nov 19, 2019',
      'Published 1 day ago',
      'Posted Nov 19, 6:51 AM',
      '5:27 am CST, Wednesday, November 20, 2019',
      'آخر تحديث: 2024/02/04 10:30',
      'Last updated 04/02/2024'
    ]) {
      expect(isDateStamp(stamp), stamp).toBe(true)
    }
    // Figures, times in a timeline, phone numbers and sentences about updates are text.
    for (const text of ['113.40', '4:14 p.m.', '02-751-1500', 'Updated maps show the flooded streets of the old town.', sentence, 'May']) {
      expect(isDateStamp(text), text).toBe(false)
    }
  })

  it("a photo's credit, or a caption ending in one", () => {
    for (const credit of [
      'Photo: Jane Roe, AP',
      '© Aaron Schwartz',
      'Image credit: City archive',
      'تصوير: أحمد علي',
      'Traders at the market on Monday (Image: GETTY )',
      'A truck outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)'
    ]) {
      expect(isPhotoCredit(credit), credit).toBe(true)
    }
    for (const text of [sentence, 'The photo (taken in 1998) shows the old bridge before it was rebuilt.'])
      expect(isPhotoCredit(text), text).toBe(false)
  })

  it("a gallery's counter", () => {
    expect(isPageChrome('Image 1 of 8')).toBe(true)
    expect(isPageChrome('Image 1 of / 8')).toBe(true)
    expect(isPageChrome('Slide 3 of 12')).toBe(true)
    expect(isPageChrome('Chapter 1 of the report')).toBe(false)
  })

  it('leave the body of an article page; its text stays', async () => {
    const page = `<!doctype html><html><head><title>Bridge to reopen</title></head><body><article><h1>Bridge to reopen</h1>
      <p>Updated</p><p>5:27 am CST, Wednesday, November 20, 2019</p>
      <p>${sentence}</p><p>Photo: Jane Roe, AP</p><p>Image 1 of 8</p>
      <p>Engineers said the repairs would take another two weeks, and traffic would then return to both lanes of the bridge.</p>
      <p>The total cost came to 113.40 million, the council said in a statement on its website on Tuesday evening.</p></article></body></html>`
    const { stories } = await readOne('bridge.html', page)
    expect(stories[0]!.body.split('\n')).toEqual([
      sentence,
      'Engineers said the repairs would take another two weeks, and traffic would then return to both lanes of the bridge.',
      'The total cost came to 113.40 million, the council said in a statement on its website on Tuesday evening.'
    ])
  })
})
