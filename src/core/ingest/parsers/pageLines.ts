/** Recognising the lines of a scraped page that are not article text: date lines and labelled metadata. */
import { parseDateOnly, parseDumpDate, type DumpDate } from '../dates'
import { foldFieldName } from '../fields'

export interface DateLine {
  /** Null for a label with no date after it ("تاريخ النشر:"). */
  published: DumpDate | null
  publishedText: string | null
  updated: DumpDate | null
  updatedText: string | null
}

/** Longer lines are paragraphs; checking them would cost time on every line of a big file. */
const MAX_DATE_LINE_CHARS = 160
const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/
const DATE_LABEL = /^\s*(تاريخ النشر|نشر في|نشر بتاريخ|بتاريخ|التاريخ|تاريخ|published(?:\s+on)?|posted(?:\s+on)?|date)\s*([:：])?\s*/iu
const UPDATED_LABEL = /(?:آخر تحديث|اخر تحديث|تاريخ التحديث|تم التحديث|last\s+updated|updated(?:\s+on)?)\s*[:：]?\s*/iu

function asDateText(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * A page's date line: `[label] <date> [آخر تحديث: <date>]` (the update glued on or spaced), or null.
 * Without a label the date must stand alone on the line; with a label (and its colon) the text after it
 * is the date as written even when it names no day ("منذ ساعتين").
 */
export function readDateLine(line: string): DateLine | null {
  if (line.length > MAX_DATE_LINE_CHARS) return null
  const label = DATE_LABEL.exec(line)
  const hasColon = !!label?.[2]
  if (!hasColon && !HAS_DIGIT.test(line)) return null
  const rest = label ? line.slice(label[0].length) : line
  const updatedAt = UPDATED_LABEL.exec(rest)
  const publishedText = updatedAt ? rest.slice(0, updatedAt.index) : rest
  const updatedText = updatedAt ? rest.slice(updatedAt.index + updatedAt[0].length) : null
  const published = parseDateOnly(publishedText)
  if (!published && !hasColon) {
    // Unlabelled (or labelled without a colon): only a clean date, or a bare update line, will do.
    if (publishedText.trim() !== '' || !updatedAt) return null
  }
  if (!published && hasColon && publishedText.trim().length > 60) return null
  return {
    published,
    publishedText: asDateText(publishedText),
    updated: updatedText === null ? null : parseDumpDate(updatedText),
    updatedText: updatedText === null ? null : asDateText(updatedText)
  }
}

export type PageLabel = 'source' | 'keywords' | 'author' | 'category' | 'url'

/** Labels a scraped page puts before its metadata (docs/dumps.md), folded as field names are. */
const PAGE_LABELS = new Map<string, PageLabel>(
  [
    ...['المصدر', 'مصدر الخبر', 'source'].map((name) => [name, 'source'] as const),
    ...['كلمات دلالية', 'الكلمات الدلالية', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'وسوم', 'الوسوم', 'tags', 'keywords'].map(
      (name) => [name, 'keywords'] as const
    ),
    ...['الكاتب', 'بقلم', 'author', 'by'].map((name) => [name, 'author'] as const),
    ...['القسم', 'التصنيف', 'category', 'section'].map((name) => [name, 'category'] as const),
    ...['الرابط', 'رابط الخبر', 'url', 'link'].map((name) => [name, 'url'] as const)
  ].map(([name, label]) => [foldFieldName(name), label])
)

const LABELLED = /^\s*([^:：\n]{1,24}?)\s*[:：]\s*(.*)$/u
/** A label's value is a short line; a long one means the colon belongs to a sentence ("المصدر: قال إن …"). */
const MAX_VALUE_CHARS: Record<PageLabel, number> = { source: 80, keywords: 400, author: 80, category: 80, url: 2000 }

export function readPageLabel(line: string): { label: PageLabel; value: string } | null {
  if (line.length > 2100) return null
  const match = LABELLED.exec(line)
  if (!match) return null
  const label = PAGE_LABELS.get(foldFieldName(match[1]!))
  if (!label) return null
  const value = match[2]!.trim()
  if (value.length > MAX_VALUE_CHARS[label] || (value === '' && label !== 'keywords')) return null
  return { label, value }
}
