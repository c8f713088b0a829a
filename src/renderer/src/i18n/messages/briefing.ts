import type { BriefingExportFormat, BriefingLanguage } from '../../../../shared/contract/briefings'
import type { ErrorCode } from '../../../../shared/errors'
import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

/** What the analyst was doing when a call failed: the message names it, then says what to do. */
export type BriefingAction = 'list' | 'load' | 'create' | 'save' | 'add' | 'move' | 'remove' | 'delete' | 'duplicate' | 'export'

export interface BriefingMessages {
  briefingsHeading: string
  briefingsEmpty: string
  briefingNew: string
  briefingNewTitleLabel: string
  briefingCreate: string
  briefingCancel: string
  briefingEdited(day: string): string
  briefingOpen(title: string): string
  briefingDuplicate: string
  briefingRename: string
  briefingRenameLabel: string
  briefingRenameSave: string
  briefingDelete: string
  briefingDeleteQuestion(title: string): string
  briefingDeleteConfirm: string
  briefingDeleted(title: string): string
  briefingsBack: string

  briefingSaving: string
  briefingSaved: string
  briefingCover: string
  briefingTitleLabel: string
  briefingSubtitleLabel: string
  briefingAuthorLabel: string
  briefingDateLabel: string
  briefingClassificationLabel: string
  briefingClassificationHint: string
  briefingIntroductionLabel: string
  briefingLanguageLabel: string
  briefingLanguageAuto(judged: BriefingLanguage): string
  briefingLanguageName(language: BriefingLanguage): string

  briefingOutlineLabel: string
  briefingMoveHint: string
  briefingAddSection: string
  briefingNewSectionHeading: string
  briefingSectionHeadingLabel: string
  briefingRemoveSection(heading: string): string
  briefingSectionRemoved(heading: string, items: number): string
  briefingChartRemoved(heading: string): string
  briefingSectionEmpty: string
  briefingItemLabel(number: string, title: string): string
  briefingRemoveItem: string
  briefingItemsRemoved(count: number): string
  briefingItemHasComment: string
  briefingItemHasExcerpt: string
  briefingUntitledStory: string
  briefingMoved(position: string): string

  briefingNothingSelected: string
  briefingCommentLabel: string
  briefingExcerptLabel: string
  briefingExcerptHint: string
  briefingUseSelection: string
  briefingFullBody: string
  briefingNoExcerpt: string
  briefingStoryText: string
  briefingAddTagStories: string
  briefingAddTagLabel: string
  briefingAddTagButton: string

  briefingExport: string
  briefingExportFormat(format: BriefingExportFormat): string
  briefingExporting: string
  briefingExported(fileName: string): string
  briefingPreview: string
  briefingPreviewClose: string
  briefingPreviewLabel: string
  briefingPreviewNote: string

  briefingAddTo: string
  briefingAddToHint: string
  briefingAddToLabel: string
  briefingAddToNewLabel: string
  briefingAddWithExcerpt: string
  briefingAdded(count: number, title: string, skipped: number): string
  briefingAddEmptyList: string

  chartAddTo: string
  chartAddToLabel: string
  chartBriefing: string
  chartSection: string
  chartNewSection: string
  chartNewSectionHeading: string
  chartCaption: string
  chartAdd: string
  chartAdded(title: string): string
  chartInSection(caption: string): string
  chartRemove: string

  briefingProblem(action: BriefingAction, code: ErrorCode, message: string): string
}

const englishActions: Record<BriefingAction, string> = {
  list: 'The briefings could not be listed.',
  load: 'The briefing could not be opened.',
  create: 'The briefing was not created.',
  save: 'The change was not saved.',
  add: 'Nothing was added to the briefing.',
  move: 'The item was not moved.',
  remove: 'Nothing was removed.',
  delete: 'The briefing was not deleted.',
  duplicate: 'The briefing was not duplicated.',
  export: 'The briefing was not exported.'
}

const arabicActions: Record<BriefingAction, string> = {
  list: 'تعذّر عرض الموجزات.',
  load: 'تعذّر فتح الموجز.',
  create: 'لم يُنشأ الموجز.',
  save: 'لم يُحفظ التعديل.',
  add: 'لم يُضف شيء إلى الموجز.',
  move: 'لم يُنقل الخبر.',
  remove: 'لم يُحذف شيء.',
  delete: 'لم يُحذف الموجز.',
  duplicate: 'لم يُنسخ الموجز.',
  export: 'لم يُصدَّر الموجز.'
}

