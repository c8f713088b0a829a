/**
 * JSON dumps: an array of objects, or an object holding one under articles/items/data/stories/results/
 * entries. The text is scanned incrementally for the boundaries of each story object, and only that
 * object goes to JSON.parse, so a 1 GB array never sits in memory whole.
 */
import { storiesRead } from '../errors'
import { MAX_LINE_CHARS, OversizeError } from '../lines'
import { draftFromRecord, finishStory } from '../story'
import type { ParsedStory } from '../types'
import { ParseProblem, type StoryParser } from './parser'

/**
 * News records nest a few levels (a story, its list of tags, an author object). Deeper JSON is refused with this
 * bound named: turning a record thousands of levels deep back into text overflowed the stack.
 */
export const MAX_JSON_NESTING = 100

const WRAPPER_KEYS = new Set(['articles', 'items', 'data', 'stories', 'results', 'entries', 'news', 'posts', 'records', 'docs'])

const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const COMMA = 0x2c

function isJsonWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff
}

function tooDeep(unit: 'record' | 'line', number: number): ParseProblem {
  return new ParseProblem(
    'too-deep',
    `${unit} ${number} nests its values more than ${MAX_JSON_NESTING} levels deep (news records nest a few), so the file was not imported.`
  )
}

/** Whether a JSON text nests arrays and objects deeper than the bound (brackets inside strings aside). */
function nestsTooDeep(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === BACKSLASH) i++
      else if (code === QUOTE) inString = false
    } else if (code === QUOTE) inString = true
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > MAX_JSON_NESTING) return true
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--
  }
  return false
}

/** A story object from parsed JSON; anything else is not a story. */
function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** Counts records that could not be parsed, to report them once the good ones are out. */
class BadRecordTally {
  count = 0
  first = 0

  note(recordNumber: number): void {
    if (this.count === 0) this.first = recordNumber
    this.count++
  }

  problem(unit: 'record' | 'line', goodCount: number): ParseProblem | null {
    if (this.count === 0) return null
    const which =
      this.count === 1
        ? `${unit} ${this.first} is not valid JSON and was skipped`
        : `${this.count} ${unit}s (the first is ${unit} ${this.first}) are not valid JSON and were skipped`
    return new ParseProblem('invalid-json', `${which}; ${storiesRead(goodCount)}.`)
  }
}

export class JsonArrayParser implements StoryParser {
  readonly input = 'chunks'
  private readonly ready: ParsedStory[] = []
  private readonly bad = new BadRecordTally()
  private depth = 0
  private inString = false
  private escaped = false
  private root: 'none' | 'array' | 'object' = 'none'
  /** Depth at which story objects open: 1 in a root array, 2 in a wrapper array. */
  private storyDepth = -1
  /** Text of the story object being read, in pieces. */
  private story: string[] | null = null
  private storyChars = 0
  /** Root object: reading a key, the last key read, and the whole object in case it is a story itself. */
  private expectingKey = false
  private key: string[] | null = null
  private lastKey = ''
  private rootText: string[] | null = null
  private rootChars = 0
  private recordNumber = 0
  private nextPosition = 0
  problem: ParseProblem | null = null

  push(chunks: readonly string[]): void {
    for (const chunk of chunks) this.scan(chunk)
  }

