/**
 * A category as a site's code names it (`internationalNews`, `world_news`, `local-politics`): Latin letters run
 * together with capitals, `_` or `-` inside, no space. A dump writes such codes where a page would show a section's
 * name; an Arabic sentence cannot quote them as if they were words.
 */
const CODE = /^[A-Za-z][A-Za-z0-9]*(?:(?:[_-]|(?<=[a-z0-9])(?=[A-Z]))[A-Za-z0-9]+)+$/

export function isCategoryCode(category: string): boolean {
  return CODE.test(category)
}

/** The code's words, for the English interface: `internationalNews` → "international news". */
export function categoryCodeWords(code: string): string {
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
}

/** The category for a metadata line in the interface language: a code in words in English, left out in Arabic. */
export function categoryForMeta(category: string, language: 'ar' | 'en'): string | null {
  if (!isCategoryCode(category)) return category
  return language === 'en' ? categoryCodeWords(category) : null
}
