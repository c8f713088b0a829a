import type { LinkKind, StoryLinkView } from '../../../../shared/contract/organise'
import type { ErrorCode } from '../../../../shared/errors'
import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

/** Text from a dump or an analyst, isolated (FSI…PDI) so that its direction cannot reorder the sentence around it. */
const isolate = (text: string) => `\u2068${text}\u2069`

/** What the analyst was doing when a call failed; each names itself in the error sentence. */
export type ReaderAction =
  | 'loadStory'
  | 'openLink'
  | 'loadSection'
  | 'tag'
  | 'untag'
  | 'findTags'
  | 'link'
  | 'unlink'
  | 'linkNote'
  | 'findStories'
  | 'neighbourhood'
  | 'addNote'
  | 'editNote'
  | 'deleteNote'

type Direction = StoryLinkView['direction']

/** The story's fields the raw-fields view lists, under the interface's names. */
export type RawField = 'source' | 'date' | 'updated' | 'author' | 'category' | 'url' | 'language' | 'keywords'

/** The reader pane and organising from it: tags, links, notes. */
export interface ReaderMessages {
  readerStoryGone: string
  readerUntitled: string
  readerSource: string
  readerWrittenAs(text: string): string
  readerUpdated(day: string): string
  readerAuthor(name: string): string
  readerCategory(name: string): string
  /** The disclosure that shows the story's fields exactly as the dump wrote them. */
  readerRawFields: string
  readerRawFieldNames: Record<RawField, string>
  readerOpenOriginal: string
  readerOpenOriginalHint: string
  readerAddressNotWeb: string
  readerSections: string
  readerLinksCount(count: number): string
  readerNotesCount(count: number): string
  matchPosition(current: number, total: number): string
  matchesLabel: string
  previousMatch: string
  nextMatch: string
  provenanceHeading: string
  importedFrom: string
  storyInFile(position: number): string
  alsoSeenIn: string
  addedOn(moment: string): string
  fromTheDump: string
  teasersHeading: string
  dropToLink: string

  readerTagsHeading: string
  readerNoTags: string
  addTag: string
  addTagHint: string
  removeTag(name: string): string
  tagRemoved(name: string): string
  tagAdded(name: string): string
  storyTagsLabel: string
  suggestedHeading: string
  applySuggestion(keyword: string): string
  suggestionMatchesTag(name: string): string
  readerTagPickerLabel: string
  tagPickerPlaceholder: string
  tagPickerHint: string
  untagPickerHint: string
  notATagName: string
  tagPickerResults: string
  pickerCreateTag(name: string): string
  noTagFound: string
  pickerTagCount(count: number): string

  linksHeading: string
  noLinks: string
  addLink: string
  addLinkHint: string
  linkKindHeading(kind: LinkKind): string
  linkPhrase(kind: LinkKind, direction: Direction): string
  fromImport: string
  fromImportHint: string
  removeLink(title: string): string
  linkRemoved: string
  editLinkNote: string
  addLinkNote: string
  linkNoteLabel: string
  readerSave: string
  readerCancel: string
  saveHint: string
  linkDialogTitle: string
  linkSearchLabel: string
  linkSearchPlaceholder: string
  linkSearchResults: string
  linkSearchEmpty: string
  linkSearchTyping: string
  linkChosen: string
  linkChange: string
  linkKindLabel: string
  linkKindOption(kind: LinkKind): string
  linkOptionalNote: string
  linkCreate: string
  linkToItself: string
  neighbourhoodHeading: string
  neighbourhoodGraph(count: number): string
  neighbourhoodDistance(distance: number): string
  neighbourhoodTruncated: string

  notesHeading: string
  noNotes: string
  newNoteLabel: string
  newNotePlaceholder: string
  saveNote: string
  editNote: string
  deleteNote: string
  noteDeleted: string
  noteWritten(moment: string): string
  noteEdited(moment: string): string
  editNoteLabel: string

  readerProblem(action: ReaderAction, code: ErrorCode, message: string): string
}

const englishActions: Record<ReaderAction, string> = {
  loadStory: 'The story could not be shown.',
  openLink: 'The page could not be opened in the browser.',
  loadSection: 'This part of the story could not be shown.',
  tag: 'The tag was not added.',
  untag: 'The tag was not removed.',
  findTags: 'The tags could not be listed.',
  link: 'The link was not made.',
  unlink: 'The link was not removed.',
  linkNote: 'The link’s note was not saved.',
  findStories: 'The library could not be searched.',
  neighbourhood: 'The linked stories could not be shown.',
  addNote: 'The note was not saved.',
  editNote: 'The note was not changed.',
  deleteNote: 'The note was not deleted.'
}

