import { useRef } from 'react'
import type { BriefingItem } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { useStoryDates } from '../organise'
import { selectedPassage } from './selection'
import { useAutosave } from './useAutosave'

export interface ItemPatch {
  comment?: string | null
  excerpt?: string | null
  fullBody?: boolean
}

export interface ItemDetailsProps {
  item: BriefingItem
  number: string
  onSave(patch: ItemPatch): void
}

/**
 * One item: the analyst's comment, the excerpt (typed, or picked by selecting a passage of the story shown below),
 * and whether the whole story goes out instead. Saved as the analyst types.
 */
export function ItemDetails({ item, number, onSave }: ItemDetailsProps) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const storyText = useRef<HTMLDivElement>(null)
  const story = useApi(() => api.getStory({ id: item.storyId }), [item.storyId])
  const comment = useAutosave(item.comment ?? '', (value) => onSave({ comment: value.trim() === '' ? null : value }))
  const excerpt = useAutosave(item.excerpt ?? '', (value) => onSave({ excerpt: value.trim() === '' ? null : value }))

  const takeSelection = () => {
    const passage = selectedPassage(storyText.current)
    if (!passage) return
    excerpt.onChange(passage)
    excerpt.flush()
  }

  return (
    <div className="briefing-item-details" data-testid="briefing-item-details">
      <h3 className="briefing-form__heading">
        <span className="briefing-item__number">{number}</span> <bdi>{item.story.title ?? t.briefingUntitledStory}</bdi>
      </h3>
      <p className="briefing-item-details__meta">
        {item.story.source && <bdi>{item.story.source}</bdi>}
        {(item.story.date || item.story.dateText) && (
          <span>{item.story.date ? dates.day(item.story.date) : <bdi>{item.story.dateText}</bdi>}</span>
        )}
      </p>
      <label className="briefing-field">
        <span>{t.briefingCommentLabel}</span>
        <textarea
          dir="auto"
          rows={4}
          value={comment.value}
          onChange={(event) => comment.onChange(event.target.value)}
          onBlur={comment.flush}
        />
      </label>
      <label className="briefing-field">
        <span>{t.briefingExcerptLabel}</span>
        <textarea
          dir="auto"
          rows={4}
          value={excerpt.value}
          aria-describedby="briefing-excerpt-hint"
          onChange={(event) => excerpt.onChange(event.target.value)}
          onBlur={excerpt.flush}
        />
        <small id="briefing-excerpt-hint" className="briefing-field__hint">
          {excerpt.value.trim() ? t.briefingExcerptHint : t.briefingNoExcerpt}
        </small>
      </label>
      <label className="briefing-check">
        <input
          type="checkbox"
          checked={item.fullBody}
          disabled={!item.excerpt}
          onChange={(event) => onSave({ fullBody: event.target.checked })}
        />
        <span>{t.briefingFullBody}</span>
      </label>
      <div className="briefing-item-details__story">
        <div className="briefing-item-details__story-bar">
          <h4>{t.briefingStoryText}</h4>
          {/* Keeps the selection: a press on this button must not clear the text the analyst just selected. */}
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection}>
            {t.briefingUseSelection}
          </button>
        </div>
        <div ref={storyText} className="briefing-item-details__story-text">
          {story.data?.body
            .split(/\n+/)
            .filter((line) => line.trim() !== '')
            .map((line, index) => (
              <p key={index} dir="auto">
                {line}
              </p>
            ))}
        </div>
      </div>
    </div>
  )
}
