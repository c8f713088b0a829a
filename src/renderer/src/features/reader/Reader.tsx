import { useEffect, useMemo, useRef, useState } from 'react'
import type { LinkedStory } from '../../../../shared/contract/organise'
import type { Story } from '../../../../shared/domain'
import { MarsadError } from '../../../../shared/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { AddToBriefingMenu } from '../briefing'
import { StoryCopies } from '../clusters'
import { LinkDialog, StoryLinks, StoryNotes, StoryTags, useProblemText, useStoryOrganisation } from '../organise'
import { markPieces, paragraphsOf } from './highlightRanges'
import { MarkedText } from './MarkedText'
import { MatchNavigator } from './MatchNavigator'
import { Provenance } from './Provenance'
import { StoryMeta } from './StoryMeta'
import { useHighlights } from './useHighlights'
import { useReaderShortcuts } from './useReaderShortcuts'
import { useStoryDrop } from './useStoryDrop'

export interface ReaderProps {
  storyId: number
  /** The search the story was opened from: its words are highlighted. */
  highlightQuery: string | null
  onOpenStory(storyId: number): void
}

/** The story as written, in the reader pane: metadata, highlights, tags, links, notes and where it came from. */
export function Reader({ storyId, highlightQuery, onOpenStory }: ReaderProps) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const story = useApi(() => api.getStory({ id: storyId }), [storyId], ['libraryChanged'])
  if (story.error) {
    const gone = story.error instanceof MarsadError && story.error.code === 'not-found'
    return (
      <p className="pane__message" role="alert">
        {gone ? t.readerStoryGone : problemText('loadStory', story.error)}
      </p>
    )
  }
  // Until the story asked for arrives, show nothing of another one.
  if (!story.data || story.data.id !== storyId) return <p className="pane__message">{t.loading}</p>
  return <StoryReader key={storyId} story={story.data} highlightQuery={highlightQuery} onOpenStory={onOpenStory} />
}

function StoryReader({
  story,
  highlightQuery,
  onOpenStory
}: {
  story: Story
  highlightQuery: string | null
  onOpenStory(storyId: number): void
}) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const root = useRef<HTMLDivElement>(null)
  const organisation = useStoryOrganisation(story.id)
  const highlights = useHighlights(story.id, highlightQuery)
  const [tagPickerOpen, setTagPickerOpen] = useState(false)
  const [linkDialog, setLinkDialog] = useState<{ target: LinkedStory | null } | null>(null)
  const [dropProblem, setDropProblem] = useState<string | null>(null)

  const linkDropped = (id: number) => {
    setDropProblem(null)
    if (id === story.id) return setDropProblem(t.linkToItself)
    api.getStory({ id }).then(
      (other) => setLinkDialog({ target: { id: other.id, title: other.title, source: other.source, date: other.date } }),
      (error: unknown) => setDropProblem(problemText('link', error))
    )
  }
  const drop = useStoryDrop(linkDropped)

  useReaderShortcuts(root, {
    openTagPicker: () => setTagPickerOpen(true),
    openLinkDialog: () => setLinkDialog({ target: null }),
    nextMatch: highlights.next,
    previousMatch: highlights.previous
  })

  const titleCount = highlights.ranges.title.length
  const title = useMemo(() => markPieces(story.title ?? '', highlights.ranges.title), [story.title, highlights.ranges.title])
  const paragraphs = useMemo(
    () => paragraphsOf(markPieces(story.body, highlights.ranges.body, titleCount)),
    [story.body, highlights.ranges.body, titleCount]
  )

  // Bring the current match into view whenever the analyst moves to another (or the matches arrive).
  const { current: currentMark, ranges: markRanges } = highlights
  useEffect(() => {
    if (currentMark === null) return
    root.current?.querySelector(`[data-mark="${currentMark}"]`)?.scrollIntoView({ block: 'center' })
  }, [currentMark, markRanges])

  const links = organisation.links.data ?? []
  const notes = organisation.notes.data ?? []
  const sectionProblem = [organisation.tags, organisation.suggestions, organisation.links, organisation.notes].find(
    (state) => state.error
  )?.error

  return (
    <div ref={root} className={`reader${drop.active ? ' reader--drop' : ''}`} tabIndex={-1} data-testid="reader" {...drop.handlers}>
      {highlights.total > 0 && (
        <MatchNavigator current={highlights.current!} total={highlights.total} onNext={highlights.next} onPrevious={highlights.previous} />
      )}
      <header className="reader__header">
        <h2 className="reader__title" dir="auto">
          {story.title ? <MarkedText pieces={title} current={highlights.current} /> : t.readerUntitled}
        </h2>
        <StoryMeta story={story} />
        <nav className="reader__jump" aria-label={t.readerSections}>
          <a href="#reader-links">{t.readerLinksCount(links.length)}</a>
          <a href="#reader-notes">{t.readerNotesCount(notes.length)}</a>
        </nav>
        <StoryTags
          storyId={story.id}
          tags={organisation.tags.data ?? []}
          suggestions={organisation.suggestions.data ?? []}
          pickerOpen={tagPickerOpen}
          onPickerOpenChange={setTagPickerOpen}
        />
        {/* Briefings: B, or this menu; a passage selected in the story becomes the item's excerpt. */}
        <AddToBriefingMenu
          storyIds={[story.id]}
          excerptFrom={() => root.current?.querySelector<HTMLElement>('.reader__body') ?? null}
          shortcutScope={root}
        />
      </header>
      {dropProblem && (
        <p className="reader-problem" role="alert">
          {dropProblem}
        </p>
      )}
      {sectionProblem && (
        <p className="reader-problem" role="alert">
          {problemText('loadSection', sectionProblem)}
        </p>
      )}
      <div className="reader__body">
        {paragraphs.map((paragraph, index) => (
          <p key={index} dir="auto">
            <MarkedText pieces={paragraph} current={highlights.current} />
          </p>
        ))}
      </div>
      <StoryCopies storyId={story.id} onOpenStory={onOpenStory} />
      <StoryLinks storyId={story.id} links={links} onOpenStory={onOpenStory} onAddLink={() => setLinkDialog({ target: null })} />
      <StoryNotes storyId={story.id} notes={notes} />
      <Provenance story={story} />
      {drop.active && (
        <div className="reader__drop-hint" aria-hidden="true">
          {t.dropToLink}
        </div>
      )}
      {linkDialog && <LinkDialog storyId={story.id} initialTarget={linkDialog.target} onClose={() => setLinkDialog(null)} />}
    </div>
  )
}