const arabicActions: Record<ReaderAction, string> = {
  loadStory: 'تعذّر عرض الخبر.',
  openLink: 'تعذّر فتح الصفحة في المتصفح.',
  loadSection: 'تعذّر عرض هذا الجزء من الخبر.',
  tag: 'لم يُضف الوسم.',
  untag: 'لم يُحذف الوسم.',
  findTags: 'تعذّر عرض الوسوم.',
  link: 'لم يُنشأ الرابط.',
  unlink: 'لم يُحذف الرابط.',
  linkNote: 'لم تُحفظ ملاحظة الرابط.',
  findStories: 'تعذّر البحث في المكتبة.',
  neighbourhood: 'تعذّر عرض الأخبار المرتبطة.',
  addNote: 'لم تُحفظ الملاحظة.',
  editNote: 'لم تُعدَّل الملاحظة.',
  deleteNote: 'لم تُحذف الملاحظة.'
}

/** What to do, by what went wrong; a refused request gets advice that fits what was being done. */
function arabicAdvice(action: ReaderAction, code: ErrorCode): string {
  if (code === 'unsupported') return 'تُفتح الروابط في المتصفح من تطبيق مرصد وحده.'
  if (code === 'not-found') return 'لم يعد هذا العنصر في المكتبة (حُذف أو فُتحت مكتبة أخرى)؛ اختر خبرًا من القائمة.'
  if (code === 'library-read-only') return 'المكتبة للقراءة فقط (الملف أو مجلده أو القرص)؛ انسخها إلى مجلد تملك الكتابة فيه.'
  if (code === 'library-damaged') return 'وُجد تلف في ملف المكتبة فأُوقفت الكتابة فيها؛ اختر «فحص المكتبة…» من قائمة «ملف».'
  if (code === 'invalid-query') return 'تعذّر فهم نص البحث؛ اكتب كلمات من عنوان الخبر أو نصّه.'
  if (code === 'bad-request') {
    if (action === 'tag' || action === 'untag') return 'تحقّق من اسم الوسم: لا يكون فارغًا ولا يحوي أجزاء فارغة بين الشرطات المائلة.'
    if (action === 'link') return 'لا يُربط الخبر بنفسه؛ اختر خبرًا آخر.'
    if (action === 'addNote' || action === 'editNote') return 'لا تكون الملاحظة فارغة؛ اكتب نصًا أو احذف الملاحظة.'
  }
  return 'أعد المحاولة؛ وإن تكرر الخطأ فأعد تشغيل مرصد.'
}

const englishKindHeadings: Record<LinkKind, string> = {
  related: 'Related',
  follows: 'Follow-ups',
  contradicts: 'Contradictions',
  'same-event': 'Same event',
  'source-of': 'Sources'
}
const arabicKindHeadings: Record<LinkKind, string> = {
  related: 'ذات صلة',
  follows: 'متابعات',
  contradicts: 'تناقضات',
  'same-event': 'الحدث نفسه',
  'source-of': 'مصادر'
}

const englishPhrases: Record<LinkKind, Record<Direction, string>> = {
  related: { out: 'This story is related to', in: 'Related to this story (backlink):' },
  follows: { out: 'This story follows up', in: 'Follows up this story (backlink):' },
  contradicts: { out: 'This story contradicts', in: 'Contradicts this story (backlink):' },
  'same-event': { out: 'Same event as', in: 'Same event as this story (backlink):' },
  'source-of': { out: 'This story is a source of', in: 'A source of this story (backlink):' }
}
const arabicPhrases: Record<LinkKind, Record<Direction, string>> = {
  related: { out: 'هذا الخبر ذو صلة بـ', in: 'ذو صلة بهذا الخبر (رابط وارد):' },
  follows: { out: 'هذا الخبر متابعة لـ', in: 'متابعة لهذا الخبر (رابط وارد):' },
  contradicts: { out: 'هذا الخبر يناقض', in: 'يناقض هذا الخبر (رابط وارد):' },
  'same-event': { out: 'الحدث نفسه في', in: 'الحدث نفسه في هذا الخبر (رابط وارد):' },
  'source-of': { out: 'هذا الخبر مصدر لـ', in: 'مصدر لهذا الخبر (رابط وارد):' }
}

