import { stemTerm } from './stem'
import { forEachTerm } from './tokenize'

/** A word of the original text with its search forms. */
export interface Token {
  /** The word as written: text === original.slice(start, end), marks and tatweel included. */
  text: string
  /** UTF-16 index of the word's first code unit in the original text. */
  start: number
  /** UTF-16 index just after the word (exclusive). */
  end: number
  /** Normalised form, for exact matches. */
  term: string
  /** Light stem of `term`, for matches across clitics and endings. */
  stem: string
}

/** Receives each token's term, stem and range without allocating a Token. */
export type TokenVisitor = (term: string, stem: string, start: number, end: number) => void

/** Allocation-light visitor used on the import hot path; same tokens as analyze(). */
export function forEachToken(text: string, visit: TokenVisitor): void {
  forEachTerm(text, (term, start, end) => visit(term, stemTerm(term), start, end))
}

/** Tokenises `text` with offsets (UTF-16 indices, end exclusive) into normalised terms and stems. */
export function analyze(text: string): Token[] {
  const tokens: Token[] = []
  forEachToken(text, (term, stem, start, end) => {
    tokens.push({ text: text.slice(start, end), start, end, term, stem })
  })
  return tokens
}
