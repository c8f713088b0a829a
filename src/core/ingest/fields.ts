/** The metadata fields a dump may carry, and the names (Arabic or English, any case) they go by. */

export type StoryField = 'title' | 'body' | 'date' | 'updated' | 'source' | 'url' | 'keywords' | 'author' | 'category'

/** Names per field, most specific first: when a record has two body-like fields, the earlier name wins. */
const FIELD_NAMES: Record<StoryField, readonly string[]> = {
  title: ['title', 'headline', 'heading', 'titre', 'العنوان', 'عنوان', 'عنوان الخبر'],
  // Monitoring exports: Meltwater's 'Opening Text', Brandwatch's 'Full Text' beside its 'Snippet'.
  body: [
    'body',
    'text',
    'content',
    'article',
    'article body',
    'full text',
    'story',
    'opening text',
    'contenu',
    'النص',
    'نص',
    'نص الخبر',
    'المحتوى',
    'المتن',
    'الخبر',
    'description',
    'snippet'
  ],
  date: [
    'date',
    'published',
    'published at',
    'pubdate',
    'pub date',
    'date published',
    'published date',
    'publish date',
    'publication date',
    'datetime',
    'time',
    'التاريخ',
    'تاريخ',
    'تاريخ النشر',
    'نشر في'
  ],
  updated: ['updated', 'updated at', 'last updated', 'modified', 'date modified', 'آخر تحديث', 'تاريخ التحديث'],
  // Brandwatch names only the site's 'Domain': the outlet as a last resort.
  source: [
    'source',
    'outlet',
    'site',
    'site name',
    'publisher',
    'source name',
    'newspaper',
    'publication',
    'media outlet',
    'المصدر',
    'الموقع',
    'الجهة',
    'مصدر الخبر',
    'الصحيفة',
    'domain'
  ],
  url: ['url', 'link', 'permalink', 'href', 'الرابط', 'رابط'],
  keywords: ['keywords', 'tags', 'الكلمات', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'كلمات دلالية', 'الكلمات الدلالية', 'وسوم', 'الوسوم'],
  author: ['author', 'authors', 'byline', 'by', 'writer', 'الكاتب', 'المحرر', 'بقلم', 'influencer'],
  category: ['category', 'categories', 'section', 'rubrique', 'القسم', 'التصنيف', 'الباب']
}

/**
 * Folds a field name so that 'published_at', 'publishedAt' and 'Published At' meet, and so do
 * 'الكلمات المفتاحية' and 'الكلمات  المفتاحيّة'.
 */
export function foldFieldName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\s_\-.]+/g, '')
}

const FIELD_BY_NAME = new Map<string, StoryField>()
const RANK_BY_NAME = new Map<string, number>()
for (const [field, names] of Object.entries(FIELD_NAMES) as Array<[StoryField, readonly string[]]>) {
  names.forEach((name, rank) => {
    FIELD_BY_NAME.set(foldFieldName(name), field)
    RANK_BY_NAME.set(foldFieldName(name), rank)
  })
}

/** Records repeat the same few names; folding each once keeps big JSON and CSV files fast. */
const FIELD_CACHE = new Map<string, StoryField | null>()
const FIELD_CACHE_LIMIT = 2000

export function fieldForName(name: string): StoryField | null {
  let field = FIELD_CACHE.get(name)
  if (field === undefined) {
    field = FIELD_BY_NAME.get(foldFieldName(name)) ?? null
    if (FIELD_CACHE.size < FIELD_CACHE_LIMIT) FIELD_CACHE.set(name, field)
  }
  return field
}

/** Lower is more specific: 'body' ranks before 'description'. */
export function nameRank(name: string): number {
  return RANK_BY_NAME.get(foldFieldName(name)) ?? Number.MAX_SAFE_INTEGER
}

const KEYWORD_SEPARATORS = /[،,;؛|]|\s+[-–]\s+/

/**
 * Keywords from a delimited string: split on '،' ',' ';' '|' and a spaced ' - '. A line with spaces
 * only is one keyword (which words belong together cannot be told).
 */
export function splitKeywords(text: string): string[] {
  return text
    .split(KEYWORD_SEPARATORS)
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword.length > 0)
}
