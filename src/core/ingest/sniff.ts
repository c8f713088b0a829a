/** Looking at a file's first bytes: is it something other than text, and which encoding is the text in? */
import { isUtf8 as isValidUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import type { DumpEncoding } from './types'

/** How much of a file the sniffers look at. */
export const SNIFF_BYTES = 64 * 1024

interface Signature {
  bytes: ReadonlyArray<number>
  offset?: number
  what: string
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/** Files people mistake for dumps, by their magic numbers. */
const SIGNATURES: ReadonlyArray<Signature> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF8'), what: 'a GIF image' },
  { bytes: ascii('%PDF'), what: 'a PDF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF executable)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a program (Mach-O executable)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: ascii('Rar!'), what: 'a RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document (.doc, .xls)' },
  { bytes: ascii('SQLite format 3'), what: 'an SQLite database' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: ascii('RIFF'), what: 'a media file (WAV, AVI or WebP)' },
  { bytes: ascii('ID3'), what: 'an MP3 audio file' },
  { bytes: ascii('OggS'), what: 'an Ogg audio or video file' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a video file (Matroska or WebM)' },
  { bytes: ascii('ftyp'), offset: 4, what: 'a video file (MP4 or MOV)' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], what: 'a compiled Java class' },
  { bytes: ascii('{\\rtf'), what: 'an RTF document' }
]

const ZIP_SIGNATURES: ReadonlyArray<ReadonlyArray<number>> = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06] // an empty archive
]

function startsWith(head: Uint8Array, bytes: ReadonlyArray<number>, offset = 0): boolean {
  if (head.length < offset + bytes.length) return false
  return bytes.every((byte, i) => head[offset + i] === byte)
}

export function looksLikeZip(head: Uint8Array): boolean {
  return ZIP_SIGNATURES.some((signature) => startsWith(head, signature))
}

function bomEncoding(head: Uint8Array): DumpEncoding | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8-bom'
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/**
 * What a non-text file is ("a PNG image"), or null when the bytes may be text. Text with a UTF-16 shape
 * (NUL in every other byte) is not binary; other NUL bytes or control characters are.
 */
export function describeBinary(head: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (startsWith(head, signature.bytes, signature.offset)) return signature.what
  }
  if (startsWith(head, ascii('MZ')) && head.subarray(0, 512).includes(0)) return 'a Windows program (.exe or .dll)'
  if (bomEncoding(head) || utf16WithoutBom(head)) return null
  if (head.includes(0)) return 'binary data rather than text'
  let controls = 0
  for (let i = 0; i < head.length; i++) {
    const byte = head[i]!
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text files.
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) controls++
  }
  return controls > head.length / 100 ? 'binary data rather than text' : null
}

/** UTF-16 saved without a BOM: Arabic and ASCII text then has 0x06 or 0x00 as every high byte. */
function utf16WithoutBom(head: Uint8Array): DumpEncoding | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2)
  if (pairs < 8) return null
  let lowZeroEven = 0
  let highEven = 0
  let lowZeroOdd = 0
  let highOdd = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    const even = head[i]!
    const odd = head[i + 1]!
    if (even === 0) lowZeroEven++
    if (odd === 0) lowZeroOdd++
    if (even === 0 || even === 0x06) highEven++
    if (odd === 0 || odd === 0x06) highOdd++
  }
  if (lowZeroOdd > 0 && highOdd > pairs * 0.9 && lowZeroEven < pairs * 0.02) return 'utf-16le'
  if (lowZeroEven > 0 && highEven > pairs * 0.9 && lowZeroOdd < pairs * 0.02) return 'utf-16be'
  return null
}

/** The head without a UTF-8 sequence cut short at its end (the sample may stop mid-character). */
function withoutCutSequence(head: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, head.length); back++) {
    const byte = head[head.length - back]!
    if ((byte & 0xc0) === 0x80) continue // continuation byte: look further back for the lead
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back ? head.subarray(0, head.length - back) : head
  }
  return head
}

/** Stray bad bytes tolerated in UTF-8 text (one per this many characters): a damaged file still reads as UTF-8. */
const UTF8_ERROR_RATE = 5000

