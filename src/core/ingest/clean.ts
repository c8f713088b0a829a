/**
 * Cleaning a story body the same way in every kind of dump: the dateline that opens it, teaser
 * headlines ("اقرأ أيضا: …") anywhere in it, and boilerplate that trails it leave the body.
 * Only whole lines or a line's prefix/suffix are removed; the words themselves stay as written.
 */

const READ_ALSO = String.raw`(?:(?:إقرأ|اقرأ|إقرا|اقرا)\s+(?:أيضاً|أيضا|أيضًا|ايضاً|ايضا|ايضًا)|read\s+also|see\s+also|lire\s+aussi)`
const INLINE_TEASER = new RegExp(String.raw`^\s*${READ_ALSO}\s*:\s*(\S.*)$`, 'iu')
const READ_ALSO_LINE = new RegExp(String.raw`^\s*${READ_ALSO}\s*:?\s*$`, 'iu')

/**
 * What English pages head their lists of links to other stories with ("SEE MORE: …", "DON'T MISS", "You may also
 * like..."): like "read also", a teaser when a headline follows it on the line, else the start of a teaser list.
 * Kept apart from READ_ALSO, which page text also reads as the start of its related stories.
 */
const MORE_TO_READ = String.raw`(?:see\s+more|don'?t\s+miss|you\s+(?:may|might)\s+also\s+like|more\s+(?:from|on)\s+[\w\s]{1,30}|related(?:\s+(?:articles?|stories|news|coverage))?|recommended(?:\s+for\s+you)?|most\s+read|trending\s+now)`
const INLINE_MORE_TO_READ = new RegExp(String.raw`^\s*${MORE_TO_READ}\s*:\s*(\S.*)$`, 'iu')
const MORE_TO_READ_LINE = new RegExp(String.raw`^\s*${MORE_TO_READ}\s*(?::|\.\.\.|…)?\s*$`, 'iu')

/** A line that is only a "read also" marker: it opens a teaser list, or (in page text) the related stories. */
export function isReadAlsoMarker(line: string): boolean {
  return line.length < 40 && READ_ALSO_LINE.test(line)
}

/** Words that are not a source name: a dateline names an outlet in a few words, with no sentence punctuation. */
const DATELINE_SLASH = /^([^\s/()«»"':.،؛!؟][^/()«»"':.،؛!؟\n]{0,39}?)\s*\/\s*-\s*/u
const DATELINE_CITY = /^([^()«»"':.،؛!؟\-–—\n]{0,30}?)\s*\(([^()«»"':.،؛!؟\n]{1,40})\)\s*[-–—]\s*/u
const MAX_DATELINE_WORDS = 5

/** A dateline `<source>/- ` or `<city> (<source>) -` at the start of the first paragraph: the source it names and the text after it. */
export function splitDateline(line: string): { source: string; rest: string } | null {
  const match = DATELINE_SLASH.exec(line) ?? DATELINE_CITY.exec(line)
  if (!match) return null
  const source = (match[2] ?? match[1] ?? '').trim()
  if (source.length === 0 || source.split(/\s+/).length > MAX_DATELINE_WORDS) return null
  return { source, rest: line.slice(match[0].length) }
}

const BOILERPLATE = [
  'أخبار ذات صلة',
  'اخبار ذات صلة',
  'مواضيع ذات صلة',
  'موضوعات ذات صلة',
  'مقالات ذات صلة',
  'الأخبار ذات الصلة',
  'شارك هذا الخبر',
  'شارك الخبر',
  'شارك هذا المقال',
  'شارك المقال',
  'اقرأ المزيد',
  'إقرأ المزيد',
  'اقرا المزيد',
  'تابعونا على',
  'related news',
  'related articles',
  'related stories',
  'share this article',
  'share this story',
  'share this',
  'read more'
]
const TRAILING_BOILERPLATE = new RegExp(
  String.raw`(?:^|\s)(?:${BOILERPLATE.map((phrase) => phrase.replace(/ /g, String.raw`\s+`)).join('|')})\s*(?::|\.\.\.|…)?\s*$`,
  'iu'
)

/** Teaser headlines are short and do not end a sentence (boilerplate glued after a full stop does not hide it). */
const TEASER_MAX_CHARS = 120
const SENTENCE_END = /[.:؟?!]$/

function isTeaserHeadline(line: string): boolean {
  const trimmed = line.trim()
  const sentence = trimmed.replace(TRAILING_BOILERPLATE, '').trimEnd()
  return trimmed.length > 0 && trimmed.length < TEASER_MAX_CHARS && !SENTENCE_END.test(sentence)
}

/** Removes boilerplate phrases from the end of the body, whether on their own line or glued to the last sentence. */
function dropTrailingBoilerplate(lines: string[]): void {
  for (;;) {
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
    const last = lines[lines.length - 1]
    if (last === undefined) return
    const match = TRAILING_BOILERPLATE.exec(last)
    if (!match) return
    lines[lines.length - 1] = last.slice(0, match.index).trimEnd()
  }
}

export interface CleanBody {
  /** Paragraphs joined by '\n', blank lines dropped, no space before the first word. */
  body: string
  teasers: string[]
  /** The source a dateline named, or null. */
  datelineSource: string | null
}

/** Cleans body lines (already split, trailing spaces trimmed). */
export function cleanBody(lines: readonly string[]): CleanBody {
  const kept: string[] = []
  const teasers: string[] = []
  let datelineSource: string | null = null
  let inTeaserList = false
  let seenText = false
  for (const line of lines) {
    let text = line
    if (!seenText && text.trim() !== '') {
      seenText = true
      const dateline = splitDateline(text)
      if (dateline) {
        datelineSource = dateline.source
        text = dateline.rest
      }
    }
    const inline = INLINE_TEASER.exec(text) ?? INLINE_MORE_TO_READ.exec(text)
    if (inline) {
      teasers.push(inline[1]!.trim())
      continue
    }
    if (isReadAlsoMarker(text) || (text.length < 40 && MORE_TO_READ_LINE.test(text))) {
      inTeaserList = true
      continue
    }
    if (inTeaserList && isTeaserHeadline(text)) {
      teasers.push(text.trim())
      continue
    }
    inTeaserList = false
    kept.push(text)
  }
  dropTrailingBoilerplate(kept)
  // Spaces before the first word of the story are layout, not text.
  return {
    body: kept
      .filter((line) => line.trim() !== '')
      .join('\n')
      .trim(),
    teasers,
    datelineSource
  }
}
