import { CHAR_TABLE, CharKind, KIND_SHIFT } from './charTable'
import { PREFIX_LOOKALIKE_WORDS } from './stemExceptions'
import { normalizeTerm } from './normalize'

/*
 * Light stemming of Arabic terms, in the spirit of Larkey's light10 (what Lucene ships) with the
 * errors it is known for repaired. A term is seen as
 *   [conjunction و/ف] [preposition ب/ك/ل] [article ال] stem [plural/feminine ending] [pronoun]
 * The article is peeled with the clitics before it; clitics before a bare word are left to search, which
 * knows the library's words (see prefixEnd). Endings are peeled only when what remains is long enough to
 * still be a word. Latin and numeric terms are returned unchanged.
 */

const ALEF = 0x0627
const TEH = 0x062a
const FEH = 0x0641
const KAF = 0x0643
const LAM = 0x0644
const WAW = 0x0648
const BEH = 0x0628

interface SuffixRule {
  /** Code units of the ending, in writing order. */
  readonly ending: readonly number[]
  /** How many of its last code units go (all of them unless said otherwise). */
  readonly removes: number
  /** Letters that must remain in the stem after removing it. */
  readonly minStem: number
  /** A pronoun or dual ending, before which a ة is written ت (سيارتها, الدولتين → سيارة, دولة). */
  readonly tehMarbutaBefore: boolean
}

const rule = (ending: string, minStem: number, tehMarbutaBefore = false, removes = ending.length): SuffixRule => ({
  ending: Array.from(ending, (char) => char.charCodeAt(0)),
  removes,
  minStem,
  tehMarbutaBefore
})

/**
 * Endings in normalised spelling (ة is already ه), longest first: the first ending that matches
 * decides, so هنا is not read as هن + ا once نا is refused. Minimum stems are longer than light10's
 * 2 where the ending is also a common word ending: ان/ون/ين need 4 letters so that ايران، لبنان،
 * قانون، مليون، الصين، خمسين keep their last letters; ي and يا need 4 so that ولاية/الولايات and
 * العليا do not become the particles ولا and على; هم/كم/نا need 4 to spare تفاهم، محاكم، هنا.
 */
const SUFFIX_RULES: readonly SuffixRule[] = [
  rule('هما', 3, true),
  rule('ها', 3, true),
  rule('هم', 4, true),
  rule('كم', 4, true),
  rule('نا', 4, true),
  rule('ه', 3, true),
  rule('ات', 3),
  rule('ون', 4),
  rule('ين', 4, true),
  rule('ان', 4, true),
  rule('وا', 3),
  // Country names share their stem with their adjectives: سوريا/السورية، روسيا/الروسي.
  rule('يا', 4, false, 1),
  // The alef of the accusative (عاما، وزيرا، رسميا) and of names in -ا (امريكا/امريكي، فرنسا/الفرنسية).
  rule('ا', 3),
  rule('ي', 4)
]

/** Enough rounds for the longest stack seen in news: مسؤولياتهم → هم, ات, ي. */
const MAX_SUFFIX_ROUNDS = 4

/** Letters that must be left after peeling the article (with the clitics before it). */
const MIN_AFTER_ARTICLE = 2

/** The rules by the last letter of their ending, so that a term is only compared with rules that can match. */
const RULES_BY_LAST_LETTER = new Map<number, SuffixRule[]>()
for (const suffix of SUFFIX_RULES) {
  const last = suffix.ending[suffix.ending.length - 1]
  RULES_BY_LAST_LETTER.set(last, [...(RULES_BY_LAST_LETTER.get(last) ?? []), suffix])
}

function endsWith(term: string, end: number, ending: readonly number[]): boolean {
  const first = end - ending.length
  if (first < 0) return false
  for (let k = 0; k < ending.length; k++) {
    if (term.charCodeAt(first + k) !== ending[k]) return false
  }
  return true
}

/** The first (longest) suffix rule whose ending term.slice(0, end) has, if any. */
function longestEnding(term: string, end: number): SuffixRule | undefined {
  const rules = RULES_BY_LAST_LETTER.get(term.charCodeAt(end - 1))
  if (rules === undefined) return undefined
  for (const suffix of rules) if (endsWith(term, end, suffix.ending)) return suffix
  return undefined
}

/**
 * Before a pronoun or a dual ending, a final ت is the ة of the noun it was attached to (حياتها → حياة,
 * الكوريتين → كورية); a final ات is left to the plural rule unless that rule would leave too short a stem.
 */
function dropTehMarbuta(term: string, from: number, end: number): number {
  if (term.charCodeAt(end - 1) !== TEH) return end
  const pluralStem = end - 2 - from
  if (term.charCodeAt(end - 2) === ALEF && pluralStem >= 3) return end
  return end - 1 - from >= 3 ? end - 1 : end
}

