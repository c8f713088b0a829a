import type { MappableField, PassedOverRecord } from '../../../../shared/contract/imports'
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
  importProgress(p: { filesDone: number; filesTotal: number | null; stories: number; bytes: string; rate: number }): string
  /** The file being read, while it is big enough to be read across several progress reports. */
  importCurrentFile(p: { file: string; stories: number }): string
  timeLeft(seconds: number): string
  importDone: string
  importCancelled: string
  importFailedWhole(message: string): string
  summaryLine(p: { stories: number; duplicates: number; failed: number; seconds: number }): string
  fileAdded(stories: number, duplicates: number): string
  fileAlreadyImported(duplicates: number): string
  /** A file new to the library whose stories all were there already. */
  fileAllKnown(duplicates: number): string
  /** A web archive's records that gave no story, by why: "passed over: requests 2, images…". */
  passedOver(counts: Partial<Record<PassedOverRecord, number>>): string
  /** An export whose header gave no title or text column: why it failed, naming its columns. */
  unknownColumns(file: string, columns: string[], english: string): string
  /** A failed export whose header was not recognised: the button that opens the column mapping. */
  chooseColumns: string
  columnsExplain: string
  columnField: Record<MappableField, string>
  columnNone: string
  importWithColumns: string
  /** The file could not be found again (the window was reloaded since): the mapping is kept for the next import. */
  columnsRemembered: string
  /** At the top of the summary, before anything else: how many files were not imported. */
  filesNotImported(count: number): string
  summaryFailedGroup(count: number): string
  summaryAddedGroup(count: number): string
  summaryKnownGroup(count: number): string
  showNewStories: string
  importsHeading: string
  importsEmpty: string
  newStoriesOfImport: string
  /** The message for a file that was not imported: by the importer's error code, naming `file`; `english` is the importer's own. */
  problem(code: string, file: string, english: string): string
}

/** The order reasons are listed in, most common in a crawl first. */
const PASSED_OVER_ORDER: PassedOverRecord[] = ['request', 'metadata', 'not-page', 'redirect-or-error', 'too-large', 'other']

