import { arabicPlural, type MessageBundle } from './types'

export interface CommonMessages {
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
  undo: string
  undoHint: string
  /** The Undo button's name: what it will undo. */
  undoNamed(action: string): string
  undoRecalled(action: string): string
  undoneAction(action: string): string
  nothingToUndo: string
  searchLabel: string
  readerLabel: string
  close: string
  resizePanes: string
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
    emptyLibrary: 'This library is empty. Drop dump files here or use File → Import…',
    loading: 'Loading…',
    noDate: 'no date',
    storyCount: (count) => `${f.number(count)} ${count === 1 ? 'story' : 'stories'}`,
    libraryLabel: 'Library',
    errorTitle: 'Something went wrong',
    undo: 'Undo',
    undoHint: 'Undo (Ctrl+Z)',
    undoNamed: (action) => `Undo: ${action}`,
    undoRecalled: (action) => `Ctrl+Z again, or Undo, to undo: ${action}`,
    undoneAction: (action) => `Undone: ${action}`,
    nothingToUndo: 'Nothing to undo on this screen.',
    searchLabel: 'Search the library',
    readerLabel: 'Story',
    close: 'Close',
    resizePanes: 'Resize the results and the story'
  }),
  ar: (f) => ({
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
    errorTitle: 'حدث خطأ',
    undo: 'تراجع',
    undoHint: 'تراجع (Ctrl+Z)',
    undoNamed: (action) => `تراجع عن: ${action}`,
    undoRecalled: (action) => `اضغط Ctrl+Z مرة أخرى، أو «تراجع»، للتراجع عن: ${action}`,
    undoneAction: (action) => `تم التراجع عن: ${action}`,
    nothingToUndo: 'لا شيء للتراجع عنه في هذه الشاشة.',
    searchLabel: 'ابحث في المكتبة',
    readerLabel: 'الخبر',
    close: 'إغلاق',
    resizePanes: 'تغيير عرض النتائج والخبر'
  })
}
