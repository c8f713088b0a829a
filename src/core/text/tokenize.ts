import { CHAR_TABLE, CharKind, EXPANSIONS, KIND_SHIFT, UNIT_MASK } from './charTable'

/** Receives each term with its UTF-16 range [start, end) in the original text. */
export type TermVisitor = (term: string, start: number, end: number) => void

// Module-local copies: bundlers and tsx turn imported bindings into property reads (or getter
// calls), which would cost more than the work done per character.
const TABLE: Int32Array = CHAR_TABLE
const EXPANDED: readonly Int32Array[] = EXPANSIONS
const SHIFT = KIND_SHIFT
const MASK = UNIT_MASK
const ARABIC = CharKind.Arabic
const LETTER = CharKind.Letter
const DIGIT = CharKind.Digit
const MARK = CharKind.Mark
const IGNORABLE = CharKind.Ignorable
const DECIMAL_POINT = CharKind.DecimalPoint
const DIGIT_GROUP = CharKind.DigitGroup
const EXPANDS = CharKind.Expands
const FULL_STOP = 0x2e

/** Which kind of word is open: Arabic letters never share a token with Latin letters or digits. */
const NO_WORD = 0
const ARABIC_WORD = 1
const ALPHANUMERIC_WORD = 2

/** Scratch space for terms that differ from the text as written; grows for very long tokens. */
let termBuffer = new Uint16Array(128)

const kindAt = (text: string, index: number): number =>
  index < text.length ? TABLE[text.charCodeAt(index)] >>> SHIFT : CharKind.Separator

/** ',' or '٬' at `afterComma - 1` groups thousands when exactly three digits follow it. */
const startsThousandsGroup = (text: string, afterComma: number): boolean =>
  kindAt(text, afterComma) === DIGIT &&
  kindAt(text, afterComma + 1) === DIGIT &&
  kindAt(text, afterComma + 2) === DIGIT &&
  kindAt(text, afterComma + 3) !== DIGIT

function bufferToString(length: number): string {
  // fromCharCode over a typed-array view is the cheapest way to build a short string in V8.
  return String.fromCharCode.apply(null, termBuffer.subarray(0, length) as unknown as number[])
}

/**
 * Splits `text` into words and folds each into its search term, reporting where the word sits in
 * `text`. This is the whole of tokenisation and normalisation; the rules, in brief:
 * - A word is a run of letters and digits. Arabic letters and Latin letters/digits form separate
 *   words (2024م → 2024 + م, بـCNN → ب + cnn) while Latin letters and digits stay together (f16, g20).
 * - Everything else separates words, hyphens and apostrophes included: COVID-19 → covid + 19,
 *   آسيا-المحيط → اسيا + المحيط, #مايك_بومبيو → مايك + بومبيو, l'Élysée → l + elysee.
 * - Marks and tatweel vanish from the term but stay inside the word's range; invisible format
 *   characters (bidi marks, ZWJ) vanish without extending it; ZWNJ separates words.
 * - Numbers stay whole: a '.' or '٫' between digits is kept as '.', and a ',' or '٬' followed by
 *   exactly three digits is dropped, so ١٢٬٥٠٠٫٧٥ and 12,500.75 both give the term 12500.75.
 */
export function forEachTerm(text: string, visit: TermVisitor): void {
  let word = NO_WORD
  let start = 0
  let end = 0
  let length = 0
  /** True while the term equals text.slice(start, end), so it can be sliced instead of built. */
  let verbatim = true
  let lastWasDigit = false

  const finishWord = (): void => {
    const term = verbatim ? text.slice(start, end) : bufferToString(length)
    word = NO_WORD
    visit(term, start, end)
  }

  const append = (unit: number, at: number): void => {
    if (length === termBuffer.length) {
      const grown = new Uint16Array(termBuffer.length * 2)
      grown.set(termBuffer)
      termBuffer = grown
    }
    termBuffer[length++] = unit
    if (verbatim && unit !== text.charCodeAt(at)) verbatim = false
    end = at + 1
  }

  /** Feeds one table entry that stands for the character at `at`. */
  const take = (entry: number, at: number): void => {
    const kind = entry >>> SHIFT
    if (kind === ARABIC || kind === LETTER || kind === DIGIT) {
      const wanted = kind === ARABIC ? ARABIC_WORD : ALPHANUMERIC_WORD
      if (word !== wanted) {
        if (word !== NO_WORD) finishWord()
        word = wanted
        start = at
        length = 0
        verbatim = true
      }
      append(entry & MASK, at)
      lastWasDigit = kind === DIGIT
    } else if (word === NO_WORD) {
      // Marks, format characters and punctuation before a word belong to no word.
    } else if (kind === MARK) {
      verbatim = false
      end = at + 1
    } else if (kind === IGNORABLE) {
      verbatim = false
    } else if (kind === DECIMAL_POINT && lastWasDigit && kindAt(text, at + 1) === DIGIT) {
      append(FULL_STOP, at)
      lastWasDigit = false
    } else if (kind === DIGIT_GROUP && lastWasDigit && startsThousandsGroup(text, at + 1)) {
      verbatim = false
    } else {
      finishWord()
    }
  }

  for (let at = 0; at < text.length; at++) {
    const entry = TABLE[text.charCodeAt(at)]
    if (entry >>> SHIFT !== EXPANDS) take(entry, at)
    else for (const expanded of EXPANDED[entry & MASK]) take(expanded, at)
  }
  if (word !== NO_WORD) finishWord()
}
