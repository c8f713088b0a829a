/**
 * The per-code-unit table behind the analyser: for every UTF-16 code unit, what role it plays in a
 * word and what it folds to. Built once at module load so that the tokenizer does one array read
 * per character and never runs a regular expression on the hot path.
 *
 * An entry packs `kind << 16 | unit`: `unit` is the folded code unit (lower-case Latin without
 * accents, Arabic letter variants folded, any decimal digit as ASCII). For `CharKind.Expands` the
 * low 16 bits index `EXPANSIONS` instead (ligatures and presentation forms that fold to several
 * characters, e.g. ﻻ → لا, ﷲ → الله, ß → ss).
 */

export const CharKind = {
  /** Ends a word: spaces, punctuation, symbols, ZWNJ, emoji (surrogates). */
  Separator: 0,
  /** A letter of the Arabic script (after folding). */
  Arabic: 1,
  /** A letter of any other script (Latin, Greek, Cyrillic…), already lower case. */
  Letter: 2,
  /** A decimal digit of any script, folded to ASCII 0-9. */
  Digit: 3,
  /** Dropped from the term but part of the word as written: harakat, Quranic marks, tatweel, combining accents. */
  Mark: 4,
  /** Dropped and invisible: bidi controls, ZWJ, soft hyphen, BOM. Never extends a token's end. */
  Ignorable: 5,
  /** '.' or Arabic decimal separator '٫': kept as '.' between two digits, a separator elsewhere. */
  DecimalPoint: 6,
  /** ',' or Arabic thousands separator '٬': dropped inside 1,234,567, a separator elsewhere. */
  DigitGroup: 7,
  /** Folds to several characters, listed in EXPANSIONS. */
  Expands: 8
} as const
export type CharKind = (typeof CharKind)[keyof typeof CharKind]

export const KIND_SHIFT = 16
export const UNIT_MASK = 0xffff

const pack = (kind: CharKind, unit: number): number => (kind << KIND_SHIFT) | unit

const ALEF = 0x0627
const YEH = 0x064a
const HEH = 0x0647
const WAW = 0x0648
const KAF = 0x0643

/**
 * Arabic-script letter variants folded to one letter, so that spelling habits and keyboards do
 * not split a word. Hamza: أ إ آ ٱ → ا, ؤ → و, ئ → ي, while the lone hamza ء stays a letter of its
 * own (so سماء and سما stay different terms; the folds above are what writers actually vary).
 */
const ARABIC_LETTER_FOLDS: ReadonlyArray<readonly [number, readonly number[]]> = [
  // أ إ آ ٱ and the rarer wavy-hamza / high-hamza alefs
  [ALEF, [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]],
  // ى ئ, Persian/Urdu ی ے ۓ, Kashmiri yeh, yeh with tail, high-hamza yeh
  [YEH, [0x0649, 0x0626, 0x06cc, 0x06d2, 0x06d3, 0x0620, 0x06cd, 0x0678]],
  // ة, Persian/Urdu ۀ ہ ۂ ۃ ە, and heh doachashmee ھ (used as a plain heh by Urdu keyboards)
  [HEH, [0x0629, 0x06c0, 0x06c1, 0x06c2, 0x06c3, 0x06d5, 0x06be]],
  // ؤ and high-hamza waw
  [WAW, [0x0624, 0x0676, 0x0677]],
  // Persian keheh ک, swash kaf ڪ, Farsi-style kafs
  [KAF, [0x06a9, 0x06aa, 0x063b, 0x063c]]
]

/** Arabic code units removed from terms although Unicode calls some of them letters. */
const ARABIC_DROPPED_LETTERS = [
  0x0640, // tatweel (kashida), category Lm
  0x06e5, // small waw, Lm (Quranic)
  0x06e6 // small yeh, Lm (Quranic)
]

/** Quranic signs that stand alone as symbols, so they end a word rather than vanish inside it. */
const ARABIC_SYMBOL_SEPARATORS = [0x06dd, 0x06de, 0x06e9]

/** Format characters that break words: ZWNJ (Persian half-space) and zero-width space. */
const WORD_BREAKING_FORMAT_CHARS = [0x200c, 0x200b]

/** Latin letters that do not decompose under NFD but that readers treat as a base letter. */
const LATIN_EXTRA_FOLDS: ReadonlyArray<readonly [number, string]> = [
  [0x00df, 'ss'], // ß
  [0x1e9e, 'ss'], // ẞ
  [0x00e6, 'ae'], // æ
  [0x00c6, 'ae'], // Æ
  [0x0153, 'oe'], // œ
  [0x0152, 'oe'], // Œ
  [0x00fe, 'th'], // þ
  [0x00de, 'th'], // Þ
  [0x00f8, 'o'], // ø
  [0x00d8, 'o'], // Ø
  [0x0111, 'd'], // đ
  [0x0110, 'd'], // Đ
  [0x00f0, 'd'], // ð
  [0x00d0, 'd'], // Ð
  [0x0142, 'l'], // ł
  [0x0141, 'l'], // Ł
  [0x0131, 'i'] // dotless ı
]

/**
 * Blocks folded with NFKC: Alphabetic Presentation Forms (Latin ligatures), Arabic Presentation
 * Forms A and B, and half/full-width forms. Each code unit is folded on its own at build time;
 * because the analyser drops marks and folds hamza seats anyway, this gives the same terms as NFKC
 * over the whole string, while offsets still point at the presentation-form character.
 */
