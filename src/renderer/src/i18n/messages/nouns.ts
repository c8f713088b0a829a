import type { PluralForms } from './types'

/** Counted nouns that many messages share, in each plural form (see `plural`). */
type Nouns = Record<'story' | 'result' | 'file' | 'outlet' | 'copy' | 'query' | 'duplicate', PluralForms>

export const englishNouns: Nouns = {
  story: { one: '{n} story', other: '{n} stories' },
  result: { one: '{n} result', other: '{n} results' },
  file: { one: '{n} file', other: '{n} files' },
  outlet: { one: '{n} outlet', other: '{n} outlets' },
  copy: { one: '{n} copy', other: '{n} copies' },
  query: { one: '{n} query', other: '{n} queries' },
  duplicate: { one: '{n} duplicate', other: '{n} duplicates' }
}

/** Arabic nouns in the nominative (a verb's subject, a heading); a message needing another case spells its own. */
export const arabicNouns: Nouns = {
  story: { zero: 'لا أخبار', one: 'خبر واحد', two: 'خبران', few: '{n} أخبار', many: '{n} خبرًا', other: '{n} خبر' },
  result: { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{n} نتائج', many: '{n} نتيجة', other: '{n} نتيجة' },
  file: { zero: 'لا ملفات', one: 'ملف واحد', two: 'ملفان', few: '{n} ملفات', many: '{n} ملفًا', other: '{n} ملف' },
  outlet: { zero: 'لا وسائل', one: 'وسيلة واحدة', two: 'وسيلتان', few: '{n} وسائل', many: '{n} وسيلة', other: '{n} وسيلة' },
  copy: { zero: 'لا نسخ', one: 'نسخة واحدة', two: 'نسختان', few: '{n} نسخ', many: '{n} نسخة', other: '{n} نسخة' },
  query: { zero: 'لا عمليات بحث', one: 'بحث واحد', two: 'بحثان', few: '{n} عمليات بحث', many: '{n} بحثًا', other: '{n} بحث' },
  duplicate: { zero: 'لا مكررات', one: 'مكرر واحد', two: 'مكرران', few: '{n} مكررات', many: '{n} مكررًا', other: '{n} مكرر' }
}
