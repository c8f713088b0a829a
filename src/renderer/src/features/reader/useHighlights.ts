import { useCallback, useEffect, useState } from 'react'
import type { StoryHighlights } from '../../../../shared/contract/search'
import { api } from '../../lib/api'

const NONE: StoryHighlights = { title: [], body: [] }

export interface Highlights {
  ranges: StoryHighlights
  total: number
  /** The match the analyst is on (0-based over the title's then the body's matches), or null when there are none. */
  current: number | null
  next(): void
  previous(): void
}

/**
 * Every occurrence of the search's words in the story (ranges in the text as stored, so a mark covers the word
 * as written, harakat and tatweel included) and the one the analyst is on. A query that cannot be read has no
 * highlights here: the search box says what is wrong with it.
 */
export function useHighlights(storyId: number, query: string | null): Highlights {
  const [loaded, setLoaded] = useState<{ storyId: number; query: string; ranges: StoryHighlights } | null>(null)
  const [current, setCurrent] = useState(0)

  useEffect(() => {
    const wanted = query?.trim() ?? ''
    if (wanted === '') return
    let live = true
    api.storyHighlights({ id: storyId, query: wanted }).then(
      (ranges) => live && (setLoaded({ storyId, query: wanted, ranges }), setCurrent(0)),
      () => live && setLoaded({ storyId, query: wanted, ranges: NONE })
    )
    return () => {
      live = false
    }
  }, [storyId, query])

  // Ranges belong to one story and one query: until the new ones arrive, show none rather than misplaced ones.
  const ranges = loaded && loaded.storyId === storyId && loaded.query === (query?.trim() ?? '') ? loaded.ranges : NONE
  const total = ranges.title.length + ranges.body.length
  const step = useCallback((by: number) => total > 0 && setCurrent((index) => (index + by + total) % total), [total])
  return {
    ranges,
    total,
    current: total > 0 ? Math.min(current, total - 1) : null,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step])
  }
}
