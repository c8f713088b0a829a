/**
 * How analysts type a word they read: with or without the article, with a conjunction or preposition glued on,
 * a bare alef for a hamza, ه for ة, harakat, Persian letters from a Persian keyboard. Each function returns null
 * when it does not apply to the word.
 */
type Respelling = (word: string, random: () => number) => string | null

const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652']

export const RESPELLINGS: Record<string, Respelling> = {
  'drop ال': (word) => (word.startsWith('ال') && word.length > 4 ? word.slice(2) : null),
  // Added to a word without clitics: nobody types الالكرملين, اللكورسك or ووالأمن.
  'add ال': (word) => (/^([وفبك]?ال|[وفبلك])/.test(word) ? null : `ال${word}`),
  // ل before the article takes its alef's place: للحكومة, not لالحكومة.
  'add و/ب/ل': (word, random) => {
    if (/^[وفبل]/.test(word)) return null
    const clitic = 'وبل'[Math.floor(random() * 3)]!
    return clitic === 'ل' && word.startsWith('ال') ? `ل${word.slice(1)}` : `${clitic}${word}`
  },
  'bare alef': (word) => (/[أإآ]/.test(word) ? word.replace(/[أإآ]/g, 'ا') : null),
  'ه for ة': (word) => (word.endsWith('ة') ? `${word.slice(0, -1)}ه` : null),
  harakat: (word, random) =>
    Array.from(word, (letter, index) => (index > 0 && random() < 0.4 ? HARAKAT[Math.floor(random() * HARAKAT.length)] : '') + letter).join(''),
  'Persian letters': (word) => (/[يكى]/.test(word) ? word.replace(/ي/g, 'ی').replace(/ى/g, 'ی').replace(/ك/g, 'ک') : null)
}

/** One respelling drawn among those that apply to an Arabic word; the name says which. */
export function respell(word: string, random: () => number): { word: string; how: string } {
  if (!/^[\u0620-\u064a]/u.test(word)) return { word, how: 'unchanged' }
  const applicable = Object.entries(RESPELLINGS).flatMap(([how, change]) => {
    const changed = change(word, random)
    return changed !== null && changed !== word ? [{ word: changed, how }] : []
  })
  return applicable[Math.floor(random() * applicable.length)] ?? { word, how: 'unchanged' }
}
