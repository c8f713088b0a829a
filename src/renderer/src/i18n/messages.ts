/**
 * Interface text in Arabic and English. A language is a function of its formatters, so that numbers and
 * plurals follow the language's own rules (Arabic has six plural forms).
 */
export type Language = 'ar' | 'en'

export interface Formatters {
  number(value: number): string
  plural(count: number): Intl.LDMLPluralRule
}

export interface Messages {
  appName: string
  switchLanguage: string
  switchLanguageLabel: string
  navigation: string
  allStories: string
  storiesHeading: string
  readerEmpty: string
  emptyLibrary: string
  loading: string
  noDate: string
  storyCount(count: number): string
  libraryLabel: string
  errorTitle: string
}

const en = (f: Formatters): Messages => ({
  appName: 'Marsad',
  switchLanguage: 'العربية',
  switchLanguageLabel: 'Switch the interface to Arabic',
  navigation: 'Library navigation',
  allStories: 'All stories',
  storiesHeading: 'Stories',
  readerEmpty: 'Select a story to read it here.',
  emptyLibrary: 'This library is empty. Drop dump files here or use File → Import…',
  loading: 'Loading…',
  noDate: 'no date',
  storyCount: (count) => `${f.number(count)} ${count === 1 ? 'story' : 'stories'}`,
  libraryLabel: 'Library',
  errorTitle: 'Something went wrong'
})

/** Picks the Arabic plural form: zero, one, two, few (3–10), many (11–99), other. */
function arabicPlural(f: Formatters, count: number, forms: Record<Intl.LDMLPluralRule, string>): string {
  return forms[f.plural(count)].replace('{n}', f.number(count))
}

const ar = (f: Formatters): Messages => ({
  appName: 'مرصد',
  switchLanguage: 'English',
  switchLanguageLabel: 'التبديل إلى الواجهة الإنجليزية',
  navigation: 'التنقل في المكتبة',
  allStories: 'كل الأخبار',
  storiesHeading: 'الأخبار',
  readerEmpty: 'اختر خبرًا لقراءته هنا.',
  emptyLibrary: 'المكتبة فارغة. أفلت ملفات التفريغ هنا أو استخدم ملف ← استيراد…',
  loading: 'جارٍ التحميل…',
  noDate: 'بلا تاريخ',
  storyCount: (count) =>
    arabicPlural(f, count, { zero: 'لا أخبار', one: 'خبر واحد', two: 'خبران', few: '{n} أخبار', many: '{n} خبرًا', other: '{n} خبر' }),
  libraryLabel: 'المكتبة',
  errorTitle: 'حدث خطأ'
})

export const languages: Record<Language, (f: Formatters) => Messages> = { ar, en }