const COMPATIBILITY_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0xfb00, 0xfdff],
  [0xfe70, 0xfeff],
  [0xff00, 0xffef]
]

const isArabicScriptUnit = (unit: number): boolean =>
  (unit >= 0x0600 && unit <= 0x06ff) || (unit >= 0x0750 && unit <= 0x077f) || (unit >= 0x0870 && unit <= 0x08ff)

/** Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional: accents are folded away. */
const LATIN_WITH_DIACRITICS: ReadonlyArray<readonly [number, number]> = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff]
]

/** Every BMP code unit as one string (string index = code unit), so Unicode properties can be read with regexes. */
function allCodeUnits(): string {
  const units = new Uint16Array(0x10000)
  for (let unit = 0; unit < 0x10000; unit++) units[unit] = unit
  const chunks: string[] = []
  for (let first = 0; first < units.length; first += 0x1000) {
    // apply() is typed for number[]; a typed array is an array-like it accepts at run time.
    chunks.push(String.fromCharCode.apply(null, units.subarray(first, first + 0x1000) as unknown as number[]))
  }
  return chunks.join('')
}

/** [first, end) ranges of code units matched by `runs`, a global regex matching runs of characters. */
function rangesMatching(all: string, runs: RegExp): Array<readonly [number, number]> {
  return Array.from(all.matchAll(runs), (match) => [match.index, match.index + match[0].length] as const)
}

function buildTable(): { table: Int32Array; expansions: Int32Array[] } {
  // Zero-filled: every code unit starts as a separator, including surrogates (emoji and the rare
  // supplementary-plane letters end words).
  const table = new Int32Array(0x10000)
  const expansions: Int32Array[] = []
  const all = allCodeUnits()

  /** Makes `unit` behave exactly like the character(s) it folds to. */
  const foldTo = (unit: number, folded: string): void => {
    if (folded.length === 1) table[unit] = table[folded.charCodeAt(0)]
    else {
      table[unit] = pack(CharKind.Expands, expansions.length)
      expansions.push(Int32Array.from(folded, (char) => table[char.charCodeAt(0)]))
    }
  }

  // Plain loops rather than callbacks: this runs once, before the JIT has warmed up.
  for (const [first, end] of rangesMatching(all, /\p{L}+/gu)) {
    for (let unit = first; unit < end; unit++) {
      table[unit] = pack(isArabicScriptUnit(unit) ? CharKind.Arabic : CharKind.Letter, unit)
    }
  }
  // Decimal digits come in contiguous runs of ten starting at zero (a Unicode stability policy).
  for (const [first, end] of rangesMatching(all, /\p{Nd}+/gu)) {
    for (let unit = first; unit < end; unit++) table[unit] = pack(CharKind.Digit, 0x30 + ((unit - first) % 10))
  }
  for (const [first, end] of rangesMatching(all, /\p{M}+/gu)) {
    for (let unit = first; unit < end; unit++) table[unit] = pack(CharKind.Mark, unit)
  }
  for (const [first, end] of rangesMatching(all, /\p{Cf}+/gu)) {
    for (let unit = first; unit < end; unit++) table[unit] = pack(CharKind.Ignorable, unit)
  }

  for (const [target, variants] of ARABIC_LETTER_FOLDS) {
    for (const variant of variants) table[variant] = pack(CharKind.Arabic, target)
  }
  for (const unit of ARABIC_DROPPED_LETTERS) table[unit] = pack(CharKind.Mark, unit)
  for (const unit of [...ARABIC_SYMBOL_SEPARATORS, ...WORD_BREAKING_FORMAT_CHARS]) table[unit] = 0

  table[0x2e] = pack(CharKind.DecimalPoint, 0x2e) // .
  table[0x066b] = pack(CharKind.DecimalPoint, 0x2e) // ٫
  table[0x2c] = pack(CharKind.DigitGroup, 0x2c) // ,
  table[0x066c] = pack(CharKind.DigitGroup, 0x2c) // ٬

  // Folds refer to entries set above, so they come last.
  for (const [first, end] of rangesMatching(all, /[\p{Lu}\p{Lt}]+/gu)) {
    for (let unit = first; unit < end; unit++) foldTo(unit, String.fromCharCode(unit).toLowerCase())
  }
  for (const [first, last] of LATIN_WITH_DIACRITICS) {
    for (let unit = first; unit <= last; unit++) {
      const decomposed = String.fromCharCode(unit).normalize('NFD')
      if (decomposed.length > 1 && table[unit] >>> KIND_SHIFT === CharKind.Letter) {
        foldTo(unit, decomposed.charAt(0).toLowerCase())
      }
    }
  }
  for (const [unit, folded] of LATIN_EXTRA_FOLDS) foldTo(unit, folded)
  for (const [first, last] of COMPATIBILITY_BLOCKS) {
    for (let unit = first; unit <= last; unit++) {
      const char = String.fromCharCode(unit)
      const folded = char.normalize('NFKC')
      if (folded !== char) foldTo(unit, folded)
    }
  }
  return { table, expansions }
}

const built = buildTable()

/** Entry for every UTF-16 code unit: `kind << KIND_SHIFT | foldedUnit` (see CharKind). */
export const CHAR_TABLE: Int32Array = built.table

/** Folded entries of the code units whose kind is CharKind.Expands, indexed by their low 16 bits. */
export const EXPANSIONS: readonly Int32Array[] = built.expansions
