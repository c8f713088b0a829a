import type { MessageBundle } from './types'

export interface FirstScreenMessages {
  firstScreenHeading: string
  firstScreenIntro: string
  importFilesButton: string
  importFolderButton: string
  firstScreenDropHint: string
  dumpKindsHeading: string
  /** The kinds of dump the importer reads (docs/dumps.md), one line each. */
  dumpKinds: string[]
  demoHeading: string
  demoButton: string
  demoNote: string
}

export const firstScreenMessages: MessageBundle<FirstScreenMessages> = {
  en: () => ({
    firstScreenHeading: 'Start your library',
    firstScreenIntro: 'Marsad keeps the news dumps you import in this library, and searches them the Arabic way.',
    importFilesButton: 'Import files…',
    importFolderButton: 'Import a folder…',
    firstScreenDropHint: 'Or drop files, folders or zips anywhere on the window.',
    dumpKindsHeading: 'Dumps Marsad reads',
    dumpKinds: [
      'Page text and separated records (.txt)',
      'JSON, JSON Lines, CSV and TSV',
      'HTML article pages, RSS and Atom feeds, web archives (WARC)',
      'Monitoring-service exports, and zips of any of these',
      'UTF-8, UTF-16, Windows-1256 or ISO-8859-6, recognised by content'
    ],
    demoHeading: 'Just looking?',
    demoButton: 'Try Marsad on demo stories',
    demoNote: 'Imports a dozen invented stories into this library, as any dump is imported.'
  }),
  ar: () => ({
    firstScreenHeading: 'ابدأ مكتبتك',
    firstScreenIntro: 'يحفظ مرصد ملفات الأخبار التي تستوردها في هذه المكتبة، ويبحث فيها بالطريقة التي تناسب العربية.',
    importFilesButton: 'استيراد ملفات…',
    importFolderButton: 'استيراد مجلد…',
    firstScreenDropHint: 'أو أفلت الملفات أو المجلدات أو الملفات المضغوطة في أي مكان من النافذة.',
    dumpKindsHeading: 'الملفات التي يقرؤها مرصد',
    dumpKinds: [
      'نصوص الصفحات والسجلات المفصولة (.txt)',
      'JSON وJSON Lines وCSV وTSV',
      'صفحات المقالات (HTML) وخلاصات RSS وAtom وأرشيفات الويب (WARC)',
      'صادرات خدمات الرصد، والملفات المضغوطة لأيٍّ منها',
      'بترميز UTF-8 أو UTF-16 أو Windows-1256 أو ISO-8859-6، يُتعرَّف عليه من المحتوى'
    ],
    demoHeading: 'تريد التجربة فقط؟',
    demoButton: 'جرّب مرصد على أخبار تجريبية',
    demoNote: 'يستورد نحو اثني عشر خبرًا مختلَقًا إلى هذه المكتبة، كما يُستورد أي ملف.'
  })
}
