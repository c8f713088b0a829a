import { arabicNouns as ar, englishNouns as en } from './nouns'
import { plural, type MessageBundle } from './types'

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
    copiesHeading: (outlets) => `Also carried by ${plural(f, outlets, en.outlet)}`,
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
    carriedBy: (outlets) => `carried by ${plural(f, outlets, en.outlet)}`,
    showCopies: (count) => `Show ${plural(f, count, en.copy)}`,
    hideCopies: 'Hide copies',
    collapseCopies: 'Group copies',
    collapseCopiesHint: 'Show a story carried by several outlets once (off: every copy)',
    // The groups are what the list shows; the copies inside them make up the rest of the results.
    resultsAndClusters: (results, clusters) => `${plural(f, clusters, en.story)} (${plural(f, results, en.result)} with their copies)`
  }),
  ar: (f) => ({
    copiesHeading: (outlets) => `نشرته أيضًا ${plural(f, outlets, ar.outlet)}`,
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
    carriedBy: (outlets) => `نشرته ${plural(f, outlets, ar.outlet)}`,
    showCopies: (count) => `أظهر ${plural(f, count, { ...ar.copy, two: 'نسختين' })}`,
    hideCopies: 'أخفِ النسخ',
    collapseCopies: 'جمّع النسخ',
    collapseCopiesHint: 'اعرض الخبر الذي نشرته عدة وسائل مرة واحدة (عند الإيقاف: كل نسخة)',
    resultsAndClusters: (results, clusters) => `${plural(f, clusters, ar.story)} (${plural(f, results, ar.result)} مع نسخها)`
  })
}
