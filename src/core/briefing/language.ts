import type { BriefingLanguage } from '../../shared/contract/briefings'

/** Letters of the Arabic script (Arabic, Persian, Urdu forms and presentation forms). */
function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  )
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)
}

function letterCounts(texts: readonly (string | null)[]): { arabic: number; latin: number } {
  let arabic = 0
  let latin = 0
  for (const text of texts) {
    if (!text) continue
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (isArabicLetter(code)) arabic++
      else if (isLatinLetter(code)) latin++
    }
  }
  return { arabic, latin }
}

/**
 * The language a briefing is written in, judged by its letters: the analyst's own words (title, introduction,
 * headings, comments) decide, since an English briefing may quote Arabic stories; the stories' titles decide only
 * when the analyst has written nothing yet. Arabic when in doubt: Marsad is for Arabic news.
 */
export function judgeBriefingLanguage(analystText: readonly (string | null)[], storyTitles: readonly (string | null)[]): BriefingLanguage {
  const own = letterCounts(analystText)
  const counts = own.arabic + own.latin > 0 ? own : letterCounts(storyTitles)
  return counts.latin > counts.arabic ? 'en' : 'ar'
}
