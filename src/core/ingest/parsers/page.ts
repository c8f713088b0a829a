/**
 * Page text (the seed's shape): a scraped page's story, then the stories of its "read also" block.
 *
 *   <title>
 *   [date label] <date> [آخر تحديث: <date>]
 *   <body paragraphs…>
 *   [المصدر: <source>] [كلمات دلالية: <keywords>]
 *   [إقرأ أيضاً:]
 *   <title of a related story>
 *   <date> [آخر تحديث: <date>]
 *   <source>/- <body…>
 *
 * The page's story ends at its metadata or at a "read also" marker followed by a title and a date
 * line; in the "read also" block (or after metadata) a story starts where a title-like line is followed
 * by a date line. Lines are pushed in batches and stories come out as soon as they end, so a file of
 * any size streams through a few lines of lookahead.
 */
import { isReadAlsoMarker } from '../clean'
import { splitKeywords } from '../fields'
import { MAX_STORY_CHARS, OversizeError } from '../lines'
import { applyDate, emptyDraft, finishStory, type StoryDraft } from '../story'
import type { ParsedStory } from '../types'
import { readDateLine, readPageLabel, type DateLine } from './pageLines'
import type { StoryParser } from './parser'

/** Lines looked at beyond the current one: a marker, blank lines, a title and a date line. */
const LOOKAHEAD = 8
const MAX_TITLE_CHARS = 250

type PageState = 'title' | 'date' | 'afterDate' | 'body' | 'footer'

function isBlank(line: string): boolean {
  return line.trim() === ''
}

/** Could this line be a headline? Short, not a finished sentence, not metadata. */
function isTitleLike(line: string): boolean {
  const trimmed = line.trim()
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_TITLE_CHARS &&
    !trimmed.endsWith('.') &&
    !isReadAlsoMarker(trimmed) &&
    readPageLabel(trimmed) === null
  )
}

export class PageTextParser implements StoryParser {
  readonly input = 'lines'
  private readonly queue: string[] = []
  private readonly ready: ParsedStory[] = []
  private state: PageState = 'title'
  private draft: StoryDraft = emptyDraft()
  private bodyChars = 0
  /** The current story reached its metadata lines (source, keywords). */
  private hadFooter = false
  /** Stories that start now belong to a "read also" block. */
  private inReadAlso = false
  /** Position of the page's own story, which "read also" stories link to. */
  private pagePosition: number | null = null
  private nextPosition = 0

  push(lines: readonly string[]): void {
    for (const line of lines) {
      this.queue.push(line)
      if (this.queue.length > LOOKAHEAD) this.step(this.queue.shift()!)
    }
  }

  finish(): void {
    while (this.queue.length > 0) this.step(this.queue.shift()!)
    this.closeStory('end')
  }

  take(): ParsedStory[] {
    return this.ready.splice(0)
  }

  private step(line: string): void {
    switch (this.state) {
      case 'title':
        return this.onTitle(line)
      case 'date':
        return this.onDate(line)
      case 'afterDate':
        return this.onAfterDate(line)
      case 'body':
        return this.onBody(line)
      case 'footer':
        return this.onFooter(line)
    }
  }

  private onTitle(line: string): void {
    if (isBlank(line)) return
    if (isReadAlsoMarker(line) && this.storyFollows()) {
      this.inReadAlso = true
      return
    }
    const dateLine = readDateLine(line)
    if (dateLine) {
      this.applyDateLine(dateLine)
      this.state = 'afterDate'
    } else if (line.trim().length <= MAX_TITLE_CHARS) {
      this.draft.title = line.trim()
      this.state = 'date'
    } else {
      this.state = 'body'
      this.addBodyLine(line)
    }
  }

  private onDate(line: string): void {
    if (isBlank(line)) return
    const dateLine = readDateLine(line)
    if (dateLine) {
      this.applyDateLine(dateLine)
      this.state = 'afterDate'
      return
    }
    this.state = 'body'
    this.onBody(line)
  }

