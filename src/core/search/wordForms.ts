import { cliticVariants, matchesNothing, type WordsStartingWith, type WordVariants } from './cliticForms'

/** Words remembered at most; past that the memory starts afresh (a session's words are far fewer). */
const MAX_WORDS = 5_000

/**
 * The forms of plain query words in one library (cliticForms.ts), each judged once and remembered until `forget`
 * (the library's words changed). Judging a word reads the library's words by about 40 prefixes.
 */
export class WordForms {
  private readonly variants = new Map<string, WordVariants>()
  private readonly unmatched = new Map<string, boolean>()

  constructor(private readonly words: WordsStartingWith) {}

  /** The terms and stems the library holds the word `term` (stem `stem`) under, with and without clitics. */
  cliticVariants(term: string, stem: string): WordVariants {
    return remembered(this.variants, `${term} ${stem}`, () => cliticVariants(this.words, term, stem))
  }

  /** True when the library has neither `term` nor any term indexed under one of `stems`. */
  matchesNothing(term: string, stems: readonly string[]): boolean {
    return remembered(this.unmatched, `${term} ${stems.join(' ')}`, () => matchesNothing(this.words, term, stems))
  }

  forget(): void {
    this.variants.clear()
    this.unmatched.clear()
  }
}

function remembered<T>(memory: Map<string, T>, key: string, judge: () => T): T {
  let value = memory.get(key)
  if (value === undefined) {
    if (memory.size >= MAX_WORDS) memory.clear()
    memory.set(key, (value = judge()))
  }
  return value
}