/** UTF-8, or nearly: a few broken sequences among many good ones come out as U+FFFD rather than failing the file. */
function isUtf8(head: Uint8Array, isWholeFile: boolean): boolean {
  const sample = isWholeFile ? head : withoutCutSequence(head)
  if (isValidUtf8(sample)) return true
  const text = new TextDecoder('utf-8').decode(sample)
  let replacements = 0
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) replacements++
  return replacements <= 2 + text.length / UTF8_ERROR_RATE
}

const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a
const isArabicMark = (code: number): boolean => (code >= 0x064b && code <= 0x0652) || code === 0x0640
const isLatinLetter = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
/** Punctuation and symbols that single-byte Arabic text legitimately contains. */
const FRIENDLY_SYMBOLS = new Set([...'،؛؟«»“”‘’–—…•°×÷€£¥§©®™\u200c\u200d\u200e\u200f\u00a0'].map((c) => c.charCodeAt(0)))

interface Reading {
  encoding: DumpEncoding
  /** How much the decoded text looks like Arabic (higher is better). */
  score: number
  /** Share of non-ASCII characters that sit where real text would put them. */
  readable: number
  /** Share of alef and lam among the Arabic letters: about a quarter in Arabic, far less in mis-decoded Cyrillic or Greek. */
  alefLamShare: number
  arabicLetters: number
}

/** Decodes the sample as one single-byte Arabic code page and judges the result. */
function readAs(head: Uint8Array, encoding: 'windows-1256' | 'iso-8859-6'): Reading {
  const text = iconv.decode(Buffer.from(head.buffer, head.byteOffset, head.byteLength), encoding)
  let arabic = 0
  let alefOrLam = 0
  let alefLam = 0
  let nonAscii = 0
  let good = 0
  let bad = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    nonAscii++
    const before = i > 0 ? text.charCodeAt(i - 1) : 0x20
    const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20
    if (isArabicLetter(code)) {
      arabic++
      if (code === 0x0627 || code === 0x0644) alefOrLam++
      if (code === 0x0627 && after === 0x0644) alefLam++
      // An Arabic letter squeezed between Latin letters is mojibake, not Arabic.
      if (isLatinLetter(before) && isLatinLetter(after)) bad++
      else good++
    } else if (isArabicMark(code)) {
      if (isArabicLetter(before) || isArabicMark(before)) good++
      else bad++
    } else if (isLatinLetter(code)) {
      if (isArabicLetter(before) || isArabicLetter(after)) bad++
      else good++
    } else if (FRIENDLY_SYMBOLS.has(code)) {
      good++
    } else {
      bad++ // C1 controls, undefined bytes (U+FFFD), stray symbols
    }
  }
  const score = arabic + 4 * alefLam - 20 * bad
  return {
    encoding,
    score,
    readable: nonAscii === 0 ? 1 : good / nonAscii,
    alefLamShare: arabic === 0 ? 0 : alefOrLam / arabic,
    arabicLetters: arabic
  }
}

/** Least share of well-placed characters for a single-byte reading to count as text. */
const READABLE_THRESHOLD = 0.9
/** Below this many Arabic letters the alef/lam share says nothing. */
const LETTERS_FOR_STATISTICS = 40
const MIN_ALEF_LAM_SHARE = 0.12

function isReadable(reading: Reading): boolean {
  if (reading.readable < READABLE_THRESHOLD) return false
  return reading.arabicLetters < LETTERS_FOR_STATISTICS || reading.alefLamShare >= MIN_ALEF_LAM_SHARE
}

/**
 * The encoding of a file from its first bytes: a BOM; UTF-16 without BOM; valid UTF-8 (ASCII included);
 * else Windows-1256 or ISO-8859-6, whichever reads as Arabic. Null when no reading gives readable text.
 */
export function detectEncoding(head: Uint8Array, isWholeFile: boolean): DumpEncoding | null {
  const bom = bomEncoding(head)
  if (bom) return bom
  const utf16 = utf16WithoutBom(head)
  if (utf16) return utf16
  if (isUtf8(head, isWholeFile)) return 'utf-8'
  const readings = [readAs(head, 'windows-1256'), readAs(head, 'iso-8859-6')].sort((a, b) => b.score - a.score)
  return readings.find(isReadable)?.encoding ?? null
}
