import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import type { Briefing, BriefingItem, BriefingSection } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { useStoryDates } from '../organise'
import { useAutosave } from './useAutosave'

/** What an item dragged within the outline carries: its id. */
const ITEM_DRAG_TYPE = 'application/x-marsad-briefing-item'

export interface OutlineActions {
  moveItem(itemId: number, sectionId: number, position: number): Promise<void>
  removeItem(itemId: number): void
  addSection(): void
  renameSection(sectionId: number, heading: string): void
  removeSection(section: BriefingSection): void
  removeChart(section: BriefingSection): void
}

export interface BriefingOutlineProps {
  briefing: Briefing
  selectedItemId: number | null
  coverSelected: boolean
  onSelectItem(itemId: number): void
  onSelectCover(): void
  actions: OutlineActions
}

interface Place {
  section: BriefingSection
  sectionIndex: number
  index: number
}

function placeOf(briefing: Briefing, itemId: number): Place | null {
  for (const [sectionIndex, section] of briefing.sections.entries()) {
    const index = section.items.findIndex((item) => item.id === itemId)
    if (index >= 0) return { section, sectionIndex, index }
  }
  return null
}

const itemButton = (itemId: number) => document.querySelector<HTMLElement>(`[data-item-id="${itemId}"] .briefing-item__open`)

/**
 * The briefing's outline: the cover, then each section (its heading edited in place) with its items in order. Items
 * move by dragging, or from the keyboard: Alt+↑/↓ within the section, Alt+Shift+↑/↓ to the end of the previous
 * section or the start of the next; ↑/↓ go from item to item; Delete removes (with undo).
 */
