import type { StorySummary } from '../../../../shared/domain'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'

/** The list pane for "All stories": newest first. Story text keeps its own direction (dir="auto"). */
export function StoryList({ selectedId, onSelect }: { selectedId: number | null; onSelect(story: StorySummary): void }) {
  const { t } = useI18n()
  const page = useApi(() => api.listStories({ offset: 0, limit: 200 }), [], ['libraryChanged'])

  if (page.error) return <p className="pane__message" role="alert">{page.error.message}</p>
  if (!page.data) return <p className="pane__message">{t.loading}</p>
  if (page.data.total === 0) return <p className="pane__message pane__message--empty">{t.emptyLibrary}</p>

  return (
    <ul className="story-list" role="listbox" aria-label={t.storiesHeading}>
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
          <span className="story-list__title" dir="auto">{story.title ?? story.excerpt.slice(0, 80)}</span>
          <span className="story-list__meta">
            <bdi dir="auto">{story.source ?? ''}</bdi> · <span>{story.date ?? t.noDate}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
