import { useState, type MouseEvent, type ReactNode } from 'react'
import type { Story } from '../../../../shared/domain'
import { webLink } from '../../../../shared/webLink'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useProblemText, useStoryDates } from '../organise'
import { categoryForMeta } from './categoryCode'
import { RawFields } from './RawFields'

/**
 * Source, the date as a day (in the interface language) and as the dump wrote it, the update, author, section,
 * the address, and every field as the dump wrote it (folded away): a link (opened in the system browser) only when it is a web address, plain text otherwise.
 * The link opens through the API, which looks the story's address up itself: the page opens no window.
 */
export function StoryMeta({ story }: { story: Story }) {
  const { t, language } = useI18n()
  const dates = useStoryDates()
  const problemText = useProblemText()
  const [linkProblem, setLinkProblem] = useState<string | null>(null)
  const link = webLink(story.url)
  const openLink = (event: MouseEvent) => {
    event.preventDefault()
    setLinkProblem(null)
    api.openStoryLink({ id: story.id }).catch((error: unknown) => setLinkProblem(problemText('openLink', error)))
  }
  const facts: { key: string; node: ReactNode }[] = []
  if (story.source) facts.push({ key: 'source', node: <bdi className="story-meta__source">{story.source}</bdi> })
  if (story.date || story.dateText) {
    facts.push({
      key: 'date',
      node: (
        <span>
          {story.date ? <time dateTime={story.date}>{dates.day(story.date)}</time> : t.noDate}
          {story.dateText && story.dateText !== story.date && (
            <span className="story-meta__written">
              {' '}
              (<bdi>{t.readerWrittenAs(story.dateText)}</bdi>)
            </span>
          )}
        </span>
      )
    })
  }
  if (story.updated || story.updatedText) {
    facts.push({ key: 'updated', node: <bdi>{t.readerUpdated(story.updated ? dates.day(story.updated) : story.updatedText!)}</bdi> })
  }
  if (story.author) facts.push({ key: 'author', node: <bdi>{t.readerAuthor(story.author)}</bdi> })
  // A site's category code (internationalNews) reads as words in English and is left out in Arabic: the raw
  // fields below show it as the dump wrote it.
  const category = story.category && categoryForMeta(story.category, language)
  if (category) facts.push({ key: 'category', node: <bdi>{t.readerCategory(category)}</bdi> })

  return (
    <div className="story-meta">
      {facts.length > 0 && (
        <p className="story-meta__facts">
          {facts.map((fact, index) => (
            <span key={fact.key}>
              {index > 0 && <span aria-hidden="true"> · </span>}
              {fact.node}
            </span>
          ))}
        </p>
      )}
      {story.url && (
        <p className="story-meta__url">
          {link ? (
            <a href={link} rel="noopener noreferrer" title={t.readerOpenOriginalHint} onClick={openLink} data-testid="story-link">
              {t.readerOpenOriginal}: <bdi dir="ltr">{story.url}</bdi>
            </a>
          ) : (
            <span title={t.readerAddressNotWeb}>
              {t.readerAddressNotWeb}: <bdi>{story.url}</bdi>
            </span>
          )}
        </p>
      )}
      <RawFields story={story} />
      {linkProblem && (
        <p className="story-meta__problem" role="alert">
          {linkProblem}
        </p>
      )}
    </div>
  )
}