/** Where the stem of term.slice(from) ends once plural, feminine and pronoun endings are gone. */
function suffixEnd(term: string, from: number): number {
  let end = term.length
  for (let round = 0; round < MAX_SUFFIX_ROUNDS; round++) {
    const suffix = longestEnding(term, end)
    if (suffix === undefined || end - suffix.removes - from < suffix.minStem) break
    end -= suffix.removes
    if (suffix.tehMarbutaBefore) end = dropTehMarbuta(term, from, end)
  }
  return end
}

/** A 32-bit hash of term.slice(from, end), so that most lookups need no substring. */
function hashRange(term: string, from: number, end: number): number {
  let hash = end - from
  for (let index = from; index < end; index++) hash = (Math.imul(hash, 31) + term.charCodeAt(index)) | 0
  return hash
}

/**
 * A look-alike's stem stands for its inflected forms only when it has at least this many letters: shorter ones
 * (الم from ألم, المح from ألمح, الل from الله) are also the article before real words (المحاكم، المال), so for
 * them only the listed forms count.
 */
const MIN_LOOKALIKE_STEM = 5

const lookalikeTerms = PREFIX_LOOKALIKE_WORDS.map(normalizeTerm)
/** Words whose first letters only look like a prefix (ألمانيا، التزام), as listed and by their long stems. */
const PREFIX_LOOKALIKES: ReadonlySet<string> = new Set([
  ...lookalikeTerms,
  ...lookalikeTerms.map((term) => term.slice(0, suffixEnd(term, 0))).filter((stem) => stem.length >= MIN_LOOKALIKE_STEM)
])
const PREFIX_LOOKALIKE_HASHES: ReadonlySet<number> = new Set([...PREFIX_LOOKALIKES].map((form) => hashRange(form, 0, form.length)))

const isListedLookalike = (term: string, from: number, end: number): boolean =>
  PREFIX_LOOKALIKE_HASHES.has(hashRange(term, from, end)) && PREFIX_LOOKALIKES.has(term.slice(from, end))

/** True when the word starting at `from` is one whose first letters belong to it (see stemExceptions). */
function isLookalike(term: string, from: number): boolean {
  const end = suffixEnd(term, from)
  return isListedLookalike(term, from, term.length) || (end - from >= MIN_LOOKALIKE_STEM && isListedLookalike(term, from, end))
}

const startsWithArticle = (term: string, at: number): boolean => term.charCodeAt(at) === ALEF && term.charCodeAt(at + 1) === LAM

/**
 * Position after the article at the start of `term`, with the clitics it carries (وال، فال، بال، كال، لل، وبال،
 * فلل…): only clitics before the article are taken off here, because a letter before ال can only be a clitic.
 * A clitic before a bare word (وكتاب، فبجامعة، كمدينة) is left on: whether its first letters are clitics or
 * part of the word (وزير، فرنسا، كمال) depends on which words exist, which the search side judges from the
 * library's own words (core/search/cliticForms.ts). So the stem of ال + w is the stem of w for every word w
 * without an article, unless ال + w is a listed look-alike (ألفريد written الفريد) or w is a single letter.
 */
function prefixEnd(term: string): number {
  const first = term.charCodeAt(0)
  const conjunction = (first === WAW || first === FEH) && articleLength(term, 1) > 0 ? 1 : 0
  const article = articleLength(term, conjunction)
  if (article === 0) return 0
  return isLookalike(term, conjunction) ? conjunction : conjunction + article
}

/**
 * Length of the definite article at `at`, with the preposition it may carry: ال، بال، كال، and لل
 * (ل + ال with its alef elided, للحكومة). 0 when there is none or when too little would remain.
 */
function articleLength(term: string, at: number): number {
  const remaining = term.length - at
  const letter = term.charCodeAt(at)
  if (letter === LAM && term.charCodeAt(at + 1) === LAM) return remaining - 2 >= MIN_AFTER_ARTICLE ? 2 : 0
  if ((letter === BEH || letter === KAF) && startsWithArticle(term, at + 1)) {
    if (isLookalike(term, at + 1)) return 1 // بالتزام: ب + التزام
    return remaining - 3 >= MIN_AFTER_ARTICLE ? 3 : 0
  }
  if (startsWithArticle(term, at)) return remaining - 2 >= MIN_AFTER_ARTICLE ? 2 : 0
  return 0
}

// Module-local copies, for the same reason as in tokenize.ts.
const TABLE: Int32Array = CHAR_TABLE
const SHIFT = KIND_SHIFT
const ARABIC = CharKind.Arabic

const isArabicTerm = (term: string): boolean => term.length > 0 && TABLE[term.charCodeAt(0)] >>> SHIFT === ARABIC

/**
 * Light stem of an already normalised term: clitics, article, plural/feminine endings and
 * possessive pronouns removed. Returns `term` itself when nothing is removed, and always for
 * Latin letters and numbers (no English stemming).
 */
export function stemTerm(term: string): string {
  if (term.length < 3 || !isArabicTerm(term)) return term
  const start = prefixEnd(term)
  const end = suffixEnd(term, start)
  return start === 0 && end === term.length ? term : term.slice(start, end)
}
