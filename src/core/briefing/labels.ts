import type { BriefingLabels, BriefingLanguage } from '../../shared/contract/briefings'
import type { LinkKind } from '../../shared/contract/organise'

/** What core writes into a briefing on the analyst's behalf, in the briefing's language. */
interface BriefingWords {
  labels: BriefingLabels
  /** A link's kind as read from its `from` story (out) or its `to` story (in). */
  linkKinds: Record<'out' | 'in', Record<LinkKind, string>>
  /** The heading of the section made for items added to a briefing that has none. */
  defaultSection: string
  /** Added to a duplicate's title. */
  copyOf(title: string): string
  /** Locale for dates (Latin digits in Arabic, as the interface shows them). */
  locale: string
}

const words: Record<BriefingLanguage, BriefingWords> = {
  ar: {
    labels: {
      contents: 'المحتويات',
      introduction: 'مقدمة',
      comment: 'تعليق المحلل',
      excerpt: 'مقتطف',
      source: 'المصدر',
      date: 'التاريخ',
      tags: 'الوسوم',
      seeAlso: 'انظر أيضًا',
      alsoCarriedBy: 'نشرته أيضًا',
      untitledStory: 'خبر بلا عنوان',
      chartQuery: 'البحث',
      page: 'صفحة',
      of: 'من',
      listSeparator: '، '
    },
    linkKinds: {
      out: { related: 'ذو صلة', follows: 'يتابع', contradicts: 'يناقض', 'same-event': 'الحدث نفسه', 'source-of': 'مصدر لـ' },
      in: { related: 'ذو صلة', follows: 'تتابعه', contradicts: 'يناقضه', 'same-event': 'الحدث نفسه', 'source-of': 'مصدره' }
    },
    defaultSection: 'الأخبار',
    copyOf: (title) => `${title} (نسخة)`,
    locale: 'ar-u-nu-latn'
  },
  en: {
    labels: {
      contents: 'Contents',
      introduction: 'Introduction',
      comment: 'Analyst’s comment',
      excerpt: 'Excerpt',
      source: 'Source',
      date: 'Date',
      tags: 'Tags',
      seeAlso: 'See also',
      alsoCarriedBy: 'Also carried by',
      untitledStory: 'Untitled story',
      chartQuery: 'Query',
      page: 'Page',
      of: 'of',
      listSeparator: ', '
    },
    linkKinds: {
      out: { related: 'related', follows: 'follows', contradicts: 'contradicts', 'same-event': 'same event', 'source-of': 'source of' },
      in: {
        related: 'related',
        follows: 'followed by',
        contradicts: 'contradicted by',
        'same-event': 'same event',
        'source-of': 'based on'
      }
    },
    defaultSection: 'Stories',
    copyOf: (title) => `${title} (copy)`,
    locale: 'en-GB'
  }
}

export function briefingWords(language: BriefingLanguage): BriefingWords {
  return words[language]
}

/** `2024-08-06` → `6 أغسطس 2024` / `6 August 2024`; null stays null. */
export function formatDay(day: string | null, language: BriefingLanguage): string | null {
  if (!day) return null
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(words[language].locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}
