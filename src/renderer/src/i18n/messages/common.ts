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
  /** The status bar's badge of a library that cannot be changed: read-only, or damaged. */
  readOnlyBadge(code: 'library-read-only' | 'library-damaged'): string
  /** Why, and what to do; `english` is the core's own sentence, which names the file or folder. */
  readOnlyExplanation(code: 'library-read-only' | 'library-damaged', english: string): string
  errorTitle: string
  undo: string
  undoHint: string
  /** The Undo button's name: what it will undo. */
  undoNamed(action: string): string
  undoRecalled(action: string): string
  undoneAction(action: string): string
  nothingToUndo: string
  recentActions(count: number): string
  recentActionsHeading: string
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
    emptyList: 'No stories here.',
    loading: 'Loading…',
    noDate: 'no date',
    storyCount: (count) => plural(f, count, en.story),
    libraryLabel: 'Library',
    readOnlyBadge: (code) => (code === 'library-damaged' ? 'Damaged: read-only' : 'Read-only'),
    readOnlyExplanation: (_code, english) => english,
    errorTitle: 'Something went wrong',
    undo: 'Undo',
    undoHint: 'Undo (Ctrl+Z)',
    undoNamed: (action) => `Undo: ${action}`,
    undoRecalled: (action) => `Ctrl+Z again, or Undo, to undo: ${action}`,
    undoneAction: (action) => `Undone: ${action}`,
    nothingToUndo: 'Nothing to undo on this screen.',
    recentActions: (count) => (count === 0 ? 'No recent actions' : `Recent actions (${f.number(count)})`),
    recentActionsHeading: 'Recent actions on this screen',
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
    emptyList: 'لا أخبار هنا.',
    loading: 'جارٍ التحميل…',
    noDate: 'بلا تاريخ',
    storyCount: (count) => plural(f, count, ar.story),
    libraryLabel: 'المكتبة',
    readOnlyBadge: (code) => (code === 'library-damaged' ? 'تالفة: للقراءة فقط' : 'للقراءة فقط'),
    readOnlyExplanation: (code) =>
      code === 'library-damaged'
        ? 'وُجد تلف في ملف المكتبة، فأوقف مرصد الكتابة فيها حفاظًا على ما بقي منها. اختر «فحص المكتبة…» من قائمة «ملف» (أو شغّل marsad check --repair) لإعادة بناء ما يمكن بناؤه أو استرجاع أحدث نسخة احتياطية.'
        : 'لا يمكن الكتابة في هذه المكتبة (الملف أو مجلده أو القرص للقراءة فقط): يمكنك البحث فيها وقراءتها، لا الاستيراد إليها ولا الوسم ولا التحرير. انسخها إلى مجلد تملك الكتابة فيه وافتح النسخة.',
    errorTitle: 'حدث خطأ',
    undo: 'تراجع',
    undoHint: 'تراجع (Ctrl+Z)',
    undoNamed: (action) => `تراجع عن: ${action}`,
    undoRecalled: (action) => `اضغط Ctrl+Z مرة أخرى، أو «تراجع»، للتراجع عن: ${action}`,
    undoneAction: (action) => `تم التراجع عن: ${action}`,
    nothingToUndo: 'لا شيء للتراجع عنه في هذه الشاشة.',
    recentActions: (count) => (count === 0 ? 'لا إجراءات حديثة' : `آخر الإجراءات (${f.number(count)})`),
    recentActionsHeading: 'آخر الإجراءات في هذه الشاشة',
    searchLabel: 'ابحث في المكتبة',
    readerLabel: 'الخبر',
    close: 'إغلاق',
    resizePanes: 'تغيير عرض النتائج والخبر'
  })
}
