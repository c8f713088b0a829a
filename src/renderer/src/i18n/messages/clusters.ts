import { arabicPlural, type MessageBundle } from './types'

export interface ClusterMessages {
  copiesHeading(outlets: number): string
  copiesIntro: string
  firstReported: string
  showDifferences: string
  hideDifferences: string
  differencesLegend: string
  addedByOutlet: string
  cutByOutlet: string
  noDifferences: string
  openCopy: string
  splitFromCluster: string
  splitConfirm: string
  splitDone: string
  carriedBy(outlets: number): string
  showCopies(count: number): string
  hideCopies: string
  collapseCopies: string
  collapseCopiesHint: string
  resultsAndClusters(results: number, clusters: number): string
}

export const clusterMessages: MessageBundle<ClusterMessages> = {
  en: (f) => ({
    copiesHeading: (outlets) => `Also carried by ${f.number(outlets)} ${outlets === 1 ? 'outlet' : 'outlets'}`,
    copiesIntro: 'Copies of this story published by other outlets, compared with the first report.',
    firstReported: 'first reported',
    showDifferences: 'Show differences',
    hideDifferences: 'Hide differences',
    differencesLegend: 'Marked: what this outlet added; struck through: what it cut.',
    addedByOutlet: 'added',
    cutByOutlet: 'cut',
    noDifferences: 'Word for word the same as the first report.',
    openCopy: 'Open',
    splitFromCluster: 'Not a copy: split it out',
    splitConfirm: 'Take this story out of its group of copies? Marsad will keep it apart, also when it is imported again.',
    splitDone: 'The story now stands alone.',
    carriedBy: (outlets) => `carried by ${f.number(outlets)} ${outlets === 1 ? 'outlet' : 'outlets'}`,
    showCopies: (count) => `Show ${f.number(count)} ${count === 1 ? 'copy' : 'copies'}`,
    hideCopies: 'Hide copies',
    collapseCopies: 'Group copies',
    collapseCopiesHint: 'Show a story carried by several outlets once (off: every copy)',
    resultsAndClusters: (results, clusters) => `${f.number(results)} ${results === 1 ? 'result' : 'results'} in ${f.number(clusters)} ${clusters === 1 ? 'group' : 'groups'}`
  }),
  ar: (f) => ({
    copiesHeading: (outlets) =>
      `نشرته أيضًا ${arabicPlural(f, outlets, { zero: 'لا وسائل', one: 'وسيلة واحدة', two: 'وسيلتان', few: '{n} وسائل', many: '{n} وسيلة', other: '{n} وسيلة' })}`,
    copiesIntro: 'نسخ من هذا الخبر نشرتها وسائل أخرى، مقارنة بأول من نشره.',
    firstReported: 'أول من نشر',
    showDifferences: 'أظهر الفروق',
    hideDifferences: 'أخفِ الفروق',
    differencesLegend: 'المظلَّل: ما أضافته هذه الوسيلة؛ المشطوب: ما حذفته.',
    addedByOutlet: 'مضاف',
    cutByOutlet: 'محذوف',
    noDifferences: 'مطابق لأول نشر كلمة بكلمة.',
    openCopy: 'افتح',
    splitFromCluster: 'ليس نسخة: افصله',
    splitConfirm: 'إخراج هذا الخبر من مجموعة النسخ؟ سيبقيه مرصد منفصلًا، حتى إن استُورد مجددًا.',
    splitDone: 'صار الخبر منفصلًا.',
    carriedBy: (outlets) => `نشرته ${arabicPlural(f, outlets, { zero: 'لا وسائل', one: 'وسيلة واحدة', two: 'وسيلتان', few: '{n} وسائل', many: '{n} وسيلة', other: '{n} وسيلة' })}`,
    showCopies: (count) => `أظهر ${arabicPlural(f, count, { zero: 'لا نسخ', one: 'نسخة واحدة', two: 'نسختين', few: '{n} نسخ', many: '{n} نسخة', other: '{n} نسخة' })}`,
    hideCopies: 'أخفِ النسخ',
    collapseCopies: 'جمّع النسخ',
    collapseCopiesHint: 'اعرض الخبر الذي نشرته عدة وسائل مرة واحدة (عند الإيقاف: كل نسخة)',
    resultsAndClusters: (results, clusters) =>
      `${arabicPlural(f, results, { zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: '{n} نتائج', many: '{n} نتيجة', other: '{n} نتيجة' })} في ${arabicPlural(f, clusters, { zero: 'لا مجموعات', one: 'مجموعة واحدة', two: 'مجموعتين', few: '{n} مجموعات', many: '{n} مجموعة', other: '{n} مجموعة' })}`
  })
}