  private scan(text: string): void {
    let storyStart = this.story ? 0 : -1
    let keyStart = this.key ? 0 : -1
    let rootStart = this.rootText ? 0 : -1
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (code === BACKSLASH) this.escaped = true
        else if (code === QUOTE) {
          this.inString = false
          if (this.key) {
            this.key.push(text.slice(keyStart, i))
            this.lastKey = this.key.join('')
            this.key = null
            keyStart = -1
          }
        }
        continue
      }
      if (isJsonWhitespace(code)) continue
      if (this.depth === 0) {
        // A root value opens: the file's only one, or the next of several concatenated objects.
        if (code === OPEN_BRACKET) {
          this.root = 'array'
          this.storyDepth = 1
        } else if (code === OPEN_BRACE) {
          this.root = 'object'
          this.storyDepth = -1
          this.expectingKey = true
          this.rootText = []
          this.rootChars = 0
          rootStart = i
        } else {
          throw new ParseProblem('invalid-json', 'the file is not valid JSON (it must start with [ or {).')
        }
        this.depth = 1
        continue
      }
      if (code === QUOTE) {
        this.inString = true
        if (this.root === 'object' && this.depth === 1 && this.expectingKey) {
          this.key = []
          keyStart = i + 1
        }
      } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (this.depth === this.storyDepth && code === OPEN_BRACE && !this.story) {
          this.story = []
          storyStart = i
        } else if (
          this.root === 'object' &&
          this.depth === 1 &&
          code === OPEN_BRACKET &&
          this.storyDepth < 0 &&
          WRAPPER_KEYS.has(this.lastKey.toLowerCase())
        ) {
          this.storyDepth = 2
          this.rootText = null // the stories are in this array; the root object is no story itself
        }
        if (++this.depth > MAX_JSON_NESTING) throw tooDeep('record', this.recordNumber + 1)
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth--
        if (this.story && this.depth === this.storyDepth) {
          this.story.push(text.slice(storyStart, i + 1))
          this.emit(this.story.join(''))
          this.story = null
          this.storyChars = 0
          storyStart = -1
        }
        if (this.depth === 0 && this.rootText) {
          this.rootText.push(text.slice(rootStart, i + 1))
          this.finishRoot(this.rootText.join(''))
          this.rootText = null
        }
      } else if (this.root === 'object' && this.depth === 1) {
        if (code === COLON) this.expectingKey = false
        else if (code === COMMA) this.expectingKey = true
      }
    }
    if (this.story) {
      const piece = text.slice(storyStart)
      this.story.push(piece)
      this.storyChars += piece.length
      if (this.storyChars > MAX_LINE_CHARS) throw new OversizeError('record', this.recordNumber + 1)
    }
    if (this.key) this.key.push(text.slice(keyStart))
    if (this.rootText) {
      const piece = text.slice(rootStart)
      this.rootText.push(piece)
      this.rootChars += piece.length
      if (this.rootChars > MAX_LINE_CHARS) throw new OversizeError('record', this.recordNumber + 1)
    }
  }

  private emit(json: string): void {
    this.recordNumber++
    let value: unknown
    try {
      value = JSON.parse(json)
    } catch {
      this.bad.note(this.recordNumber)
      return
    }
    const record = asRecord(value)
    if (!record) return
    const story = finishStory(this.nextPosition, draftFromRecord(record))
    if (story) {
      this.ready.push(story)
      this.nextPosition++
    }
  }

  /** A root object with no story array: it is one story, or it holds its stories under some other key. */
  private finishRoot(json: string): void {
    let value: unknown
    try {
      value = JSON.parse(json)
    } catch {
      this.bad.note(this.recordNumber + 1)
      return
    }
    const record = asRecord(value)!
    const list = Object.values(record).find((item) => Array.isArray(item) && item.some((element) => asRecord(element)))
    const records = Array.isArray(list) ? list.map(asRecord).filter((item) => item !== null) : [record]
    for (const item of records) this.emit(JSON.stringify(item))
  }

  finish(): void {
    if (this.root === 'none') throw new ParseProblem('empty', 'the file holds no JSON value.')
    if (this.depth > 0 || this.inString) {
      throw new ParseProblem(
        'invalid-json',
        `the JSON ends before it is complete (the file may be truncated); ${storiesRead(this.nextPosition)}.`
      )
    }
    this.problem = this.bad.problem('record', this.nextPosition)
  }

  take(): ParsedStory[] {
    return this.ready.splice(0)
  }
}

/** JSON Lines: one object per line. Lines that are not JSON are skipped and reported at the end. */
export class JsonLinesParser implements StoryParser {
  readonly input = 'lines'
  private readonly ready: ParsedStory[] = []
  private readonly bad = new BadRecordTally()
  private lineNumber = 0
  private nextPosition = 0
  problem: ParseProblem | null = null

  push(lines: readonly string[]): void {
    for (const line of lines) {
      this.lineNumber++
      const text = line.trim()
      if (text === '') continue
      if (nestsTooDeep(text)) throw tooDeep('line', this.lineNumber)
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        this.bad.note(this.lineNumber)
        continue
      }
      const record = asRecord(value)
      if (!record) {
        this.bad.note(this.lineNumber)
        continue
      }
      const story = finishStory(this.nextPosition, draftFromRecord(record))
      if (story) {
        this.ready.push(story)
        this.nextPosition++
      }
    }
  }

  finish(): void {
    if (this.nextPosition === 0 && this.bad.count > 0) {
      throw new ParseProblem('invalid-json', `no line of the file is a JSON object (line ${this.bad.first} is the first bad one).`)
    }
    this.problem = this.bad.problem('line', this.nextPosition)
  }

  take(): ParsedStory[] {
    return this.ready.splice(0)
  }
}
