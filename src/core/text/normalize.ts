import { forEachTerm } from './tokenize'

/**
 * Normalises one word: normalizeTerm('كُتُب') === 'كتب'. Should `word` hold several tokens
 * (COVID-19), their terms are concatenated so that the result is still a single term.
 */
export function normalizeTerm(word: string): string {
  let term = ''
  forEachTerm(word, (part) => (term += part))
  return term
}

/** Tokenises and normalises `text`, terms joined by single spaces (the `marsad normalize` command). */
export function normalizeText(text: string): string {
  const terms: string[] = []
  forEachTerm(text, (term) => terms.push(term))
  return terms.join(' ')
}
