import type { ErrorShape } from '../../../../shared/errors'
import { arabicQueryProblems, englishQueryProblems, queryErrorSentence } from './queryProblems'
import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

export interface SearchMessages {
  searchPlaceholder: string
  searchShortcutHint: string
  /** The filters shown apart from the typed text, as removable chips. */
  searchFiltersLabel: string
  removeSearchFilter: string
  suggestionsLabel: string
  suggestionRecent: string
  suggestionSaved: string
  suggestionTags: string
  suggestionSources: string
  suggestionWords: string
  /** Introduces why a query cannot be read; `position` counts from 0. */
  queryProblemLead(position: number | null): string
  /** An `invalid-query` error (the search box's, a batch line's) as a sentence of this language. */
  queryErrorSentence(error: ErrorShape): string
  queryProblemFix: string
  queryHelpTitle: string
  /** The query language in examples: [what to type, what it does]. */
  queryHelp: [string, string][]

  resultsLabel: string
  resultCount(count: number): string
  sortLabel: string
  sortRelevance: string
  sortDate: string
  datesButton: string
  datesLabel: string
  dateFrom: string
  dateTo: string
  applyDates: string
  clearDates: string
  filtersButton: string
  chartButton: string
  chartLabel: string
  chartPeriodLabel: string
  chartPeriods: Record<'day' | 'week' | 'month', string>
  chartBySource: string
  chartAllStories: string
  chartOtherSources: string
  chartHint: string
  chartSummary(total: number, undated: number): string
  chartEmpty: string
  compareNav: string
  compareHeading: string
  compareNothingSaved: string
  compareChoose: string
  compareSharesLabel: string
  compareShare(percent: string, total: number): string
  facetsLabel: string
  facetSource: string
  facetTag: string
  facetMonth: string
  facetMore(count: number): string
  facetLess: string
  /** What a screen reader hears for a facet value; `active` when the query already holds it. */
  facetValueLabel(group: string, value: string, count: number, active: boolean): string
  noResults: string
  noResultsHint: string
  didYouMean: string
  /** Before the query's words that no story holds in any form. */
  unmatchedWords: string
  matchedLabel: string
  untitled: string
  loadingRow: string
  searchFailed(message: string): string

  saveSearch: string
  saveSearchShort: string
  saveSearchHint: string
  savedSearchName: string
  save: string
  cancel: string
  alreadySaved(name: string): string
  saveFailed(message: string): string

  selectedCount(count: number): string
  allSelected(count: number): string
  selectAll(count: number): string
  clearSelection: string
  tagSelection: string
  untagSelection: string
  tagAll(count: number): string
  bulkActionsLabel: string
  tagPickerLabel: string
  untagPickerLabel: string
  noTagsOnSelection: string
  tagged(count: number, tag: string): string
  untagged(count: number, tag: string): string
  nothingChanged(message: string): string
  allHadTag(tag: string): string
  noneHadTag(tag: string): string

  batchSearchNav: string
  savedSearchesHeading: string
  noSavedSearches: string
  newCount(count: number): string
  savedSearchActions(name: string): string
  rename: string
  renameLabel: string
  deleteSavedSearch: string
  confirmDeleteSavedSearch(name: string): string
  tagsHeading: string
  noTags: string
  expandTag(name: string): string
  tagStoryCount(name: string, count: number): string

  batchHeading: string
  batchHint: string
  batchQueriesLabel: string
  batchPerQuery: string
  batchRun: string
  batchRunning: string
  batchExport: string
  batchNoQueries: string
  batchLineFailed(sentence: string): string
  batchShowAll: string
  batchSummary(queries: number, withResults: number): string
}

