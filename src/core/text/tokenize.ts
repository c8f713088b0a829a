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

/** Which kind of word is open: Arabic letters never share a token with Latin letters or digits. */
const NO_WORD = 0
const ARABIC_WORD = 1
const ALPHANUMERIC_WORD = 2

/** Scratch space for terms that differ from the text as written; grows for very long tokens. */
let termBuffer: Uint16Array = new Uint16Array(128)

const kindAt = (text: string, index: number): number => (index < text.length ? TABLE[text.charCodeAt(index)] >>> SHIFT : CharKind.Separator)

/** ',' or '٬' at `afterComma - 1` groups thousands when exactly three digits follow it. */
const startsThousandsGroup = (text: string, afterComma: number): boolean =>
  kindAt(text, afterComma) === DIGIT &&
  kindAt(text, afterComma + 1) === DIGIT &&
  kindAt(text, afterComma + 2) === DIGIT &&
  kindAt(text, afterComma + 3) !== DIGIT

function grow(buffer: Uint16Array): Uint16Array {
  const grown = new Uint16Array(buffer.length * 2)
  grown.set(buffer)
  return grown
}

/** Hands a finished word to the visitor: sliced from the text when unchanged, else built from `buffer`. */
function emitWord(
  text: string,
  visit: TermVisitor,
  buffer: Uint16Array,
  start: number,
  end: number,
  verbatim: boolean,
  length: number
): void {
  const term = verbatim ? text.slice(start, end) : bufferToString(buffer, length)
  visit(term, start, end)
}

/** Most words are short, and V8 builds short strings fastest by concatenation; long ones by chunks. */
const SHORT_WORD = 12
/** fromCharCode.apply takes its units as arguments, whose number the engine limits. */
const CHUNK = 0x2000

function bufferToString(buffer: Uint16Array, length: number): string {
  let term = ''
  if (length <= SHORT_WORD) {
    for (let index = 0; index < length; index++) term += String.fromCharCode(buffer[index])
    return term
  }
  for (let first = 0; first < length; first += CHUNK) {
    const chunk = buffer.subarray(first, Math.min(first + CHUNK, length))
    // apply() is typed for number[]; a typed array is an array-like it accepts at run time.
    term += String.fromCharCode.apply(null, chunk as unknown as number[])
  }
  return term
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
  // All state lives in locals (no closures), which V8 keeps in registers on this hot path.
  let buffer = termBuffer
  let word = NO_WORD
  let start = 0
  let end = 0
  let length = 0
  /** True while the term equals text.slice(start, end), so it can be sliced instead of built. */
  let verbatim = true
  let lastWasDigit = false

  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at)
    let entry = TABLE[unit]
    // A ligature or presentation form can stand for several characters, all placed at `at`.
    let expansion: Int32Array | null = null
    let expanded = 0
    if (entry >>> SHIFT === EXPANDS) {
      expansion = EXPANDED[entry & MASK]
      entry = expansion[expanded++]
    }
    for (;;) {
      const kind = entry >>> SHIFT
      let joinsWord = true
      if (kind === ARABIC || kind === LETTER || kind === DIGIT) {
        const wanted = kind === ARABIC ? ARABIC_WORD : ALPHANUMERIC_WORD
        if (word !== wanted) {
          if (word !== NO_WORD) emitWord(text, visit, buffer, start, end, verbatim, length)
          word = wanted
          start = at
          length = 0
          verbatim = true
        }
      } else if (word === NO_WORD) {
        joinsWord = false // marks, format characters and punctuation before a word belong to no word
      } else if (kind === DECIMAL_POINT && lastWasDigit && kindAt(text, at + 1) === DIGIT) {
        // joins the number as '.'
      } else {
        joinsWord = false
        if (kind === MARK) {
          verbatim = false
          end = at + 1
        } else if (kind === IGNORABLE || (kind === DIGIT_GROUP && lastWasDigit && startsThousandsGroup(text, at + 1))) {
          verbatim = false
        } else {
          emitWord(text, visit, buffer, start, end, verbatim, length)
          word = NO_WORD
        }
      }
      if (joinsWord) {
        if (length === buffer.length) buffer = termBuffer = grow(buffer)
        const folded = entry & MASK
        buffer[length++] = folded
        if (folded !== unit) verbatim = false
        end = at + 1
        lastWasDigit = kind === DIGIT
      }
      if (expansion === null || expanded === expansion.length) break
      entry = expansion[expanded++]
    }
  }
  if (word !== NO_WORD) emitWord(text, visit, buffer, start, end, verbatim, length)
}
