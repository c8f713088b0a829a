import type { LinkedStory } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { useStoryDates } from './storyDates'

/** Another story, named the way lists name it: its title in its own direction, then source and day. */
export function LinkedStoryLabel({ story }: { story: LinkedStory }) {
  const { t } = useI18n()
  const dates = useStoryDates()
  return (
    <span className="linked-story">
      <span className="linked-story__title" dir="auto">
        {story.title ?? t.readerUntitled}
      </span>
      <span className="linked-story__meta">
        {story.source && <bdi>{story.source}</bdi>}
        {story.source && ' · '}
        {story.date ? <time dateTime={story.date}>{dates.shortDay(story.date)}</time> : t.noDate}
      </span>
    </span>
  )
}
