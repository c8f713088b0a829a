import { CLITIC_STACKS, MIN_LETTERS_LEFT, stemTerm, type CliticStack } from '../text'

/*
 * Which stems of the library are one word with and without clitics: فبجامعة and جامعة, وكوريا and كوريا, but not
 * كمال and مال, وطن and طن, فرنسا and رنسا. The analyser peels the article (with the clitics before it) and leaves
 * clitics before a bare word, since whether a ف، و، ب، ل or ك is a clitic depends on which words exist. That is
 * judged here from the library's own words: a stack c peels off a word cw when
 *   - at least MIN_LETTERS_LEFT letters remain, and the library uses the rest w as a word of its own;
 *   - cw is not itself a word: a word takes the article (الكمال، الوطن، الفكر), a clitic form never does, so cw
 *     passes only when its forms with ال are fewer than one in WORD_WITH_ARTICLE_EVERY of its uses;
 *   - cw is not far more common than w (كندا 93 stories, ندا 1): clitic forms are at most MAX_SHARE[c] times as
 *     frequent as the word.
 * Both the query's words and the stories' words are read the same way: a query word gains the stems of its
 * clitic forms in the library and, when it carries clitics itself, the stem of the word under them.
 */

/** A form that takes the article at least once in this many uses is a word of its own (الكمال، الوطن). */
const WORD_WITH_ARTICLE_EVERY = 30
/**
 * How many times as many stories a clitic form may have as its word (all forms of each). Over the sample's
 * 5,000 articles, for the words that take the article and have 10+ stories, 99% of clitic forms stay under
 * 0.44× their word for و, 1.1× for ب, 0.45× for ل, 0.5× for ك, 1.8× for ف (90% under 0.16× for all); verbs
 * run higher after و (وقال is 1.85× قال). The limits sit above that, except for ك and the stacks with it, kept at
 * ⅕ (over its 90th percentile, 0.08) because ك owns the commonest look-alikes (كمال، كندا، كبير).
 */
const MAX_SHARE: Record<CliticStack, number> = {
  وب: 1,
  ول: 1,
  وك: 0.2,
  وس: 1,
  فب: 1,
  فل: 1,
  فك: 0.2,
  فس: 1,
  و: 4,
  ف: 2,
  ب: 2,
  ل: 2,
  ك: 0.2
}
/** A clitic form used by this few stories may be one whatever the share (a small library proves little). */
const FEW_USES = 2
/**
 * Stacks read as clitics even before a word the library never has bare, when the analyst typed that word (the
 * query is the evidence that it is one): و (ويقول for يقول) and ل (لتحلية for تحلية: a small library may hold a word
 * only after a clitic). ف, ك and ب stay out: they own look-alikes (فرنسا، كندا، بيروت) whose rest is no word.
 */
const READ_BEFORE_UNSEEN_WORDS: readonly CliticStack[] = ['و', 'ل', 'ول']
const ARTICLE = 'ال'
const ARABIC_LETTER = /^[\u0620-\u064a]/u

/** The library's words (normalised terms) starting with `prefix`, each with the number of stories that use it. */
export type WordsStartingWith = (prefix: string) => Iterable<readonly [term: string, stories: number]>

interface FormCounts {
  /** Stems under which the story index holds these forms. */
  stems: Set<string>
  stories: number
  /** Stories using them with the article before them (ال + the form). */
  withArticle: number
}

/**
 * Library terms `before` + x (x not empty) whose x has the stem `stem`, counted. The analyser measures endings
 * over the whole term, so a clitic form may be indexed under a shorter stem than `before` + `stem` (وروسيا under
 * وروس, ولبنان under ولبن); such a stem is kept only when no other word is indexed under it (ولبن is also و + لبن,
 * milk, and neither word may bring the other's stories).
 */
function countForms(words: WordsStartingWith, before: string, stem: string): FormCounts {
  const counts: FormCounts = { stems: new Set(), stories: 0, withArticle: 0 }
  // لل + x is ل + ال + x, which the analyser already reads as the article
  const isForm = (term: string) => stemTerm(term.slice(before.length)) === stem && stemTerm(term).startsWith(before)
  for (const [term, stories] of words(before + stem)) {
    if (!isForm(term)) continue
    counts.stems.add(stemTerm(term))
    counts.stories += stories
  }
  for (const indexStem of counts.stems) {
    if (indexStem.length >= before.length + stem.length) continue
    for (const [term] of words(indexStem)) {
      if (stemTerm(term) === indexStem && !isForm(term)) counts.stems.delete(indexStem)
    }
  }
  for (const [term, stories] of words(ARTICLE + before + stem)) {
    if (stemTerm(term.slice(ARTICLE.length + before.length)) === stem) counts.withArticle += stories
  }
  return counts
}

