/** The language of a story, judged by its letters: cheap, and right for the languages analysts' dumps hold. */

const SAMPLE_CHARS = 2000
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|with|was|on|said)\b/gi
const FRENCH_WORDS = /\b(?:le|la|les|des|et|est|dans|une|du|pour|que|qui|sur|au)\b/gi

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

/** 'ar', 'fa', 'en' or 'fr'; null when the text has too few letters to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text
  let arabicScript = 0
  let persianOnly = 0
  let latin = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) {
      arabicScript++
      // پ چ ژ گ: letters Persian has and Arabic lacks.
      if (code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06af) persianOnly++
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x17f)) latin++
  }
  if (arabicScript + latin < 20) return null
  if (arabicScript >= latin) {
    // A few respelled words in an Arabic text do not make it Persian.
    return persianOnly > arabicScript * 0.01 ? 'fa' : 'ar'
  }
  const english = count(sample, ENGLISH_WORDS)
  const french = count(sample, FRENCH_WORDS)
  if (english === 0 && french === 0) return null
  return french > english ? 'fr' : 'en'
}