/** "label: count" pairs: plural-safe in both languages. */
function passedOverList(
  counts: Partial<Record<PassedOverRecord, number>>,
  names: Record<PassedOverRecord, string>,
  number: (n: number) => string,
  comma: string
): string {
  return PASSED_OVER_ORDER.filter((why) => counts[why])
    .map((why) => `${names[why]}: ${number(counts[why]!)}`)
    .join(comma)
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
      `Files: ${f.number(p.filesDone)}${p.filesTotal === null ? '' : ` of ${f.number(p.filesTotal)}`} · stories: ${f.number(p.stories)} · ${p.bytes} · ${f.number(Math.round(p.rate))}/s`,
    importCurrentFile: (p) => `${p.file}: ${f.number(p.stories)} read`,
    timeLeft: (s) => (s < 60 ? `${f.number(s)} s left` : `${f.number(Math.round(s / 60))} min left`),
    importDone: 'Import finished',
    importCancelled: 'Import cancelled',
    importFailedWhole: (message) => `The import could not run: ${message}`,
    summaryLine: (p) =>
      `${plural(f, p.stories, en.story)} added · ${plural(f, p.duplicates, en.duplicate)} skipped · ${plural(f, p.failed, en.file)} failed · ${f.number(Math.round(p.seconds * 10) / 10)} s`,
    fileAdded: (stories, duplicates) => `${f.number(stories)} new${duplicates ? `, ${f.number(duplicates)} already in the library` : ''}`,
    fileAlreadyImported: (duplicates) => `imported before; nothing added (${plural(f, duplicates, en.story)} already in the library)`,
    fileAllKnown: (duplicates) => `already in the library; nothing new (stories: ${f.number(duplicates)})`,
    passedOver: (counts) =>
      `passed over (not pages): ${passedOverList(
        counts,
        {
          request: 'requests',
          metadata: 'metadata',
          'not-page': 'images, styles, scripts and other files',
          'redirect-or-error': 'redirects and errors',
          'too-large': 'records over 32 MB',
          other: 'other records'
        },
        f.number,
        ', '
      )}`,
    // The importer's sentence names the columns and the names Marsad reads.
    unknownColumns: (_file, _columns, english) => english,
    chooseColumns: 'Choose the columns…',
    columnsExplain:
      "Marsad did not recognise this file's columns. Say which column holds each field: the file is imported with them, whole or not at all, and files with the same header are read the same way from now on.",
    columnField: { title: 'Title', body: 'Text', date: 'Date', source: 'Source', url: 'URL' },
    columnNone: '(none)',
    importWithColumns: 'Import the file with these columns',
    columnsRemembered: 'The columns are remembered for this header: import the file again to read it with them.',
    filesNotImported: (count) => `Files not imported: ${f.number(count)} (listed first)`,
    summaryFailedGroup: (count) => `Not imported (${f.number(count)})`,
    summaryAddedGroup: (count) => `Imported (${f.number(count)})`,
    summaryKnownGroup: (count) => `Already in the library (${f.number(count)})`,
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
      `الملفات: ${f.number(p.filesDone)}${p.filesTotal === null ? '' : ` من ${f.number(p.filesTotal)}`} · الأخبار: ${f.number(p.stories)} · ${p.bytes} · ${f.number(Math.round(p.rate))}/ث`,
    importCurrentFile: (p) => `${p.file}: قُرئ منه ${f.number(p.stories)}`,
    timeLeft: (s) => (s < 60 ? `بقي ${f.number(s)} ث` : `بقي ${f.number(Math.round(s / 60))} د`),
    importDone: 'اكتمل الاستيراد',
    importCancelled: 'أُلغي الاستيراد',
    importFailedWhole: (message) => `تعذّر تشغيل الاستيراد: ${message}`,
    summaryLine: (p) =>
      `أُضيف ${plural(f, p.stories, { ...ar.story, zero: 'لا شيء' })} · تُخطّي ${plural(f, p.duplicates, ar.duplicate)} · فشل ${plural(f, p.failed, ar.file)} · ${f.number(Math.round(p.seconds * 10) / 10)} ث`,
    fileAdded: (stories, duplicates) =>
      `${plural(f, stories, { zero: 'لا جديد', one: 'خبر جديد', two: 'خبران جديدان', few: '{n} أخبار جديدة', many: '{n} خبرًا جديدًا', other: '{n} خبر جديد' })}${duplicates ? `، و${plural(f, duplicates, ar.story)} في المكتبة من قبل` : ''}`,
    fileAlreadyImported: (duplicates) => `استُورد من قبل؛ لم يُضف شيء (${plural(f, duplicates, ar.story)} في المكتبة من قبل)`,
    fileAllKnown: (duplicates) => `أخباره كلها في المكتبة من قبل؛ لا جديد (الأخبار: ${f.number(duplicates)})`,
    passedOver: (counts) =>
      `تُخطّي ما ليس صفحات: ${passedOverList(
        counts,
        {
          request: 'الطلبات',
          metadata: 'البيانات الوصفية',
          'not-page': 'الصور والأنماط والبرامج وغيرها',
          'redirect-or-error': 'التحويلات والأخطاء',
          'too-large': 'السجلات الأكبر من 32 م.ب',
          other: 'سجلات أخرى'
        },
        f.number,
        '، '
      )}`,
    unknownColumns: (file, columns) =>
      `${file}: لا عمود للعنوان أو للنص يعرفه مرصد بين أعمدة الملف (${columns.map((column) => `«${column}»`).join('، ')})؛ حدّد ما في كل عمود، أو سمِّ عمود العنوان «العنوان» وعمود النص «النص».`,
    chooseColumns: 'حدّد الأعمدة…',
    columnsExplain:
      'لم يتعرّف مرصد على أعمدة هذا الملف. حدّد العمود الذي يحمل كل حقل: يُستورد الملف بها كاملًا أو لا يُستورد منه شيء، وتُقرأ الملفات ذات الترويسة نفسها بالطريقة نفسها من الآن.',
    columnField: { title: 'العنوان', body: 'النص', date: 'التاريخ', source: 'المصدر', url: 'الرابط' },
    columnNone: '(لا شيء)',
    importWithColumns: 'استورد الملف بهذه الأعمدة',
    columnsRemembered: 'حُفظت الأعمدة لهذه الترويسة: استورد الملف مجددًا ليُقرأ بها.',
    filesNotImported: (count) => `ملفات لم تُستورد: ${f.number(count)} (تجدها أولًا)`,
    summaryFailedGroup: (count) => `لم يُستورد (${f.number(count)})`,
    summaryAddedGroup: (count) => `استُورد (${f.number(count)})`,
    summaryKnownGroup: (count) => `في المكتبة من قبل (${f.number(count)})`,
    showNewStories: 'عرض الأخبار الجديدة',
    importsHeading: 'عمليات الاستيراد',
    importsEmpty: 'لم يُستورد شيء بعد.',
    newStoriesOfImport: 'الأخبار التي أضافها هذا الاستيراد',
    problem: (code, file, english) => `${file}: ${arabicProblems[code] ?? english}`
  })
}
