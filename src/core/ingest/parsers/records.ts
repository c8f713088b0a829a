/**
 * Separated records: stories split by separator lines (three or more of one of `= - * _ # ~`, maybe
 * with a number inside, or a form feed), each opening with `key: value` header lines, a blank line,
 * then the body. A separator only splits when a header follows it, so a rule of dashes inside an
 * article stays in the article.
 */
import { fieldForName } from '../fields'
import { MAX_STORY_CHARS, OversizeError } from '../lines'
import { draftFromRecord, finishStory } from '../story'
import type { ParsedStory } from '../types'
import type { StoryParser } from './parser'

const SEPARATOR = /^\s*([=\-*_#~])\1{2,}(?:\s*\d+\s*\1{3,})?\s*$/
const FORM_FEED = '\f'
const HEADER = /^\s*([^:：\n]{1,30}?)\s*[:：]\s*(.*)$/u
/** An unknown key is kept as a header only when it looks like a name, not the start of a sentence. */
const MAX_UNKNOWN_KEY_WORDS = 3
const LOOKAHEAD = 6

export function isSeparatorLine(line: string): boolean {
  return line === FORM_FEED || SEPARATOR.test(line)
}

interface HeaderLine {
  key: string
  value: string
  known: boolean
}

function readHeader(line: string): HeaderLine | null {
  const match = HEADER.exec(line)
  if (!match) return null
  const key = match[1]!.trim()
  const known = fieldForName(key) !== null
  if (!known && (key.split(/\s+/).length > MAX_UNKNOWN_KEY_WORDS || /[\d.،,!؟?"«»]/.test(key))) return null
  return { key, value: match[2]!.trim(), known }
}

/** A header line with a field name the contract knows: what opens a record. */
export function isKnownHeaderLine(line: string): boolean {
  return readHeader(line)?.known === true
}

export class RecordsParser implements StoryParser {
  readonly input = 'lines'
  private readonly queue: string[] = []
  private readonly ready: ParsedStory[] = []
  private header: Record<string, string> = {}
  private headerCount = 0
  /** Unknown `key: value` lines not yet known to be header or body (a blank line or a known key decides). */
  private pending: string[] = []
  private body: string[] = []
  private bodyChars = 0
  private inBody = false
  private nextPosition = 0

  push(lines: readonly string[]): void {
    for (const line of lines) {
      // A form feed is a page break wherever it sits in a line.
      const parts = line.includes(FORM_FEED) ? line.split(FORM_FEED).flatMap((part, i) => (i === 0 ? [part] : [FORM_FEED, part])) : [line]
      for (const part of parts) {
        this.queue.push(part)
        if (this.queue.length > LOOKAHEAD) this.step(this.queue.shift()!)
      }
    }
  }

  finish(): void {
    while (this.queue.length > 0) this.step(this.queue.shift()!)
    this.closeRecord()
  }

  take(): ParsedStory[] {
    return this.ready.splice(0)
  }

  private step(line: string): void {
    if (isSeparatorLine(line) && this.headerFollows()) {
      this.closeRecord()
      return
    }
    if (this.inBody) {
      this.addBodyLine(line === FORM_FEED ? '' : line)
      return
    }
    if (line.trim() === '') {
      // The blank line after the header opens the body; blank lines before any header are nothing.
      if (this.headerCount > 0 || this.pending.length > 0) this.startBody(true)
      return
    }
    const header = readHeader(line)
    if (header) {
      this.pending.push(line)
      if (header.known) this.commitPending()
      return
    }
    this.startBody(false)
    this.addBodyLine(line)
  }

  private addBodyLine(line: string): void {
    this.body.push(line)
    this.bodyChars += line.length + 1
    if (this.bodyChars > MAX_STORY_CHARS) throw new OversizeError('story', this.nextPosition + 1)
  }

  /** The pending lines were header lines after all. */
  private commitPending(): void {
    for (const line of this.pending) {
      const header = readHeader(line)!
      if (!(header.key in this.header)) this.header[header.key] = header.value
      this.headerCount++
    }
    this.pending = []
  }

  /** Ends the header: at a blank line pending lines are header; at text they were the body's first lines. */
  private startBody(atBlankLine: boolean): void {
    if (atBlankLine) this.commitPending()
    else this.body.push(...this.pending)
    this.pending = []
    this.inBody = true
  }

  private headerFollows(): boolean {
    const next = this.queue.find((line) => line.trim() !== '')
    return next !== undefined && isKnownHeaderLine(next)
  }

  private closeRecord(): void {
    const draft = draftFromRecord(this.header)
    draft.bodyLines = draft.bodyLines.concat(this.pending, this.body)
    if (draft.source) draft.sourceFrom = 'header'
    const story = finishStory(this.nextPosition, draft)
    if (story) {
      this.ready.push(story)
      this.nextPosition++
    }
    this.header = {}
    this.headerCount = 0
    this.pending = []
    this.body = []
    this.bodyChars = 0
    this.inBody = false
  }
}
