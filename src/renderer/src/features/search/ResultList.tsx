import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import type { SearchHit } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { STORY_DRAG_TYPE } from '../../app/dragTypes'
import { ResultRow } from './ResultRow'
import { registerFocusTarget, focusTarget } from './searchFocus'
import type { ResultSelectionState } from './useResultSelection'
import type { SearchPages } from './useSearchPages'

/** A first guess at a row's height; each row is measured once drawn. */
const ESTIMATED_ROW_HEIGHT = 72
const PAGE_STEP = 8

interface ResultListProps {
  pages: SearchPages
  /** Rows in the list: the search's total, or fewer once a short page has shown where it ends. */
  rows: number
  selection: ResultSelectionState
  openId: number | null
  tagColours: ReadonlyMap<string, string>
  onOpen(hit: SearchHit): void
  /** Opens another story (a copy unfolded under a grouped row). */
  onOpenStory(storyId: number): void
  /** T: tag the selection (or the row under the cursor). */
  onTagRequest(): void
}

const rowId = (index: number) => `search-result-${index}`

/**
 * The results as a virtualised listbox: only the rows on screen exist in the page, so 100,000 results scroll like
 * 100; pages are fetched as rows come into view. Keyboard: ↑↓ PageUp PageDown Home End move, Enter opens, Space
 * and Shift+arrows select, Ctrl+A selects all, T tags, Esc goes back to the search box. Rows can be dragged onto
 * the reader to link them to the open story.
 */
export function ResultList({ pages, rows, selection, openId, tagColours, onOpen, onOpenStory, onTagRequest }: ResultListProps) {
  const { t } = useI18n()
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 6
  })
  const shown = virtualizer.getVirtualItems()
  const firstShown = shown[0]?.index ?? 0
  const lastShown = shown.at(-1)?.index ?? -1
  const { cursor } = selection
  const { ensureRange, summary } = pages

  useEffect(() => {
    // Again after every refresh (a new summary): the rows on screen may show stale pages.
    if (lastShown >= 0) ensureRange(firstShown, lastShown)
  }, [ensureRange, firstShown, lastShown, summary])

  useEffect(() => registerFocusTarget('results', () => scroller.current?.focus()), [])

  useEffect(() => {
    if (cursor !== null && cursor < rows) virtualizer.scrollToIndex(cursor, { align: 'auto' })
  }, [cursor, rows, virtualizer])

  const open = (index: number) => {
    const hit = pages.hitAt(index)
    if (hit) onOpen(hit)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (rows === 0) return
    const from = cursor ?? -1
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + PAGE_STEP,
      PageUp: from - PAGE_STEP,
      Home: 0,
      End: rows - 1
    }
    const command = event.ctrlKey || event.metaKey
    if (event.key in moves && !command) {
      selection.moveTo(Math.max(0, Math.min(rows - 1, moves[event.key]!)), event.shiftKey)
    } else if (event.key === 'Enter' && cursor !== null) {
      open(cursor)
    } else if (event.key === ' ' && cursor !== null) {
      selection.toggle(cursor)
    } else if (command && event.key.toLowerCase() === 'a') {
      selection.selectAll()
    } else if (event.key === 'Escape') {
      focusTarget('box')
    } else if (event.key.toLowerCase() === 't' && !command && !event.altKey) {
      onTagRequest()
    } else {
      return
    }
    event.preventDefault()
  }

  const onRowClick = (event: MouseEvent, index: number) => {
    scroller.current?.focus()
    if (event.shiftKey) {
      selection.moveTo(index, true)
    } else if (event.ctrlKey || event.metaKey) {
      selection.toggle(index)
    } else {
      selection.clear()
      selection.moveTo(index, false)
      open(index)
    }
  }

  return (
    <div
      ref={scroller}
      className="search-list"
      role="listbox"
      aria-label={t.resultsLabel}
      aria-multiselectable="true"
      aria-activedescendant={cursor !== null && pages.hitAt(cursor) ? rowId(cursor) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        // Arriving from the keyboard (↓ in the search box, Tab) puts the cursor on the first result; a click places it itself.
        const fromKeyboard = event.target === event.currentTarget && event.currentTarget.matches(':focus-visible')
        if (fromKeyboard && cursor === null && rows > 0) selection.moveTo(0, false)
      }}
    >
      <div className="search-list__sizer" style={{ blockSize: virtualizer.getTotalSize() }}>
        {shown.map((row) => {
          const hit = pages.hitAt(row.index)
          const style = { transform: `translateY(${row.start}px)` }
          if (!hit) {
            return (
              <div
                key={row.key}
                className="search-result search-result--pending"
                data-index={row.index}
                ref={virtualizer.measureElement}
                style={style}
              >
                {t.loadingRow}
              </div>
            )
          }
          const classes = ['search-result', row.index === cursor && 'search-result--cursor', hit.id === openId && 'search-result--open']
            .filter(Boolean)
            .join(' ')
          return (
            <div
              key={row.key}
              id={rowId(row.index)}
              role="option"
              aria-selected={selection.isSelected(hit.id)}
              aria-current={hit.id === openId ? 'true' : undefined}
              aria-posinset={row.index + 1}
              aria-setsize={rows}
              className={classes}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={style}
              draggable
              onDragStart={(event) => {
                event.dataTransfer.setData(STORY_DRAG_TYPE, String(hit.id))
                event.dataTransfer.setData('text/plain', hit.title ?? '')
                event.dataTransfer.effectAllowed = 'copyLink'
              }}
              onMouseDown={(event) => event.shiftKey && event.preventDefault() /* no text selection on Shift+click */}
              onClick={(event) => onRowClick(event, row.index)}
            >
              <ResultRow hit={hit} tagColours={tagColours} onOpenStory={onOpenStory} />
            </div>
          )
        })}
      </div>
    </div>
  )
}
