/**
 * A file's all-numeric dates read one way throughout: 05/11/2017 is 5 November in a file that also has
 * 25/05/2017, and 11 May in one that has 05/25/2017. Stories wait, in order, while the file's dates have not
 * yet said which; the first date that does decides for all of them.
 */
import { isAmbiguousNumericDate, numericDateOrder, parseDumpDate, type NumericDateOrder } from '../dates'
import type { ParsedStory } from '../types'

/**
 * Stories held at most while waiting for a telling date. A file whose first this-many dates all read both ways
 * is read day first (the common order in Arabic and most exports); the wait keeps the import's memory bounded.
 */
export const MAX_STORIES_WAITING = 5000

export class NumericDateOrderResolver {
  private order: NumericDateOrder | null = null
  private readonly waiting: ParsedStory[] = []

  /** The story, and those that waited for it, once their order is known; else nothing yet. */
  add(story: ParsedStory): ParsedStory[] {
    if (!this.order) {
      this.order = numericDateOrder(story.dateText ?? '') ?? numericDateOrder(story.updatedText ?? '')
    }
    if (this.order) return this.release(story)
    if (this.waiting.length === 0 && !isAmbiguousNumericDate(story.dateText ?? '') && !isAmbiguousNumericDate(story.updatedText ?? '')) {
      return [story]
    }
    this.waiting.push(story)
    if (this.waiting.length >= MAX_STORIES_WAITING) this.order = 'day-first'
    return this.order ? this.release() : []
  }

  /** The end of the file: stories still waiting keep the day-first reading they were parsed with. */
  finish(): ParsedStory[] {
    return this.waiting.splice(0)
  }

  private release(latest?: ParsedStory): ParsedStory[] {
    const stories = this.waiting.splice(0)
    if (latest) stories.push(latest)
    if (this.order === 'month-first') stories.forEach(redate)
    return stories
  }
}

/** Stories are parsed day first; this reads their numeric dates month first. */
function redate(story: ParsedStory): void {
  if (story.dateText) story.date = parseDumpDate(story.dateText, 'month-first')?.date ?? null
  if (story.updatedText) story.updated = parseDumpDate(story.updatedText, 'month-first')?.date ?? null
}