export const searchMessages: MessageBundle<SearchMessages> = {
  en: (f) => ({
    searchPlaceholder: 'Search the library  ( / or Ctrl+K )',
    searchShortcutHint: 'Ctrl+K or /',
    searchFiltersLabel: 'Filters of this search',
    removeSearchFilter: 'Remove this filter',
    suggestionsLabel: 'Suggestions',
    suggestionRecent: 'Recent searches',
    suggestionSaved: 'Saved searches',
    suggestionTags: 'Tags',
    suggestionSources: 'Sources',
    suggestionWords: 'Words in the library',
    queryProblemLead: (position) =>
      position === null ? 'This search cannot be read:' : `This search cannot be read at character ${f.number(position + 1)}:`,
    queryErrorSentence: (error) => queryErrorSentence(englishQueryProblems, error),
    queryProblemFix: 'Fix it and press Enter.',
    queryHelpTitle: 'How to write a search',
    queryHelp: [
      ['كوريا الشمالية', 'all the words, however they are written'],
      ['a OR b', 'either word'],
      ['NOT a   -a', 'without the word'],
      ['"exact phrase"', 'the words together, in order'],
      ['word*   word~', 'words that start like it; spellings close to it'],
      ['NEAR(a b, 5)   "a b"~5', 'within 5 words of each other'],
      ['=word', 'this exact form only'],
      ['title:a   note:a', 'in the title; in the notes'],
      ['source:"Sky News"   tag:روسيا', 'one source; a tag and the tags under it'],
      ['date:2024-01..2024-03   after:2024   before:2024-06', 'dates (a year, a month or a day)']
    ],

    resultsLabel: 'Search results',
    resultCount: (count) => plural(f, count, en.result),
    sortLabel: 'Sort',
    sortRelevance: 'Relevance',
    sortDate: 'Newest',
    datesButton: 'Dates',
    datesLabel: 'Date range',
    dateFrom: 'From',
    dateTo: 'To',
    applyDates: 'Apply',
    clearDates: 'Any date',
    filtersButton: 'Filters',
    chartButton: 'Chart',
    chartLabel: 'Coverage over time',
    chartPeriodLabel: 'Count by',
    chartPeriods: { day: 'Day', week: 'Week', month: 'Month' },
    chartBySource: 'By source',
    chartAllStories: 'All stories',
    chartOtherSources: 'Other sources',
    chartHint: 'Drag across the chart to narrow the search to those dates.',
    chartSummary: (total, undated) =>
      `${plural(f, total, { one: '{n} dated story', other: '{n} dated stories' })}${undated > 0 ? `; ${plural(f, undated, { one: '{n} without a date is not shown', other: '{n} without a date are not shown' })}` : ''}`,
    chartEmpty: 'None of these stories has a date to chart.',
    compareNav: 'Compare coverage',
    compareHeading: 'Coverage of saved searches compared',
    compareNothingSaved: 'Save searches first (☆ Save beside a search); their coverage can then be compared here.',
    compareChoose: 'Saved searches to compare',
    compareSharesLabel: 'Share of the coverage',
    compareShare: (percent, total) => `${percent}% (${plural(f, total, en.story)})`,
    facetsLabel: 'Filter the results',
    facetSource: 'Source',
    facetTag: 'Tag',
    facetMonth: 'Month',
    facetMore: (count) => `${f.number(count)} more`,
    facetLess: 'Fewer',
    facetValueLabel: (group, value, count, active) =>
      active
        ? `${group} ${value}, ${plural(f, count, en.story)}: remove this filter`
        : `${group} ${value}, ${plural(f, count, en.story)}: filter by it`,
    noResults: 'No stories match this search.',
    noResultsHint: 'Check the spelling, remove a filter, or use fewer words.',
    didYouMean: 'Did you mean:',
    unmatchedWords: 'No story has this word in any form:',
    matchedLabel: 'Matched:',
    untitled: '(untitled)',
    loadingRow: 'Loading…',
    searchFailed: (message) => `The search could not run: ${message}`,

    saveSearch: 'Save search',
    saveSearchShort: 'Save',
    saveSearchHint: 'Save this search; its new stories are counted after every import',
    savedSearchName: 'Name',
    save: 'Save',
    cancel: 'Cancel',
    alreadySaved: (name) => `Saved as “${name}”`,
    saveFailed: (message) => `Not saved: ${message}`,

    selectedCount: (count) => `${f.number(count)} selected`,
    allSelected: (count) => plural(f, count, { one: 'The only result selected', other: 'All {n} results selected' }),
    selectAll: (count) => plural(f, count, { one: 'Select the only result', other: 'Select all {n}' }),
    clearSelection: 'Clear selection',
    tagSelection: 'Tag…',
    untagSelection: 'Untag…',
    tagAll: (count) => plural(f, count, { one: 'Tag the only result…', two: 'Tag both results…', other: 'Tag all {n} results…' }),
    bulkActionsLabel: 'Actions on the selected stories',
    tagPickerLabel: 'Tag to add',
    untagPickerLabel: 'Tag to remove',
    noTagsOnSelection: 'These stories have no tags.',
    tagged: (count, tag) => `Tagged ${plural(f, count, en.story)} “${tag}”`,
    untagged: (count, tag) => `Removed “${tag}” from ${plural(f, count, en.story)}`,
    nothingChanged: (message) => `Nothing was changed: ${message}`,
    allHadTag: (tag) => `every one of these stories already has “${tag}”.`,
    noneHadTag: (tag) => `none of these stories has “${tag}”.`,

    batchSearchNav: 'Batch search',
    savedSearchesHeading: 'Saved searches',
    noSavedSearches: 'None yet: search, then press ⭐ Save search.',
    newCount: (count) => plural(f, count, { one: '{n} new story', other: '{n} new stories' }),
    savedSearchActions: (name) => `Rename, alert or delete “${name}”`,
    rename: 'Rename',
    renameLabel: 'New name',
    deleteSavedSearch: 'Delete',
    confirmDeleteSavedSearch: (name) => `Delete the saved search “${name}”?`,
    tagsHeading: 'Tags',
    noTags: 'No tags yet: select stories and press T.',
    expandTag: (name) => `Subtags of ${name}`,
    tagStoryCount: (name, count) => `${name}, ${plural(f, count, en.story)}`,

    batchHeading: 'Batch search',
    batchHint: 'A watch-list: one query per line, run at once. Export the results as CSV for a spreadsheet.',
    batchQueriesLabel: 'Queries, one per line',
    batchPerQuery: 'Results per query',
    batchRun: 'Run',
    batchRunning: 'Running…',
    batchExport: 'Export CSV',
    batchNoQueries: 'Write at least one query, one per line.',
    batchLineFailed: (message) => `Could not search this line: ${message}`,
    batchShowAll: 'Open in search',
    batchSummary: (queries, withResults) => `${plural(f, queries, en.query)}, ${f.number(withResults)} with results`
  }),
  ar: (f) => ({
    searchPlaceholder: 'ابحث في المكتبة  ( / أو Ctrl+K )',
    searchShortcutHint: 'Ctrl+K أو /',
    searchFiltersLabel: 'شروط هذا البحث',
    removeSearchFilter: 'أزل هذا الشرط',
    suggestionsLabel: 'اقتراحات',
    suggestionRecent: 'عمليات بحث سابقة',
    suggestionSaved: 'عمليات البحث المحفوظة',
    suggestionTags: 'الوسوم',
    suggestionSources: 'المصادر',
    suggestionWords: 'كلمات من المكتبة',
    queryProblemLead: (position) => (position === null ? 'تعذّر فهم البحث:' : `تعذّر فهم البحث عند الحرف ${f.number(position + 1)}:`),
    queryErrorSentence: (error) => queryErrorSentence(arabicQueryProblems(f), error),
    queryProblemFix: 'صحّحه ثم اضغط Enter.',
    queryHelpTitle: 'كيف تكتب البحث',
    queryHelp: [
      ['كوريا الشمالية', 'كل الكلمات، أيًّا كانت طريقة كتابتها'],
      ['a OR b', 'إحدى الكلمتين'],
      ['NOT a   -a', 'دون الكلمة'],
      ['"عبارة كما هي"', 'الكلمات متتالية بترتيبها'],
      ['word*   word~', 'الكلمات التي تبدأ بها؛ والكتابات القريبة منها'],
      ['NEAR(a b, 5)   "a b"~5', 'على بعد 5 كلمات أو أقل'],
      ['=word', 'هذه الصيغة بعينها فقط'],
      ['title:a   note:a', 'في العنوان؛ في الملاحظات'],
      ['source:"Sky News"   tag:روسيا', 'مصدر واحد؛ وسم وما تحته من وسوم'],
      ['date:2024-01..2024-03   after:2024   before:2024-06', 'التواريخ (سنة أو شهر أو يوم)']
    ],

    resultsLabel: 'نتائج البحث',
    resultCount: (count) => plural(f, count, ar.result),
    sortLabel: 'الترتيب',
    sortRelevance: 'الأكثر صلة',
    sortDate: 'الأحدث أولًا',
    datesButton: 'التاريخ',
    datesLabel: 'نطاق التاريخ',
    dateFrom: 'من',
    dateTo: 'إلى',
    applyDates: 'تطبيق',
    clearDates: 'أي تاريخ',
    filtersButton: 'التصفية',
    chartButton: 'الرسم البياني',
    chartLabel: 'التغطية عبر الزمن',
    chartPeriodLabel: 'العدّ حسب',
    chartPeriods: { day: 'اليوم', week: 'الأسبوع', month: 'الشهر' },
    chartBySource: 'حسب المصدر',
    chartAllStories: 'كل الأخبار',
    chartOtherSources: 'مصادر أخرى',
    chartHint: 'اسحب على الرسم لحصر البحث في تلك التواريخ.',
    chartSummary: (total, undated) =>
      `${plural(f, total, { zero: 'لا أخبار مؤرخة', one: 'خبر مؤرخ واحد', two: 'خبران مؤرخان', few: '{n} أخبار مؤرخة', many: '{n} خبرًا مؤرخًا', other: '{n} خبر مؤرخ' })}${undated > 0 ? `؛ ولا يظهر ${plural(f, undated, { one: 'خبر واحد', two: 'خبران', few: '{n} أخبار', many: '{n} خبرًا', other: '{n} خبر' })} بلا تاريخ` : ''}`,
    chartEmpty: 'لا تاريخ لأيّ من هذه الأخبار لرسمه.',
    compareNav: 'مقارنة التغطية',
    compareHeading: 'مقارنة تغطية عمليات البحث المحفوظة',
    compareNothingSaved: 'احفظ عمليات بحث أولًا (☆ احفظ بجانب البحث)، ثم قارن تغطيتها هنا.',
    compareChoose: 'عمليات البحث المحفوظة للمقارنة',
    compareSharesLabel: 'حصة كلٍّ من التغطية',
    compareShare: (percent, total) => `${percent}٪ (${plural(f, total, ar.story)})`,
    facetsLabel: 'تصفية النتائج',
    facetSource: 'المصدر',
    facetTag: 'الوسم',
    facetMonth: 'الشهر',
    facetMore: (count) => `${f.number(count)} أخرى`,
    facetLess: 'أقل',
    facetValueLabel: (group, value, count, active) =>
      `${group} ${value}، ${plural(f, count, ar.story)}: ${active ? 'إزالة هذا الشرط' : 'التصفية به'}`,
    noResults: 'لا أخبار تطابق هذا البحث.',
    noResultsHint: 'تحقّق من الإملاء، أو أزل شرطًا، أو استخدم كلمات أقل.',
    didYouMean: 'هل تقصد:',
    unmatchedWords: 'لا يوجد خبر فيه هذه الكلمة بأي صيغة:',
    matchedLabel: 'طابق:',
    untitled: '(بلا عنوان)',
    loadingRow: 'جارٍ التحميل…',
    searchFailed: (message) => `تعذّر تنفيذ البحث: ${message}`,

    saveSearch: 'احفظ البحث',
    saveSearchShort: 'احفظ',
    saveSearchHint: 'احفظ هذا البحث؛ تُعدّ أخباره الجديدة بعد كل استيراد',
    savedSearchName: 'الاسم',
    save: 'حفظ',
    cancel: 'إلغاء',
    alreadySaved: (name) => `محفوظ باسم «${name}»`,
    saveFailed: (message) => `لم يُحفظ: ${message}`,

    selectedCount: (count) => `المحدد: ${plural(f, count, ar.story)}`,
    allSelected: (count) => plural(f, count, { one: 'حُدّدت النتيجة الوحيدة', two: 'حُدّدت النتيجتان', other: 'حُدّدت كل النتائج ({n})' }),
    selectAll: (count) => plural(f, count, { one: 'حدّد النتيجة الوحيدة', two: 'حدّد النتيجتين', other: 'حدّد الكل ({n})' }),
    clearSelection: 'إلغاء التحديد',
    tagSelection: 'وسم…',
    untagSelection: 'إزالة وسم…',
    tagAll: (count) => plural(f, count, { one: 'وسم النتيجة الوحيدة…', two: 'وسم النتيجتين…', other: 'وسم كل النتائج ({n})…' }),
    bulkActionsLabel: 'إجراءات على الأخبار المحددة',
    tagPickerLabel: 'الوسم المراد إضافته',
    untagPickerLabel: 'الوسم المراد إزالته',
    noTagsOnSelection: 'لا وسوم على هذه الأخبار.',
    tagged: (count, tag) =>
      `${plural(f, count, { zero: 'لم يُوسم أي خبر', one: 'وُسم خبر واحد', two: 'وُسم خبران', few: 'وُسمت {n} أخبار', many: 'وُسم {n} خبرًا', other: 'وُسم {n} خبر' })} بـ«${tag}»`,
    untagged: (count, tag) =>
      `أُزيل «${tag}» من ${plural(f, count, { zero: 'لا شيء', one: 'خبر واحد', two: 'خبرين', few: '{n} أخبار', many: '{n} خبرًا', other: '{n} خبر' })}`,
    nothingChanged: (message) => `لم يتغير شيء: ${message}`,
    allHadTag: (tag) => `كل هذه الأخبار موسومة بـ«${tag}» من قبل.`,
    noneHadTag: (tag) => `لا خبر من هذه الأخبار موسوم بـ«${tag}».`,

    batchSearchNav: 'بحث جماعي',
    savedSearchesHeading: 'عمليات البحث المحفوظة',
    noSavedSearches: 'لا شيء بعد: ابحث ثم اضغط ⭐ احفظ البحث.',
    newCount: (count) =>
      plural(f, count, { one: 'خبر جديد', two: 'خبران جديدان', few: '{n} أخبار جديدة', many: '{n} خبرًا جديدًا', other: '{n} خبر جديد' }),
    savedSearchActions: (name) => `إعادة تسمية «${name}» أو التنبيه إليه أو حذفه`,
    rename: 'إعادة التسمية',
    renameLabel: 'الاسم الجديد',
    deleteSavedSearch: 'حذف',
    confirmDeleteSavedSearch: (name) => `أتحذف البحث المحفوظ «${name}»؟`,
    tagsHeading: 'الوسوم',
    noTags: 'لا وسوم بعد: حدّد أخبارًا واضغط T.',
    expandTag: (name) => `الوسوم الفرعية لـ${name}`,
    tagStoryCount: (name, count) => `${name}، ${plural(f, count, ar.story)}`,

    batchHeading: 'بحث جماعي',
    batchHint: 'قائمة متابعة: بحث في كل سطر، تُنفّذ دفعة واحدة. صدّر النتائج ملف CSV لجداول البيانات.',
    batchQueriesLabel: 'عمليات البحث، واحدة في كل سطر',
    batchPerQuery: 'النتائج لكل بحث',
    batchRun: 'تنفيذ',
    batchRunning: 'جارٍ التنفيذ…',
    batchExport: 'تصدير CSV',
    batchNoQueries: 'اكتب بحثًا واحدًا على الأقل، واحدًا في كل سطر.',
    batchLineFailed: (message) => `تعذّر البحث بهذا السطر: ${message}`,
    batchShowAll: 'افتح في البحث',
    batchSummary: (queries, withResults) => `${plural(f, queries, ar.query)}، ${f.number(withResults)} منها بنتائج`
  })
}