export function BriefingOutline({ briefing, selectedItemId, coverSelected, onSelectItem, onSelectCover, actions }: BriefingOutlineProps) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const [dropMark, setDropMark] = useState<{ sectionId: number; before: number | null } | null>(null)
  const focusAfterMove = useRef<number | null>(null)
  const allItems = briefing.sections.flatMap((section) => section.items)

  // After a move the list re-renders; keep the focus on the item that moved.
  useEffect(() => {
    if (focusAfterMove.current === null) return
    itemButton(focusAfterMove.current)?.focus()
    focusAfterMove.current = null
  }, [briefing])

  const move = (itemId: number, sectionId: number, position: number) => {
    focusAfterMove.current = itemId
    void actions.moveItem(itemId, sectionId, position)
  }

  const onItemKeyDown = (event: KeyboardEvent, item: BriefingItem) => {
    const place = placeOf(briefing, item.id)!
    const { sections } = briefing
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      const down = event.key === 'ArrowDown'
      if (event.shiftKey) {
        const target = sections[place.sectionIndex + (down ? 1 : -1)]
        if (target) move(item.id, target.id, down ? 0 : target.items.length)
      } else if (down ? place.index < place.section.items.length - 1 : place.index > 0) {
        move(item.id, place.section.id, place.index + (down ? 1 : -1))
      }
      return
    }
    if (!event.altKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      const at = allItems.findIndex((other) => other.id === item.id)
      const next = allItems[at + (event.key === 'ArrowDown' ? 1 : -1)]
      if (next) itemButton(next.id)?.focus()
      return
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      const at = allItems.findIndex((other) => other.id === item.id)
      focusAfterMove.current = (allItems[at + 1] ?? allItems[at - 1])?.id ?? null
      actions.removeItem(item.id)
    }
  }

  const carriesItem = (event: DragEvent) => event.dataTransfer.types.includes(ITEM_DRAG_TYPE)

  /** Where a drop over `section` lands: before the item under the pointer (its lower half: after it), else at the end. */
  const dropTarget = (event: DragEvent, section: BriefingSection): { before: number | null } => {
    const row = (event.target as Element).closest<HTMLElement>('[data-item-id]')
    if (!row) return { before: null }
    const index = section.items.findIndex((item) => item.id === Number(row.dataset.itemId))
    const box = row.getBoundingClientRect()
    const after = event.clientY > box.top + box.height / 2
    const beforeItem = section.items[after ? index + 1 : index]
    return { before: beforeItem ? beforeItem.id : null }
  }

  const onDrop = (event: DragEvent, section: BriefingSection) => {
    if (!carriesItem(event)) return
    event.preventDefault()
    setDropMark(null)
    const itemId = Number(event.dataTransfer.getData(ITEM_DRAG_TYPE))
    const { before } = dropTarget(event, section)
    if (before === itemId) return
    // Positions count the section's items without the one that moves.
    const others = section.items.filter((item) => item.id !== itemId)
    const position = before === null ? others.length : others.findIndex((item) => item.id === before)
    move(itemId, section.id, position)
  }

  return (
    <nav className="briefing-outline" aria-label={t.briefingOutlineLabel}>
      <button type="button" className="briefing-outline__cover" aria-current={coverSelected ? 'true' : undefined} onClick={onSelectCover}>
        <span className="briefing-outline__cover-title" dir="auto">
          {briefing.title}
        </span>
        <span className="briefing-outline__cover-label">{t.briefingCover}</span>
      </button>
      <p className="briefing-outline__hint">{t.briefingMoveHint}</p>
      <ol className="briefing-outline__sections">
        {briefing.sections.map((section, sectionIndex) => (
          <li
            key={section.id}
            className={`briefing-section${dropMark?.sectionId === section.id ? ' briefing-section--drop' : ''}`}
            data-testid="briefing-section"
            onDragOver={(event) => {
              if (!carriesItem(event)) return
              event.preventDefault()
              event.dataTransfer.dropEffect = 'move'
              setDropMark({ sectionId: section.id, before: dropTarget(event, section).before })
            }}
            onDragLeave={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropMark(null)
            }}
            onDrop={(event) => onDrop(event, section)}
          >
            <SectionHeader number={sectionIndex + 1} section={section} actions={actions} />
            {section.chart && (
              <p className="briefing-section__chart" data-testid="briefing-section-chart">
                <bdi>{t.chartInSection(section.chart.caption)}</bdi>{' '}
                <button type="button" onClick={() => actions.removeChart(section)}>
                  {t.chartRemove}
                </button>
              </p>
            )}
            {section.items.length === 0 && <p className="briefing-section__empty">{t.briefingSectionEmpty}</p>}
            <ol className="briefing-section__items">
              {section.items.map((item, index) => (
                <li
                  key={item.id}
                  data-item-id={item.id}
                  className={`briefing-item${dropMark?.before === item.id ? ' briefing-item--drop-before' : ''}`}
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.setData(ITEM_DRAG_TYPE, String(item.id))
                    event.dataTransfer.effectAllowed = 'move'
                  }}
                  onDragEnd={() => setDropMark(null)}
                >
                  <button
                    type="button"
                    className="briefing-item__open"
                    aria-current={selectedItemId === item.id ? 'true' : undefined}
                    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+Shift+ArrowUp Alt+Shift+ArrowDown Delete"
                    onClick={() => onSelectItem(item.id)}
                    onKeyDown={(event) => onItemKeyDown(event, item)}
                  >
                    <span className="briefing-item__number">
                      {sectionIndex + 1}.{index + 1}
                    </span>
                    <span className="briefing-item__title" dir="auto">
                      {item.story.title ?? t.briefingUntitledStory}
                    </span>
                    <span className="briefing-item__meta">
                      {item.story.source && <bdi>{item.story.source}</bdi>}
                      {item.story.date && <span>{dates.shortDay(item.story.date)}</span>}
                      {item.excerpt && <span className="briefing-item__badge">{t.briefingItemHasExcerpt}</span>}
                      {item.comment && <span className="briefing-item__badge">{t.briefingItemHasComment}</span>}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="briefing-item__remove"
                    aria-label={t.briefingRemoveItem}
                    title={`${t.briefingRemoveItem} (Delete)`}
                    onClick={() => actions.removeItem(item.id)}
                  >
                    ×
                  </button>
                </li>
              ))}
              {dropMark?.sectionId === section.id && dropMark.before === null && (
                <li className="briefing-item__drop-end" aria-hidden="true" />
              )}
            </ol>
          </li>
        ))}
      </ol>
      <button type="button" className="briefing-outline__add-section" onClick={actions.addSection}>
        + {t.briefingAddSection}
      </button>
    </nav>
  )
}

function SectionHeader({ number, section, actions }: { number: number; section: BriefingSection; actions: OutlineActions }) {
  const { t } = useI18n()
  const heading = useAutosave(section.heading, (value) => {
    if (value.trim()) actions.renameSection(section.id, value)
  })
  return (
    <div className="briefing-section__header">
      <span className="briefing-section__number">{number}</span>
      <input
        className="briefing-section__heading"
        dir="auto"
        aria-label={t.briefingSectionHeadingLabel}
        value={heading.value}
        onChange={(event) => heading.onChange(event.target.value)}
        onBlur={heading.flush}
      />
      <button
        type="button"
        className="briefing-section__remove"
        aria-label={t.briefingRemoveSection(section.heading)}
        title={t.briefingRemoveSection(section.heading)}
        onClick={() => actions.removeSection(section)}
      >
        ×
      </button>
    </div>
  )
}
