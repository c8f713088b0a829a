/**
 * How analysts type a word they read: with or without the article, with a conjunction or preposition glued on
 * or taken off, a bare alef for a hamza, ه for ة, harakat, Persian letters from a Persian keyboard. Each function
 * returns null when it does not apply to the word.
 */
type Respelling = (word: string, random: () => number, words: KnownWords) => string | null

/** What the corpus says about a word, for respellings that must not turn one word into another. */
export interface KnownWords {
  /** True when the corpus writes the (normalised) word with the article, so that it is a word of its own. */
  takesArticle(word: string): boolean
}

/** Clitics an analyst may leave on a word pasted from a story, or add (فبجامعة، وكروسيا، فالحكومة). */
const BARE_WORD_CLITICS = ['ف', 'ك', 'وب', 'فب', 'ول', 'فل', 'وك', 'فك', 'وبال'] as const
const CLITICS_BEFORE_ARTICLE = ['ف', 'و', 'فب', 'وب', 'فل', 'ول', 'وك'] as const
const CLITIC_STACK = /^(?:[وف][بلك]|[وفبلك])/

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
  // Both directions: clitics the story has are left off the query, or the query carries clitics the story lacks.
  clitics: (word, random, words) => {
    const stack = CLITIC_STACK.exec(word)?.[0]
    if (stack !== undefined) {
      const rest = word.slice(stack.length)
      return rest.length >= 3 && words.takesArticle(rest) ? rest : null
    }
    if (word.startsWith('ال')) {
      const clitic = CLITICS_BEFORE_ARTICLE[Math.floor(random() * CLITICS_BEFORE_ARTICLE.length)]!
      return clitic.endsWith('ل') ? `${clitic}${word.slice(1)}` : `${clitic}${word}` // ل + ال is written لل
    }
    const clitic = BARE_WORD_CLITICS[Math.floor(random() * BARE_WORD_CLITICS.length)]!
    return clitic === 'وبال' ? `وبال${word}` : `${clitic}${word}`
  },
  'bare alef': (word) => (/[أإآ]/.test(word) ? word.replace(/[أإآ]/g, 'ا') : null),
  'ه for ة': (word) => (word.endsWith('ة') ? `${word.slice(0, -1)}ه` : null),
  harakat: (word, random) =>
    Array.from(word, (letter, index) => (index > 0 && random() < 0.4 ? HARAKAT[Math.floor(random() * HARAKAT.length)] : '') + letter).join(
      ''
    ),
  'Persian letters': (word) => (/[يكى]/.test(word) ? word.replace(/ي/g, 'ی').replace(/ى/g, 'ی').replace(/ك/g, 'ک') : null)
}

/** One respelling drawn among those that apply to an Arabic word; the name says which. */
export function respell(word: string, random: () => number, words: KnownWords): { word: string; how: string } {
  if (!/^[\u0620-\u064a]/u.test(word)) return { word, how: 'unchanged' }
  const applicable = Object.entries(RESPELLINGS).flatMap(([how, change]) => {
    const changed = change(word, random, words)
    return changed !== null && changed !== word ? [{ word: changed, how }] : []
  })
  return applicable[Math.floor(random() * applicable.length)] ?? { word, how: 'unchanged' }
}
