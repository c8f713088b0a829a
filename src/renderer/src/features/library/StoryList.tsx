import type { ReactNode } from 'react'
import type { ApiEventName } from '../../../../shared/api'
import type { StoryPage, StorySummary } from '../../../../shared/domain'
import { useI18n } from '../../i18n/I18nProvider'
import { useApi } from '../../lib/useApi'

const PAGE_SIZE = 200

interface StoryListProps {
  /** Loads the first page of stories to show; `key` says when the list is a different one. */
  load(offset: number, limit: number): Promise<StoryPage>
  listKey: string
  heading?: string
  /** What an empty list shows (the first screen for the whole library); a plain message otherwise. */
  empty?: ReactNode
  refreshOn?: readonly ApiEventName[]
  selectedId: number | null
  onSelect(story: StorySummary): void
}

/** A list of stories (all, or an import's). Story text keeps its own direction (dir="auto"). */
export function StoryList({ load, listKey, heading, empty, refreshOn = ['libraryChanged'], selectedId, onSelect }: StoryListProps) {
  const { t, format } = useI18n()
  const page = useApi(() => load(0, PAGE_SIZE), [listKey], refreshOn)

  if (page.error)
    return (
      <p className="pane__message" role="alert">
        {page.error.message}
      </p>
    )
  if (!page.data) return <p className="pane__message">{t.loading}</p>
  if (page.data.total === 0) return empty ?? <p className="pane__message pane__message--empty">{t.emptyList}</p>

  return (
    <>
      {heading && <h2 className="pane__heading">{heading}</h2>}
      <ul className="story-list" role="listbox" aria-label={heading ?? t.storiesHeading}>
        {page.data.stories.map((story) => (
          <li
            key={story.id}
            role="option"
            aria-selected={story.id === selectedId}
            tabIndex={0}
            className="story-list__item"
            onClick={() => onSelect(story)}
            onKeyDown={(event) => event.key === 'Enter' && onSelect(story)}
          >
            <span className="story-list__title" dir="auto">
              {story.title ?? story.excerpt.slice(0, 80)}
            </span>
            <span className="story-list__meta">
              <bdi dir="auto">{story.source ?? ''}</bdi> · <span>{story.date ? format.date(story.date, 'short') : t.noDate}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
