import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import type { SuggestionItem } from './suggestionItems'

interface SuggestionListProps {
  id: string
  items: readonly SuggestionItem[]
  active: number
  onChoose(item: SuggestionItem): void
}

/** The search box's suggestions, grouped by kind; option ids are `${id}-${index}` for aria-activedescendant. */
export function SuggestionList({ id, items, active, onChoose }: SuggestionListProps) {
  const { t } = useI18n()
  const headings: Record<SuggestionItem['kind'], string> = {
    recent: t.suggestionRecent,
    saved: t.suggestionSaved,
    tag: t.suggestionTags,
    source: t.suggestionSources,
    word: t.suggestionWords
  }
  const groups: { kind: SuggestionItem['kind']; options: ReactNode[] }[] = []
  items.forEach((item, index) => {
    if (groups.at(-1)?.kind !== item.kind) groups.push({ kind: item.kind, options: [] })
    groups.at(-1)!.options.push(
      <li
        key={index}
        id={`${id}-${index}`}
        role="option"
        aria-selected={index === active}
        className="suggestions__option"
        onMouseDown={(event) => event.preventDefault() /* keep focus in the box */}
        onClick={() => onChoose(item)}
      >
        <bdi dir="auto">{label(item)}</bdi>
        {item.kind === 'saved' && (
          <bdi dir="auto" className="suggestions__detail">
            {item.query}
          </bdi>
        )}
      </li>
    )
  })
  return (
    <ul id={id} role="listbox" className="suggestions" aria-label={t.suggestionsLabel}>
      {groups.map((group) => (
        <li key={group.kind} role="presentation">
          <span className="suggestions__heading" aria-hidden="true">
            {headings[group.kind]}
          </span>
          <ul role="group" aria-label={headings[group.kind]}>
            {group.options}
          </ul>
        </li>
      ))}
    </ul>
  )
}

function label(item: SuggestionItem): string {
  switch (item.kind) {
    case 'recent':
      return item.query
    case 'saved':
      return `★ ${item.name}`
    case 'tag':
      return `#${item.name}`
    case 'source':
      return item.name
    case 'word':
      return item.term
  }
}
