/** Text chunks → lines, with LF, CRLF and CR endings alike, and a cap so that a file with no line breaks fails cleanly. */

/** Longest line (or single record) accepted, in UTF-16 code units: far above any article paragraph. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024

/** Longest story body accepted: a file that never says where a story ends must not fill the memory. */
export const MAX_STORY_CHARS = 16 * 1024 * 1024

/** Thrown when a line, a JSON record or a story grows past its cap; openDump turns it into a DumpError. */
export class OversizeError extends Error {
  /** 1-based number of the culprit in the file. */
  constructor(
    readonly unit: 'line' | 'record' | 'story',
    readonly index: number
  ) {
    super(`${unit} ${index} is longer than ${(unit === 'story' ? MAX_STORY_CHARS : MAX_LINE_CHARS) / 1024 / 1024} MB of text`)
  }
}

const LINE_BREAK = /\r\n|\r|\n/

/** Drops spaces, tabs and no-break spaces at the end of a line (not form feeds, which separate records). */
function trimLineEnd(line: string): string {
  let end = line.length
  while (end > 0) {
    const code = line.charCodeAt(end - 1)
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0 && code !== 0x0b) break
    end--
  }
  return end === line.length ? line : line.slice(0, end)
}

/** Feeds on text chunks, hands back the complete lines of each one; `finish()` gives the last line. */
export class LineSplitter {
  /** The unfinished last line, carried over to the next chunk. */
  private carry = ''
  /** The previous chunk ended with '\r': a '\n' opening this one belongs to the same line break. */
  private afterCarriageReturn = false
  private linesSeen = 0

  constructor(private readonly maxLineChars = MAX_LINE_CHARS) {}

  push(chunk: string): string[] {
    let text = chunk
    if (this.afterCarriageReturn && text.startsWith('\n')) text = text.slice(1)
    this.afterCarriageReturn = text.endsWith('\r')
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      // No line ends here: grow the current line without re-scanning it.
      this.carry += text
      if (this.carry.length > this.maxLineChars) throw new OversizeError('line', this.linesSeen + 1)
      return []
    }
    // Split the chunk alone: joining it to the carry first would make V8 split a concatenated string, ten times slower.
    const lines = text.indexOf('\r') === -1 ? text.split('\n') : text.split(LINE_BREAK)
    lines[0] = this.carry + lines[0]
    this.carry = lines.pop() ?? ''
    if (lines[0]!.length > this.maxLineChars) throw new OversizeError('line', this.linesSeen + 1)
    if (this.carry.length > this.maxLineChars) throw new OversizeError('line', this.linesSeen + lines.length + 1)
    this.linesSeen += lines.length
    for (let i = 0; i < lines.length; i++) lines[i] = trimLineEnd(lines[i]!)
    return lines
  }

  finish(): string[] {
    const last = this.carry
    this.carry = ''
    return last.length > 0 ? [trimLineEnd(last)] : []
  }
}

/** Splits a whole text (a field value, a body) into lines the same way. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK).map(trimLineEnd)
}