function arabicAdvice(code: ErrorCode): string {
  switch (code) {
    case 'not-found':
      return 'لم يعد ما طلبته موجودًا (حُذف أو فُتحت مكتبة أخرى)؛ حدّث القائمة وحاول مجددًا.'
    case 'bad-request':
      return 'تحقق مما كتبته (العنوان لا يكون فارغًا، والتاريخ بصيغة سنة-شهر-يوم) وحاول مجددًا.'
    default:
      return 'حاول مجددًا؛ وإن تكرر الخطأ فأعد تشغيل مرصد.'
  }
}

const formatNames: Record<BriefingExportFormat, string> = { pdf: 'PDF', html: 'HTML', docx: 'Word (DOCX)' }

export const briefingMessages: MessageBundle<BriefingMessages> = {
  en: (f) => ({
    briefingsHeading: 'Briefings',
    briefingsEmpty: 'No briefings yet. Create one here, then add stories to it from a search or the reader (B).',
    briefingNew: 'New briefing',
    briefingNewTitleLabel: 'Title of the new briefing',
    briefingCreate: 'Create',
    briefingCancel: 'Cancel',
    briefingEdited: (day) => `edited ${day}`,
    briefingOpen: (title) => `Open «${title}»`,
    briefingDuplicate: 'Duplicate',
    briefingRename: 'Rename',
    briefingRenameLabel: 'New title',
    briefingRenameSave: 'Save',
    briefingDelete: 'Delete…',
    briefingDeleteQuestion: (title) => `Delete the briefing «${title}»? Its stories stay in the library.`,
    briefingDeleteConfirm: 'Delete briefing',
    briefingDeleted: (title) => `Deleted the briefing «${title}»`,
    briefingsBack: 'All briefings',

    briefingSaving: 'Saving…',
    briefingSaved: 'All changes saved',
    briefingCover: 'Cover and introduction',
    briefingTitleLabel: 'Title',
    briefingSubtitleLabel: 'Subtitle',
    briefingAuthorLabel: 'Author',
    briefingDateLabel: 'Date',
    briefingClassificationLabel: 'Classification',
    briefingClassificationHint: 'Printed on the cover and at the top of every page, e.g. Restricted.',
    briefingIntroductionLabel: 'Introduction: your summary',
    briefingLanguageLabel: 'Language of the export',
    briefingLanguageAuto: (judged) => `As the text is written (now ${judged === 'ar' ? 'Arabic' : 'English'})`,
    briefingLanguageName: (language) => (language === 'ar' ? 'Arabic, right to left' : 'English, left to right'),

    briefingOutlineLabel: 'Sections and stories',
    briefingMoveHint: 'Drag to reorder, or Alt+↑/↓; Alt+Shift+↑/↓ moves to the previous or next section; Delete removes.',
    briefingAddSection: 'Add a section',
    briefingNewSectionHeading: 'New section',
    briefingSectionHeadingLabel: 'Section heading',
    briefingRemoveSection: (heading) => `Remove the section «${heading}» and its stories`,
    briefingSectionRemoved: (heading, items) =>
      `Removed the section «${heading}» (${plural(f, items, { ...en.story, zero: 'no stories' })})`,
    briefingChartRemoved: (heading) => `Removed the chart of the section «${heading}»`,
    briefingSectionEmpty: 'No stories here yet: add them from a search or the reader (B), or drag them here.',
    briefingItemLabel: (number, title) => `${number} ${title}`,
    briefingRemoveItem: 'Remove from the briefing',
    briefingItemsRemoved: (count) => `Removed ${plural(f, count, en.story)} from the briefing`,
    briefingItemHasComment: 'has a comment',
    briefingItemHasExcerpt: 'excerpt',
    briefingUntitledStory: '(untitled story)',
    briefingMoved: (position) => `Moved to ${position}`,

    briefingNothingSelected: 'Choose a story in the outline to write your comment and pick an excerpt, or the cover to edit it.',
    briefingCommentLabel: 'Your comment',
    briefingExcerptLabel: 'Excerpt',
    briefingExcerptHint:
      'Select a passage in the story below and use it, or write it here. Without an excerpt the whole story is exported.',
    briefingUseSelection: 'Use the selected passage',
    briefingFullBody: 'Export the whole story instead of the excerpt',
    briefingNoExcerpt: 'No excerpt: the whole story is exported.',
    briefingStoryText: 'The story',
    briefingAddTagStories: 'Add a tag’s stories…',
    briefingAddTagLabel: 'Tag',
    briefingAddTagButton: 'Add its stories, oldest first',

    briefingExport: 'Export',
    briefingExportFormat: (format) => formatNames[format],
    briefingExporting: 'Exporting…',
    briefingExported: (fileName) => `Exported ${fileName}`,
    briefingPreview: 'Preview',
    briefingPreviewClose: 'Back to editing',
    briefingPreviewLabel: 'Preview of the briefing as exported',
    briefingPreviewNote: 'The words as they will be exported; the PDF adds pages, the running header and page numbers.',

    briefingAddTo: 'Add to briefing',
    briefingAddToHint: 'Add to a briefing (B)',
    briefingAddToLabel: 'Add to which briefing?',
    briefingAddToNewLabel: 'Or a new briefing titled',
    briefingAddWithExcerpt: 'The selected passage becomes the excerpt.',
    briefingAdded: (count, title, skipped) =>
      `Added ${plural(f, count, en.story)} to «${title}»${skipped ? ` (${f.number(skipped)} already there)` : ''}`,
    briefingAddEmptyList: 'No briefings yet: name a new one below.',

    chartAddTo: 'Add to briefing…',
    chartAddToLabel: 'Add this chart to a briefing',
    chartBriefing: 'Briefing',
    chartSection: 'Section',
    chartNewSection: 'A new section…',
    chartNewSectionHeading: 'New section heading',
    chartCaption: 'Caption',
    chartAdd: 'Add chart',
    chartAdded: (title) => `Chart added to «${title}»`,
    chartInSection: (caption) => `Chart: ${caption}`,
    chartRemove: 'Remove chart',

    briefingProblem: (action, code, message) =>
      code === 'internal'
        ? `${englishActions[action]} Try again; if it keeps failing, restart Marsad. (${message})`
        : `${englishActions[action]} ${message}`
  }),
  ar: (f) => ({
    briefingsHeading: 'الموجزات',
    briefingsEmpty: 'لا موجزات بعد. أنشئ موجزًا هنا، ثم أضف إليه الأخبار من نتائج البحث أو من القارئ (B).',
    briefingNew: 'موجز جديد',
    briefingNewTitleLabel: 'عنوان الموجز الجديد',
    briefingCreate: 'إنشاء',
    briefingCancel: 'إلغاء',
    briefingEdited: (day) => `عُدّل ${day}`,
    briefingOpen: (title) => `فتح «${title}»`,
    briefingDuplicate: 'نسخ',
    briefingRename: 'إعادة تسمية',
    briefingRenameLabel: 'العنوان الجديد',
    briefingRenameSave: 'حفظ',
    briefingDelete: 'حذف…',
    briefingDeleteQuestion: (title) => `أتحذف الموجز «${title}»؟ تبقى أخباره في المكتبة.`,
    briefingDeleteConfirm: 'احذف الموجز',
    briefingDeleted: (title) => `حُذف الموجز «${title}»`,
    briefingsBack: 'كل الموجزات',

    briefingSaving: 'جارٍ الحفظ…',
    briefingSaved: 'حُفظت التعديلات كلها',
    briefingCover: 'الغلاف والمقدمة',
    briefingTitleLabel: 'العنوان',
    briefingSubtitleLabel: 'العنوان الفرعي',
    briefingAuthorLabel: 'المُعِدّ',
    briefingDateLabel: 'التاريخ',
    briefingClassificationLabel: 'درجة السرية',
    briefingClassificationHint: 'تُطبع على الغلاف وأعلى كل صفحة، مثل: للاستخدام الداخلي.',
    briefingIntroductionLabel: 'المقدمة: ملخصك',
    briefingLanguageLabel: 'لغة التصدير',
    briefingLanguageAuto: (judged) => `حسب لغة النص (الآن ${judged === 'ar' ? 'العربية' : 'الإنجليزية'})`,
    briefingLanguageName: (language) => (language === 'ar' ? 'العربية، من اليمين إلى اليسار' : 'الإنجليزية، من اليسار إلى اليمين'),

    briefingOutlineLabel: 'الأقسام والأخبار',
    briefingMoveHint: 'اسحب لإعادة الترتيب، أو Alt+↑/↓؛ وAlt+Shift+↑/↓ للنقل إلى القسم السابق أو التالي؛ وDelete للإزالة.',
    briefingAddSection: 'إضافة قسم',
    briefingNewSectionHeading: 'قسم جديد',
    briefingSectionHeadingLabel: 'عنوان القسم',
    briefingRemoveSection: (heading) => `حذف القسم «${heading}» وأخباره`,
    briefingSectionRemoved: (heading, items) => `حُذف القسم «${heading}» (${plural(f, items, { ...ar.story, zero: 'بلا أخبار' })})`,
    briefingChartRemoved: (heading) => `حُذف رسم القسم «${heading}»`,
    briefingSectionEmpty: 'لا أخبار هنا بعد: أضفها من نتائج البحث أو من القارئ (B)، أو اسحبها إلى هنا.',
    briefingItemLabel: (number, title) => `${number} ${title}`,
    briefingRemoveItem: 'إزالة من الموجز',
    briefingItemsRemoved: (count) =>
      plural(f, count, {
        zero: 'لم يُزل شيء',
        one: 'أُزيل خبر من الموجز',
        two: 'أُزيل خبران من الموجز',
        few: 'أُزيلت {n} أخبار من الموجز',
        many: 'أُزيل {n} خبرًا من الموجز',
        other: 'أُزيل {n} خبر من الموجز'
      }),
    briefingItemHasComment: 'عليه تعليق',
    briefingItemHasExcerpt: 'مقتطف',
    briefingUntitledStory: '(خبر بلا عنوان)',
    briefingMoved: (position) => `نُقل إلى ${position}`,

    briefingNothingSelected: 'اختر خبرًا من المخطط لتكتب تعليقك وتختار مقتطفًا منه، أو اختر الغلاف لتحريره.',
    briefingCommentLabel: 'تعليقك',
    briefingExcerptLabel: 'المقتطف',
    briefingExcerptHint: 'حدّد فقرة من نص الخبر أدناه واستخدمها، أو اكتبها هنا. من دون مقتطف يُصدَّر الخبر كاملًا.',
    briefingUseSelection: 'استخدم النص المحدد',
    briefingFullBody: 'صدّر الخبر كاملًا بدل المقتطف',
    briefingNoExcerpt: 'لا مقتطف: يُصدَّر الخبر كاملًا.',
    briefingStoryText: 'نص الخبر',
    briefingAddTagStories: 'إضافة أخبار وسم…',
    briefingAddTagLabel: 'الوسم',
    briefingAddTagButton: 'أضف أخباره، الأقدم أولًا',

    briefingExport: 'تصدير',
    briefingExportFormat: (format) => formatNames[format],
    briefingExporting: 'جارٍ التصدير…',
    briefingExported: (fileName) => `صُدّر ${fileName}`,
    briefingPreview: 'معاينة',
    briefingPreviewClose: 'العودة إلى التحرير',
    briefingPreviewLabel: 'معاينة الموجز كما سيُصدَّر',
    briefingPreviewNote: 'النص كما سيُصدَّر؛ ويضيف ملف PDF الصفحات والترويسة وأرقام الصفحات.',

    briefingAddTo: 'أضف إلى موجز',
    briefingAddToHint: 'أضف إلى موجز (B)',
    briefingAddToLabel: 'إلى أي موجز؟',
    briefingAddToNewLabel: 'أو موجز جديد بعنوان',
    briefingAddWithExcerpt: 'تصبح الفقرة المحددة مقتطف الخبر.',
    briefingAdded: (count, title, skipped) =>
      `${plural(f, count, { zero: 'لم يُضف شيء', one: 'أُضيف خبر', two: 'أُضيف خبران', few: 'أُضيفت {n} أخبار', many: 'أُضيف {n} خبرًا', other: 'أُضيف {n} خبر' })} إلى «${title}»${skipped ? ` (و${plural(f, skipped, ar.story)} فيه من قبل)` : ''}`,
    briefingAddEmptyList: 'لا موجزات بعد: سمِّ موجزًا جديدًا أدناه.',

    chartAddTo: 'أضف إلى موجز…',
    chartAddToLabel: 'أضف هذا الرسم إلى موجز',
    chartBriefing: 'الموجز',
    chartSection: 'القسم',
    chartNewSection: 'قسم جديد…',
    chartNewSectionHeading: 'عنوان القسم الجديد',
    chartCaption: 'التعليق',
    chartAdd: 'أضف الرسم',
    chartAdded: (title) => `أُضيف الرسم إلى «${title}»`,
    chartInSection: (caption) => `رسم: ${caption}`,
    chartRemove: 'أزل الرسم',

    briefingProblem: (action, code) => `${arabicActions[action]} ${arabicAdvice(code)}`
  })
}