  /** A separate "آخر تحديث:" line may follow the date line. */
  private onAfterDate(line: string): void {
    if (isBlank(line)) return
    const dateLine = readDateLine(line)
    if (dateLine && !dateLine.published && dateLine.updatedText) {
      this.applyDateLine(dateLine)
      return
    }
    this.state = 'body'
    this.onBody(line)
  }

  private onBody(line: string): void {
    if (this.readLabel(line)) {
      this.state = 'footer'
      this.hadFooter = true
      return
    }
    if (this.startsStory(line)) return
    this.addBodyLine(line)
  }

  private addBodyLine(line: string): void {
    this.draft.bodyLines.push(line)
    this.bodyChars += line.length + 1
    if (this.bodyChars > MAX_STORY_CHARS) throw new OversizeError('story', this.nextPosition + 1)
  }

  /** After the metadata lines: more metadata, the "read also" block, the next story, or (rarely) more text. */
  private onFooter(line: string): void {
    if (isBlank(line) || this.readLabel(line)) return
    if (this.startsStory(line)) return
    // Anything else is text after a label line: keep it in the body (cleaning drops boilerplate and teasers).
    this.addBodyLine(line)
    this.state = 'body'
  }

  /** Opens the next story at a "read also" marker or a title followed by a date line; true when it did. */
  private startsStory(line: string): boolean {
    if (isReadAlsoMarker(line)) {
      if (!this.storyFollows()) return false
      this.closeStory('read-also')
      this.inReadAlso = true
      this.state = 'title'
      return true
    }
    // Inside the page's own story only its metadata or a marker ends the body: a short line followed by
    // a date ("إيمان" / "17/07/2018" signing a letter) is still the article.
    if (this.state === 'body' && !this.inReadAlso) return false
    if (!isTitleLike(line) || !this.dateLineFollows(0)) return false
    this.closeStory(this.state === 'footer' ? 'page' : 'story')
    this.draft.title = line.trim()
    this.state = 'date'
    return true
  }

  private readLabel(line: string): boolean {
    const labelled = readPageLabel(line)
    if (!labelled) return false
    const { label, value } = labelled
    if (label === 'keywords') this.draft.keywords = splitKeywords(value)
    else if (label === 'source') {
      this.draft.source = value
      this.draft.sourceFrom = 'label'
    } else this.draft[label] = value
    return true
  }

  private applyDateLine(dateLine: DateLine): void {
    if (dateLine.publishedText) applyDate(this.draft, 'date', dateLine.published, dateLine.publishedText)
    if (dateLine.updatedText) applyDate(this.draft, 'updated', dateLine.updated, dateLine.updatedText)
  }

  private nextNonBlank(from: number): number {
    for (let i = from; i < this.queue.length; i++) if (!isBlank(this.queue[i]!)) return i
    return -1
  }

  /** The next non-blank line after `from` is a date line. */
  private dateLineFollows(from: number): boolean {
    const next = this.nextNonBlank(from)
    return next >= 0 && readDateLine(this.queue[next]!) !== null
  }

  /** The lines ahead are a title and a date line: a story, not a teaser list. */
  private storyFollows(): boolean {
    const title = this.nextNonBlank(0)
    return title >= 0 && isTitleLike(this.queue[title]!) && this.dateLineFollows(title + 1)
  }

  /**
   * Ends the current story. Why it ends decides what it is: the file's first story, a story that had
   * its own metadata before a "read also" marker, or one that follows metadata without a marker is a
   * page's story; a story inside a "read also" block is related to the page's story.
   */
  private closeStory(reason: 'read-also' | 'story' | 'page' | 'end'): void {
    const isPageStory = this.pagePosition === null || !this.inReadAlso || (reason === 'read-also' && this.hadFooter)
    if (!isPageStory && this.pagePosition !== null) this.draft.related = [this.pagePosition]
    const story = finishStory(this.nextPosition, this.draft)
    if (story) {
      this.ready.push(story)
      if (isPageStory) this.pagePosition = story.position
      this.nextPosition++
    }
    if (reason === 'page') this.inReadAlso = false
    this.draft = emptyDraft()
    this.bodyChars = 0
    this.hadFooter = false
  }
}
