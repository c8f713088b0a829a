import type { WatchedFolderState } from '../../../../shared/contract/watch'
import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

export interface WatchMessages {
  watchedFoldersHeading: string
  watchFolderButton: string
  watchFolderHint: string
  watchedFoldersEmpty: string
  watchState(state: WatchedFolderState, queued: number): string
  lastImport(when: string, files: number): string
  neverImported: string
  stopWatching: string
  confirmStopWatching(path: string): string
  stopWatchingNote: string
}

export const watchMessages: MessageBundle<WatchMessages> = {
  en: (f) => ({
    watchedFoldersHeading: 'Watched folders',
    watchFolderButton: 'Watch a folder…',
    watchFolderHint: 'Dumps that arrive in a watched folder are imported as soon as each file is complete.',
    watchedFoldersEmpty: 'No folder is watched. Watch the folder your scrapers write to, and new dumps are imported as they arrive.',
    watchState: (state, queued) =>
      ({
        starting: 'Starting…',
        watching: 'Watching',
        missing: 'Missing — watched again when it returns',
        importing: `Importing ${plural(f, queued, en.file)}`,
        idle: 'Not watched now'
      })[state],
    lastImport: (when, files) => `Last import ${when}: ${plural(f, files, en.file)}`,
    neverImported: 'Nothing imported from it yet',
    stopWatching: 'Stop watching',
    confirmStopWatching: (path) => `Stop watching “${path}”?`,
    stopWatchingNote: 'The stories already imported from it stay in the library.'
  }),
  ar: (f) => ({
    watchedFoldersHeading: 'المجلدات المراقَبة',
    watchFolderButton: 'مراقبة مجلد…',
    watchFolderHint: 'تُستورد ملفات التفريغ التي تصل إلى مجلد مراقَب حالما يكتمل كل ملف.',
    watchedFoldersEmpty: 'لا مجلد مراقَب. راقب المجلد الذي تكتب فيه أدوات الجمع، فتُستورد الملفات الجديدة فور وصولها.',
    watchState: (state, queued) =>
      ({
        starting: 'جارٍ البدء…',
        watching: 'قيد المراقبة',
        missing: 'مفقود — تُستأنف مراقبته حين يعود',
        importing: `جارٍ استيراد ${plural(f, queued, { ...ar.file, two: 'ملفين' })}`,
        idle: 'غير مراقَب الآن'
      })[state],
    lastImport: (when, files) => `آخر استيراد ${when}: ${plural(f, files, ar.file)}`,
    neverImported: 'لم يُستورد منه شيء بعد',
    stopWatching: 'إيقاف المراقبة',
    confirmStopWatching: (path) => `أتوقف مراقبة «${path}»؟`,
    stopWatchingNote: 'تبقى الأخبار المستوردة منه في المكتبة.'
  })
}
