import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

export interface ImportMessages {
  importButton: string
  importButtonHint: string
  dropHere: string
  dropHint: string
  importing: string
  cancelImport: string
  cancelling: string
  importProgress(p: { files: number; stories: number; bytes: string; rate: number }): string
  timeLeft(seconds: number): string
  importDone: string
  importCancelled: string
  importFailedWhole(message: string): string
  summaryLine(p: { stories: number; duplicates: number; failed: number; seconds: number }): string
  fileAdded(stories: number, duplicates: number): string
  fileAlreadyImported(duplicates: number): string
  showNewStories: string
  importsHeading: string
  importsEmpty: string
  newStoriesOfImport: string
  /** The message for a file that was not imported: by the importer's error code, naming `file`; `english` is the importer's own. */
  problem(code: string, file: string, english: string): string
}

const arabicProblems: Record<string, string> = {
  'not-found': 'الملف غير موجود (هل نُقل أو أُعيدت تسميته؟).',
  unreadable: 'تعذّرت قراءة الملف.',
  empty: 'الملف فارغ.',
  binary: 'الملف ليس نصًا (صورة أو برنامج أو PDF؟)، فهو ليس ملف أخبار.',
  'unknown-encoding': 'تعذّر تحديد ترميز النص؛ احفظه بترميز UTF-8 واستورده مجددًا.',
  'invalid-json': 'بنية JSON معطوبة؛ لم يُستورد شيء من هذا الملف.',
  'invalid-csv': 'بنية CSV معطوبة؛ لم يُستورد شيء من هذا الملف.',
  'invalid-xml': 'بنية XML في الخلاصة معطوبة؛ لم يُستورد شيء من هذا الملف.',
  'invalid-warc': 'أرشيف الويب (WARC) تالف أو ناقص؛ لم يُستورد شيء من هذا الملف.',
  'line-too-long': 'لا فواصل أسطر في الملف (أو أسطره طويلة جدًا)؛ لعله ليس ملف أخبار.',
  'too-large': 'الملف أكبر من أن يُقرأ خبرًا واحدًا.',
  'no-stories': 'لم يُعثر على أخبار في الملف.',
  'zip-truncated': 'الملف المضغوط تالف أو ناقص؛ انسخه أو نزّله من جديد.',
  'zip-encrypted': 'الملف المضغوط محمي بكلمة مرور؛ فكّ ضغطه أولًا.',
  'zip-too-large': 'الملف المضغوط ينفك إلى حجم هائل (يشبه القنبلة المضغوطة)؛ لم يُفتح.',
  'zip-too-deep': 'الملفات المضغوطة متداخلة أكثر من اللازم؛ فكّ الداخلية أولًا.',
  'too-deep': 'بنية الملف متداخلة أعمق مما يُقرأ؛ لعله ليس ملف أخبار.',
  'unsafe-path': 'مسار الملف داخل المضغوط يخرج منه (..)؛ لم يُفتح حرصًا على الأمان.',
  cancelled: 'أُلغي الاستيراد قبل اكتمال هذا الملف؛ لم يُحفظ منه شيء.',
  'write-failed': 'تعذّرت الكتابة في المكتبة (هل القرص ممتلئ؟).'
}

export const importMessages: MessageBundle<ImportMessages> = {
  en: (f) => ({
    importButton: 'Import…',
    importButtonHint: 'Import dump files (Ctrl+I)',
    dropHere: 'Drop to import',
    dropHint: 'Files, folders and zips: page text, records, JSON, CSV, HTML.',
    importing: 'Importing',
    cancelImport: 'Cancel',
    cancelling: 'Cancelling…',
    importProgress: (p) =>
      `${plural(f, p.files, en.file)} · ${plural(f, p.stories, en.story)} · ${p.bytes} · ${f.number(Math.round(p.rate))}/s`,
    timeLeft: (s) => (s < 60 ? `${f.number(s)} s left` : `${f.number(Math.round(s / 60))} min left`),
    importDone: 'Import finished',
    importCancelled: 'Import cancelled',
    importFailedWhole: (message) => `The import could not run: ${message}`,
    summaryLine: (p) =>
      `${plural(f, p.stories, en.story)} added · ${plural(f, p.duplicates, en.duplicate)} skipped · ${plural(f, p.failed, en.file)} failed · ${f.number(Math.round(p.seconds * 10) / 10)} s`,
    fileAdded: (stories, duplicates) =>
      `${f.number(stories)} new${duplicates ? `, ${f.number(duplicates)} already in the library` : ''}`,
    fileAlreadyImported: (duplicates) => `imported before; nothing added (${plural(f, duplicates, en.story)} already in the library)`,
    showNewStories: 'Show the new stories',
    importsHeading: 'Imports',
    importsEmpty: 'Nothing has been imported yet.',
    newStoriesOfImport: 'Stories added by this import',
    // The importer's own English sentence is the most precise (it may name a line or a limit).
    problem: (_code, _file, english) => english
  }),
  ar: (f) => ({
    importButton: 'استيراد…',
    importButtonHint: 'استيراد ملفات الأخبار (Ctrl+I)',
    dropHere: 'أفلت الملفات لاستيرادها',
    dropHint: 'ملفات ومجلدات وملفات مضغوطة: نصوص صفحات، سجلات، JSON، CSV، HTML.',
    importing: 'جارٍ الاستيراد',
    cancelImport: 'إلغاء',
    cancelling: 'جارٍ الإلغاء…',
    importProgress: (p) =>
      `${plural(f, p.files, ar.file)} · ${plural(f, p.stories, ar.story)} · ${p.bytes} · ${f.number(Math.round(p.rate))}/ث`,
    timeLeft: (s) => (s < 60 ? `بقي ${f.number(s)} ث` : `بقي ${f.number(Math.round(s / 60))} د`),
    importDone: 'اكتمل الاستيراد',
    importCancelled: 'أُلغي الاستيراد',
    importFailedWhole: (message) => `تعذّر تشغيل الاستيراد: ${message}`,
    summaryLine: (p) =>
      `أُضيف ${plural(f, p.stories, { ...ar.story, zero: 'لا شيء' })} · تُخطّي ${plural(f, p.duplicates, ar.duplicate)} · فشل ${plural(f, p.failed, ar.file)} · ${f.number(Math.round(p.seconds * 10) / 10)} ث`,
    fileAdded: (stories, duplicates) => `${plural(f, stories, { zero: 'لا جديد', one: 'خبر جديد', two: 'خبران جديدان', few: '{n} أخبار جديدة', many: '{n} خبرًا جديدًا', other: '{n} خبر جديد' })}${duplicates ? `، و${plural(f, duplicates, ar.story)} في المكتبة من قبل` : ''}`,
    fileAlreadyImported: (duplicates) => `استُورد من قبل؛ لم يُضف شيء (${plural(f, duplicates, ar.story)} في المكتبة من قبل)`,
    showNewStories: 'عرض الأخبار الجديدة',
    importsHeading: 'عمليات الاستيراد',
    importsEmpty: 'لم يُستورد شيء بعد.',
    newStoriesOfImport: 'الأخبار التي أضافها هذا الاستيراد',
    problem: (code, file, english) => `${file}: ${arabicProblems[code] ?? english}`
  })
}
