import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

export interface CommonMessages {
  appName: string
  switchLanguage: string
  switchLanguageLabel: string
  navigation: string
  allStories: string
  storiesHeading: string
  readerEmpty: string
  emptyList: string
  loading: string
  noDate: string
  storyCount(count: number): string
  libraryLabel: string
  errorTitle: string
  undo: string
  undoHint: string
  searchLabel: string
  readerLabel: string
  close: string
}

export const common: MessageBundle<CommonMessages> = {
  en: (f) => ({
    appName: 'Marsad',
    switchLanguage: 'العربية',
    switchLanguageLabel: 'Switch the interface to Arabic',
    navigation: 'Library navigation',
    allStories: 'All stories',
    storiesHeading: 'Stories',
    readerEmpty: 'Select a story to read it here.',
    emptyList: 'No stories here.',
    loading: 'Loading…',
    noDate: 'no date',
    storyCount: (count) => plural(f, count, en.story),
    libraryLabel: 'Library',
    errorTitle: 'Something went wrong',
    undo: 'Undo',
    undoHint: 'Undo (Ctrl+Z)',
    searchLabel: 'Search the library',
    readerLabel: 'Story',
    close: 'Close'
  }),
  ar: (f) => ({
    appName: 'مرصد',
    switchLanguage: 'English',
    switchLanguageLabel: 'التبديل إلى الواجهة الإنجليزية',
    navigation: 'التنقل في المكتبة',
    allStories: 'كل الأخبار',
    storiesHeading: 'الأخبار',
    readerEmpty: 'اختر خبرًا لقراءته هنا.',
    emptyList: 'لا أخبار هنا.',
    loading: 'جارٍ التحميل…',
    noDate: 'بلا تاريخ',
    storyCount: (count) => plural(f, count, ar.story),
    libraryLabel: 'المكتبة',
    errorTitle: 'حدث خطأ',
    undo: 'تراجع',
    undoHint: 'تراجع (Ctrl+Z)',
    searchLabel: 'ابحث في المكتبة',
    readerLabel: 'الخبر',
    close: 'إغلاق'
  })
}
