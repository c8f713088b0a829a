import { stemTerm } from './stem'

/**
 * Clitic stacks before a bare word, longest first: و/ف, then ب/ل/ك or the future س (on verbs). Whether a stack is
 * a clitic on a given word is judged by search from the library's words (core/search/cliticForms.ts).
 */
export const CLITIC_STACKS = ['وب', 'ول', 'وك', 'وس', 'فب', 'فل', 'فك', 'فس', 'و', 'ف', 'ب', 'ل', 'ك'] as const
export type CliticStack = (typeof CLITIC_STACKS)[number]

/** Letters that must remain under the clitics: طن، عد، كر، لد، بن are too short to tell from a root. */
export const MIN_LETTERS_LEFT = 3

/**
 * Each stem the term would have if a stack of clitics came off it: وبجامعة → جامع (under وب) and بجامع (under و).
 * Only where the analyser left the stack on the stem (`stem`, the term's own: the article, with the clitics before
 * it, is already peeled, so والجامعة gives nothing), and at least MIN_LETTERS_LEFT letters remain. The index keeps
 * them in columns of their own, so that search can match a word's clitic forms by one phrase when the library reads
 * them all as clitics.
 */
export function forEachStemUnderClitics(term: string, stem: string, visit: (stem: string) => void): void {
  if (!CLITIC_LETTERS.has(stem[0]!)) return
  for (const stack of CLITIC_STACKS) {
    if (!term.startsWith(stack) || !stem.startsWith(stack) || term.length - stack.length < MIN_LETTERS_LEFT) continue
    const under = stemTerm(term.slice(stack.length))
    if (under.length >= MIN_LETTERS_LEFT) visit(under)
  }
}

/** The letters a clitic stack starts with. */
const CLITIC_LETTERS = new Set(CLITIC_STACKS.map((stack) => stack[0]!))
