import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'

export interface ReaderProps {
  storyId: number
  /** The search the story was opened from: its words are highlighted. */
  highlightQuery: string | null
  onOpenStory(storyId: number): void
}

/** The story as written, in the reader pane. (Placeholder: the reader interface replaces it.) */
export function Reader({ storyId }: ReaderProps) {
  const { t } = useI18n()
  const story = useApi(() => api.getStory({ id: storyId }), [storyId], ['libraryChanged'])
  if (story.error) return <p className="pane__message" role="alert">{story.error.message}</p>
  if (!story.data) return <p className="pane__message">{t.loading}</p>
  return (
    <>
      <h2 className="reader__title" dir="auto">{story.data.title}</h2>
      <p className="reader__body" dir="auto">{story.data.body}</p>
    </>
  )
}
