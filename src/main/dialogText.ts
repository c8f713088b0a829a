import type { InterfaceLanguage } from '../shared/contract/library'

/** The window's title and main's dialogs' own: the app's name in both languages. */
export const APP_TITLE = 'Marsad — مرصد'

/**
 * What main's own dialogs say, in the window's language (as the menus do). The core's messages, which name the
 * file and the problem, are shown as they come, in English, under a first line in the interface language.
 */
export interface DialogText {
  libraryFileType: string
  newLibrary: string
  openLibrary: string
  importFiles: string
  importFolder: string
  watchFolder: string
  backUp: string
  couldNotStart(problem: string): string
  openedDefaultInstead(problem: string): string
  couldNotOpen(problem: string): string
  librarySound: string
  libraryDamaged: string
  repairExplained(backupFolder: string): string
  repair: string
  cancel: string
  stillDamaged(backupFolder: string): string
  restored(backup: string, damagedCopy: string): string
  rebuilt: string
  copied: string
  couldNotCopy(problem: string): string
}

const en: DialogText = {
  libraryFileType: 'Marsad library',
  newLibrary: 'New library',
  openLibrary: 'Open library',
  importFiles: 'Import dumps',
  importFolder: 'Import a folder of dumps',
  watchFolder: 'Watch a folder for new dumps',
  backUp: 'Back up the library',
  couldNotStart: (problem) => `Marsad could not start.\n\n${problem}`,
  openedDefaultInstead: (problem) => `${problem}\n\nMarsad opened your default library instead.`,
  couldNotOpen: (problem) => problem,
  librarySound: 'The library is sound.',
  libraryDamaged: 'The library is damaged. Marsad writes nothing more to it until it is repaired.',
  repairExplained: (backupFolder) =>
    'Repair rebuilds what Marsad can derive from the stories (indexes, search index, vocabulary); if the file is still\n' +
    `damaged, the newest sound backup from ${backupFolder} takes its place and the damaged file is kept beside it.`,
  repair: 'Repair',
  cancel: 'Cancel',
  stillDamaged: (backupFolder) =>
    `The library is still damaged, and there is no sound backup in ${backupFolder}. What is intact can still be read and searched.`,
  restored: (backup, damagedCopy) =>
    `The backup ${backup} is in its place now; the damaged file is kept as ${damagedCopy}. Import again what was imported after that backup.`,
  rebuilt: 'The library was rebuilt from what it stores and is sound again.',
  copied: 'The library was copied.',
  couldNotCopy: (problem) => problem
}

const ar: DialogText = {
  libraryFileType: 'مكتبة مرصد',
  newLibrary: 'مكتبة جديدة',
  openLibrary: 'فتح مكتبة',
  importFiles: 'استيراد ملفات',
  importFolder: 'استيراد مجلد ملفات',
  watchFolder: 'مراقبة مجلد تصله ملفات جديدة',
  backUp: 'نسخ المكتبة احتياطيًا',
  couldNotStart: (problem) => `تعذّر تشغيل مرصد.\n\n${problem}`,
  openedDefaultInstead: (problem) => `تعذّر فتح المكتبة، ففتح مرصد مكتبتك الافتراضية بدلًا منها.\n\n${problem}`,
  couldNotOpen: (problem) => `تعذّر فتح المكتبة.\n\n${problem}`,
  librarySound: 'المكتبة سليمة.',
  libraryDamaged: 'المكتبة تالفة. لن يكتب مرصد فيها شيئًا حتى تُصلَح.',
  repairExplained: (backupFolder) =>
    'الإصلاح يعيد بناء ما يمكن استخراجه من الأخبار (الفهارس وفهرس البحث والمفردات)؛ فإن بقي الملف تالفًا حلّت محله\n' +
    `أحدث نسخة احتياطية سليمة من ${backupFolder}، واحتُفظ بالملف التالف إلى جانبها.`,
  repair: 'إصلاح',
  cancel: 'إلغاء',
  stillDamaged: (backupFolder) =>
    `ما زالت المكتبة تالفة، ولا توجد نسخة احتياطية سليمة في ${backupFolder}. ما بقي سليمًا يمكن قراءته والبحث فيه.`,
  restored: (backup, damagedCopy) =>
    `حلّت النسخة الاحتياطية ${backup} محل المكتبة، واحتُفظ بالملف التالف باسم ${damagedCopy}. استورد من جديد ما استوردته بعد تلك النسخة.`,
  rebuilt: 'أُعيد بناء المكتبة مما تحفظه، وهي سليمة الآن.',
  copied: 'نُسخت المكتبة.',
  couldNotCopy: (problem) => `تعذّر نسخ المكتبة.\n\n${problem}`
}

export const dialogText: Record<InterfaceLanguage, DialogText> = { en, ar }

/** The language of the system, for what main says before the window has said which language it shows. */
export const systemLanguage = (locale: string): InterfaceLanguage => (locale.startsWith('en') ? 'en' : 'ar')