const englishKindOptions: Record<LinkKind, string> = {
  related: 'This story is related to it',
  follows: 'This story follows it up',
  contradicts: 'This story contradicts it',
  'same-event': 'Both report the same event',
  'source-of': 'This story is a source of it'
}
const arabicKindOptions: Record<LinkKind, string> = {
  related: 'هذا الخبر ذو صلة به',
  follows: 'هذا الخبر متابعة له',
  contradicts: 'هذا الخبر يناقضه',
  'same-event': 'كلاهما عن الحدث نفسه',
  'source-of': 'هذا الخبر مصدر له'
}

export const readerMessages: MessageBundle<ReaderMessages> = {
  en: (f) => ({
    readerStoryGone: 'This story is no longer in the library (it was removed, or another library was opened). Pick a story from the list.',
    readerUntitled: '(untitled)',
    readerSource: 'Source',
    readerWrittenAs: (text) => `written “${isolate(text)}”`,
    readerUpdated: (day) => `updated ${day}`,
    readerAuthor: (name) => `by ${isolate(name)}`,
    readerCategory: (name) => `in ${isolate(name)}`,
    readerRawFields: 'Fields as the dump wrote them',
    readerRawFieldNames: {
      source: 'Source',
      date: 'Date',
      updated: 'Updated',
      author: 'Author',
      category: 'Category',
      url: 'Address',
      language: 'Language',
      keywords: 'Keywords'
    },
    readerOpenOriginal: 'Original page',
    readerOpenOriginalHint: 'Opens in your web browser',
    readerAddressNotWeb: 'Address (not a web link)',
    readerSections: 'Parts of the story',
    readerLinksCount: (count) => `Links (${f.number(count)})`,
    readerNotesCount: (count) => `Notes (${f.number(count)})`,
    matchPosition: (current, total) => `${f.number(current)} of ${f.number(total)}`,
    matchesLabel: 'Search matches in this story',
    previousMatch: 'Previous match (Shift+F3)',
    nextMatch: 'Next match (F3)',
    provenanceHeading: 'Where it came from',
    importedFrom: 'Imported from',
    storyInFile: (position) => `story ${f.number(position)} in the file`,
    alsoSeenIn: 'Also seen in',
    addedOn: (moment) => `Added to the library ${moment}`,
    fromTheDump: 'More from the dump',
    teasersHeading: 'Teaser headlines',
    dropToLink: 'Drop to link this story to the one you are dragging',

    readerTagsHeading: 'Tags',
    readerNoTags: 'No tags yet.',
    addTag: 'Add a tag',
    addTagHint: 'Add a tag (T)',
    removeTag: (name) => `Remove the tag ${name}`,
    tagRemoved: (name) => `Removed the tag “${isolate(name)}” from this story.`,
    tagAdded: (name) => `Tagged this story “${isolate(name)}”.`,
    storyTagsLabel: 'Tags on this story',
    suggestedHeading: 'Suggested by the dump',
    applySuggestion: (keyword) => `Tag this story ${keyword}`,
    suggestionMatchesTag: (name) => `Applies the existing tag “${isolate(name)}”`,
    readerTagPickerLabel: 'Add a tag to this story',
    tagPickerPlaceholder: 'Type a tag…',
    tagPickerHint: 'Enter applies the tag you typed (or creates it); ↑↓ choose another; Esc closes. Parent/child makes a child tag.',
    untagPickerHint: 'Enter removes the tag you typed; ↑↓ choose one; Esc closes.',
    notATagName: 'This is not a tag name: each part needs a letter or a digit.',
    tagPickerResults: 'Tags',
    pickerCreateTag: (name) => `Create the tag “${isolate(name)}”`,
    noTagFound: 'No tag has this name yet.',
    pickerTagCount: (count) => plural(f, count, en.story),

    linksHeading: 'Links',
    noLinks: 'No links yet. Link a story (L) or drag one here from the list.',
    addLink: 'Link to a story…',
    addLinkHint: 'Link this story to another (L)',
    linkKindHeading: (kind) => englishKindHeadings[kind],
    linkPhrase: (kind, direction) => englishPhrases[kind][direction],
    fromImport: 'from import',
    fromImportHint: 'Made by the importer from the dump’s “read also” lines',
    removeLink: (title) => `Remove the link to ${title}`,
    linkRemoved: 'Link removed.',
    editLinkNote: 'Edit note',
    addLinkNote: 'Add a note',
    linkNoteLabel: 'Note on this link',
    readerSave: 'Save',
    readerCancel: 'Cancel',
    saveHint: 'Ctrl+Enter saves, Esc cancels',
    linkDialogTitle: 'Link this story to another',
    linkSearchLabel: 'Find the other story',
    linkSearchPlaceholder: 'Words from its title or text…',
    linkSearchResults: 'Stories found',
    linkSearchEmpty: 'No story found. Try other words.',
    linkSearchTyping: 'Type to search the library.',
    linkChosen: 'Linking to',
    linkChange: 'Choose another',
    linkKindLabel: 'How are they related?',
    linkKindOption: (kind) => englishKindOptions[kind],
    linkOptionalNote: 'Note (optional)',
    linkCreate: 'Link',
    linkToItself: 'A story cannot be linked to itself: drop another story.',
    neighbourhoodHeading: 'Stories within two links',
    neighbourhoodGraph: (count) =>
      `Graph of ${plural(f, count, { one: '{n} linked story', other: '{n} linked stories' })}; the list below names them`,
    neighbourhoodDistance: (distance) => (distance === 1 ? 'Linked directly' : 'Two links away'),
    neighbourhoodTruncated: 'Only the nearest stories are shown.',

    notesHeading: 'Notes',
    noNotes: 'No notes yet.',
    newNoteLabel: 'New note',
    newNotePlaceholder: 'Write a note… (Ctrl+Enter saves)',
    saveNote: 'Save note',
    editNote: 'Edit',
    deleteNote: 'Delete',
    noteDeleted: 'Note deleted.',
    noteWritten: (moment) => `Written ${moment}`,
    noteEdited: (moment) => `edited ${moment}`,
    editNoteLabel: 'Edit the note',

    readerProblem: (action, code, message) =>
      code === 'internal'
        ? `${englishActions[action]} Try again; if it keeps failing, restart Marsad. (${message})`
        : `${englishActions[action]} ${message}`
  }),
  ar: (f) => ({
    readerStoryGone: 'لم يعد هذا الخبر في المكتبة (حُذف أو فُتحت مكتبة أخرى). اختر خبرًا من القائمة.',
    readerUntitled: '(بلا عنوان)',
    readerSource: 'المصدر',
    readerWrittenAs: (text) => `كما ورد: «${isolate(text)}»`,
    readerUpdated: (day) => `حُدّث ${day}`,
    readerAuthor: (name) => `بقلم ${isolate(name)}`,
    readerCategory: (name) => `في ${isolate(name)}`,
    readerRawFields: 'الحقول كما وردت في الملف',
    readerRawFieldNames: {
      source: 'المصدر',
      date: 'التاريخ',
      updated: 'التحديث',
      author: 'الكاتب',
      category: 'القسم',
      url: 'العنوان',
      language: 'اللغة',
      keywords: 'الكلمات المفتاحية'
    },
    readerOpenOriginal: 'الصفحة الأصلية',
    readerOpenOriginalHint: 'تُفتح في متصفح الويب',
    readerAddressNotWeb: 'العنوان (ليس رابط ويب)',
    readerSections: 'أجزاء الخبر',
    readerLinksCount: (count) => `الروابط (${f.number(count)})`,
    readerNotesCount: (count) => `الملاحظات (${f.number(count)})`,
    matchPosition: (current, total) => `${f.number(current)} من ${f.number(total)}`,
    matchesLabel: 'مواضع كلمات البحث في هذا الخبر',
    previousMatch: 'الموضع السابق (Shift+F3)',
    nextMatch: 'الموضع التالي (F3)',
    provenanceHeading: 'من أين جاء',
    importedFrom: 'استُورد من',
    storyInFile: (position) => `الخبر ${f.number(position)} في الملف`,
    alsoSeenIn: 'ورد أيضًا في',
    addedOn: (moment) => `أُضيف إلى المكتبة ${moment}`,
    fromTheDump: 'المزيد من ملف التفريغ',
    teasersHeading: 'عناوين «اقرأ أيضًا»',
    dropToLink: 'أفلت الخبر هنا لربطه بهذا الخبر',

    readerTagsHeading: 'الوسوم',
    readerNoTags: 'لا وسوم بعد.',
    addTag: 'إضافة وسم',
    addTagHint: 'إضافة وسم (T)',
    removeTag: (name) => `إزالة الوسم ${name}`,
    tagRemoved: (name) => `أُزيل الوسم «${isolate(name)}» من هذا الخبر.`,
    tagAdded: (name) => `وُسم هذا الخبر بـ«${isolate(name)}».`,
    storyTagsLabel: 'وسوم هذا الخبر',
    suggestedHeading: 'مقترحة من ملف التفريغ',
    applySuggestion: (keyword) => `وسم هذا الخبر بـ ${keyword}`,
    suggestionMatchesTag: (name) => `يضع الوسم الموجود «${isolate(name)}»`,
    readerTagPickerLabel: 'إضافة وسم إلى هذا الخبر',
    tagPickerPlaceholder: 'اكتب اسم وسم…',
    tagPickerHint: 'Enter يضيف الوسم الذي كتبته (أو ينشئه)؛ ↑↓ لاختيار غيره؛ Esc للإغلاق. «أب/فرع» ينشئ وسمًا فرعيًا.',
    untagPickerHint: 'Enter يزيل الوسم الذي كتبته؛ ↑↓ للاختيار؛ Esc للإغلاق.',
    notATagName: 'هذا ليس اسم وسم: يحتاج كل جزء منه إلى حرف أو رقم.',
    tagPickerResults: 'الوسوم',
    pickerCreateTag: (name) => `إنشاء الوسم «${isolate(name)}»`,
    noTagFound: 'لا وسم بهذا الاسم بعد.',
    pickerTagCount: (count) => plural(f, count, ar.story),

    linksHeading: 'الروابط',
    noLinks: 'لا روابط بعد. اربط خبرًا (L) أو اسحبه إلى هنا من القائمة.',
    addLink: 'ربط بخبر…',
    addLinkHint: 'ربط هذا الخبر بخبر آخر (L)',
    linkKindHeading: (kind) => arabicKindHeadings[kind],
    linkPhrase: (kind, direction) => arabicPhrases[kind][direction],
    fromImport: 'من الاستيراد',
    fromImportHint: 'أنشأه الاستيراد من سطور «اقرأ أيضًا» في ملف التفريغ',
    removeLink: (title) => `إزالة الرابط إلى ${title}`,
    linkRemoved: 'أُزيل الرابط.',
    editLinkNote: 'تعديل الملاحظة',
    addLinkNote: 'إضافة ملاحظة',
    linkNoteLabel: 'ملاحظة على هذا الرابط',
    readerSave: 'حفظ',
    readerCancel: 'إلغاء',
    saveHint: 'Ctrl+Enter للحفظ، Esc للإلغاء',
    linkDialogTitle: 'ربط هذا الخبر بخبر آخر',
    linkSearchLabel: 'ابحث عن الخبر الآخر',
    linkSearchPlaceholder: 'كلمات من عنوانه أو نصّه…',
    linkSearchResults: 'الأخبار الموجودة',
    linkSearchEmpty: 'لم يُعثر على خبر. جرّب كلمات أخرى.',
    linkSearchTyping: 'اكتب للبحث في المكتبة.',
    linkChosen: 'الربط مع',
    linkChange: 'اختيار خبر آخر',
    linkKindLabel: 'ما العلاقة بينهما؟',
    linkKindOption: (kind) => arabicKindOptions[kind],
    linkOptionalNote: 'ملاحظة (اختيارية)',
    linkCreate: 'ربط',
    linkToItself: 'لا يُربط الخبر بنفسه: أفلت خبرًا آخر.',
    neighbourhoodHeading: 'الأخبار على بعد رابطين',
    neighbourhoodGraph: (count) =>
      `${plural(f, count, { zero: 'لا أخبار مرتبطة', one: 'خبر واحد مرتبط', two: 'خبران مرتبطان', few: '{n} أخبار مرتبطة', many: '{n} خبرًا مرتبطًا', other: '{n} خبر مرتبط' })} في رسم؛ تذكرها القائمة أدناه`,
    neighbourhoodDistance: (distance) => (distance === 1 ? 'مرتبطة مباشرة' : 'على بعد رابطين'),
    neighbourhoodTruncated: 'لا تظهر إلا الأخبار الأقرب.',

    notesHeading: 'الملاحظات',
    noNotes: 'لا ملاحظات بعد.',
    newNoteLabel: 'ملاحظة جديدة',
    newNotePlaceholder: 'اكتب ملاحظة… (Ctrl+Enter للحفظ)',
    saveNote: 'حفظ الملاحظة',
    editNote: 'تعديل',
    deleteNote: 'حذف',
    noteDeleted: 'حُذفت الملاحظة.',
    noteWritten: (moment) => `كُتبت ${moment}`,
    noteEdited: (moment) => `عُدّلت ${moment}`,
    editNoteLabel: 'تعديل الملاحظة',

    readerProblem: (action, code) => `${arabicActions[action]} ${arabicAdvice(action, code)}`
  })
}
