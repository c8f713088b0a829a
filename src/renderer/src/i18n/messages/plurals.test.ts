import { describe, expect, it } from 'vitest'
import { formattersFor } from '../formatters'
import { messagesFor } from '.'

const arabic = messagesFor('ar', formattersFor('ar'))
const english = messagesFor('en', formattersFor('en'))

describe('a count meets its noun in the plural form of each language', () => {
  it('in Arabic, all six forms', () => {
    const failed = (count: number) => arabic.summaryLine({ stories: 10, duplicates: 0, failed: count, seconds: 1 })
    expect(failed(4)).toContain('فشل 4 ملفات')
    expect(failed(11)).toContain('فشل 11 ملفًا')
    expect(failed(1)).toContain('فشل ملف واحد')
    expect(failed(2)).toContain('فشل ملفان')
    expect(failed(100)).toContain('فشل 100 ملف')
    expect(arabic.tagged(0, 'آسيا')).not.toContain('لا أخبار')
    expect(arabic.tagged(0, 'آسيا')).toBe('لم يُوسم أي خبر بـ«آسيا»')
    expect(arabic.tagged(3, 'آسيا')).toBe('وُسمت 3 أخبار بـ«آسيا»')
    expect(arabic.tagAll(1)).toBe('وسم النتيجة الوحيدة…')
    expect(arabic.fileAlreadyImported(5)).toContain('5 أخبار')
  })

  it('in English, one and other, with words for a lone result', () => {
    expect(english.tagAll(1)).toBe('Tag the only result…')
    expect(english.tagAll(40)).toBe('Tag all 40 results…')
    expect(english.allSelected(1)).toBe('The only result selected')
    expect(english.summaryLine({ stories: 1, duplicates: 1, failed: 1, seconds: 1 })).toBe(
      '1 story added · 1 duplicate skipped · 1 file failed · 1 s'
    )
    expect(english.fileAlreadyImported(1)).toBe('imported before; nothing added (1 story already in the library)')
  })

  it('says how many stories a grouped result shows, and how many results their copies make', () => {
    expect(english.resultsAndClusters(585, 584)).toBe('584 stories (585 results with their copies)')
    expect(arabic.resultsAndClusters(585, 584)).toBe('584 خبرًا (585 نتيجة مع نسخها)')
  })
})

describe('dates', () => {
  it('have one short and one long format per language', () => {
    const ar = formattersFor('ar')
    const en = formattersFor('en')
    expect(ar.date('2024-02-04', 'short')).toBe('4 فبراير 2024')
    expect(ar.date('2024-02-04', 'long')).toBe('الأحد، 4 فبراير 2024')
    expect(en.date('2024-02-04', 'short')).toBe('Feb 4, 2024')
    expect(en.date('2024-02-04', 'long')).toBe('Sunday, February 4, 2024')
    // A moment is the short day with the hour; a date that is no day stays as written.
    expect(ar.date('2026-12-06T10:32:00Z', 'short')).toMatch(/^\d{1,2} ديسمبر 2026، \d{1,2}:\d{2}/)
    expect(en.date('2024-13-45', 'short')).toBe('2024-13-45')
  })
})