/**
 * `form` reads as clitics before the word used `wordUses` times (article forms included), not as a word of its own.
 * A word the library never has bare gives no share to compare with: only the article tells then.
 */
function isCliticForm(stack: CliticStack, wordUses: number, form: FormCounts): boolean {
  const formUses = form.stories + form.withArticle
  return (
    (form.withArticle === 0 || form.withArticle * WORD_WITH_ARTICLE_EVERY < formUses) &&
    (wordUses === 0 || form.stories <= MAX_SHARE[stack] * wordUses + FEW_USES)
  )
}

const uses = (counts: FormCounts): number => counts.stories + counts.withArticle

/** How a query word may be written in the stories: as terms (exact forms) and as index stems. */
export interface WordVariants {
  /** The term, then the word under the query's clitics as typed (فبجامعة → جامعة): exact forms rank highest. */
  terms: string[]
  /** The stem, then the stems of the word under the clitics, then the stems of their clitic forms. */
  stems: string[]
  /**
   * The stems of `stems` (the stem, or the word's under the query's clitics) whose clitic forms in the library are
   * all read as clitic forms: the index's stems under clitics then find every one of them, in one phrase.
   */
  wholeStems: string[]
  /** The stems of `stems` that stand only for clitic forms of `wholeStems` (the phrase above finds their stories). */
  formStemsOfWholeStems: string[]
}

/** A word matched as it is, with no clitic forms (no library to judge them by, or not an Arabic word). */
export const withoutClitics = (term: string, stem: string): WordVariants => ({
  terms: [term],
  stems: [stem],
  wholeStems: [],
  formStemsOfWholeStems: []
})

/**
 * The forms under which the library holds the word `term` (stem `stem`) with and without clitics: stories may write
 * it with clitics and no article (الإجراءات, وإجراءات). Terms that are not Arabic give just themselves.
 */
export function cliticVariants(words: WordsStartingWith, term: string, stem: string): WordVariants {
  const terms = new Set([term])
  const bases = new Set([stem])
  if (!ARABIC_LETTER.test(term)) return withoutClitics(term, stem)
  // Both loops below ask about the same words; each is counted once.
  const counted = new Map<string, FormCounts>()
  const count = (before: string, base: string): FormCounts => {
    const key = `${before} ${base}`
    let counts = counted.get(key)
    if (counts === undefined) counted.set(key, (counts = countForms(words, before, base)))
    return counts
  }
  // Terms with the article are read this way too: للاجئين is ل + اللاجئين with one lam written, not لل + اجئين.
  for (const stack of CLITIC_STACKS) {
    if (!term.startsWith(stack) || term.length - stack.length < MIN_LETTERS_LEFT) continue
    const rest = term.slice(stack.length)
    const base = stemTerm(rest)
    if (bases.has(base) || base.length < MIN_LETTERS_LEFT) continue
    // The word under the clitics must be one the library uses.
    const wordUses = uses(count('', base))
    if (wordUses > 0 && isCliticForm(stack, wordUses, count(stack, base))) {
      bases.add(base)
      terms.add(rest)
    }
  }
  const stems = new Set<string>()
  const wholeStems: string[] = []
  const formStemsOfWhole = new Set<string>()
  const formStemsOfOthers = new Set<string>()
  for (const base of bases) {
    stems.add(base)
    if (base.length < MIN_LETTERS_LEFT) continue
    const wordUses = uses(count('', base))
    let whole = true
    const formStems: string[] = []
    for (const stack of CLITIC_STACKS) {
      // رنسا is no word, so فرنسا is not ف + رنسا
      const readable = wordUses > 0 || READ_BEFORE_UNSEEN_WORDS.includes(stack)
      const form = count(stack, base)
      const clitic = readable && isCliticForm(stack, wordUses, form)
      if (form.stories > 0 && !clitic) whole = false
      if (clitic) formStems.push(...form.stems)
    }
    for (const formStem of formStems) stems.add(formStem)
    if (whole) wholeStems.push(base)
    for (const formStem of formStems) (whole ? formStemsOfWhole : formStemsOfOthers).add(formStem)
  }
  const formStemsOfWholeStems = [...formStemsOfWhole].filter((formStem) => !formStemsOfOthers.has(formStem) && !bases.has(formStem))
  return { terms: [...terms], stems: [...stems], wholeStems, formStemsOfWholeStems }
}

/** How the article and the clitics before it are written at the start of a term (the analyser peels them). */
const ARTICLE_STACKS = ['', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال', 'فكال']

/** True when the library has neither `term` nor any term indexed under one of `stems`. */
export function matchesNothing(words: WordsStartingWith, term: string, stems: readonly string[]): boolean {
  for (const [written] of words(term)) if (written === term) return false
  for (const stem of stems) {
    for (const article of ARTICLE_STACKS) {
      for (const [written] of words(article + stem)) if (stemTerm(written) === stem) return false
    }
  }
  return true
}
