import { useState } from 'react'
import type { StoryCopy } from '../../../../shared/contract/clusters'
import { useI18n } from '../../i18n/I18nProvider'
import { useProblemText, useStoryDates } from '../organise'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'

/** One copy's text against the first report: what the outlet added is marked, what it cut is struck through. */
function CopyDifferences({ copy }: { copy: StoryCopy }) {
  const { t } = useI18n()
  if (copy.diff.every((piece) => piece.kind === 'same')) return <p className="story-copies__same">{t.noDifferences}</p>
  return (
    <>
      <p className="story-copies__legend">{t.differencesLegend}</p>
      <p className="story-copies__diff" dir="auto">
        {copy.diff.map((piece, index) =>
          piece.kind === 'same' ? (
            <span key={index}>{piece.text}</span>
          ) : piece.kind === 'added' ? (
            <ins key={index} title={t.addedByOutlet}>
              {piece.text}
            </ins>
          ) : (
            <del key={index} title={t.cutByOutlet}>
              {piece.text}
            </del>
          )
        )}
      </p>
    </>
  )
}

/**
 * The reader's "other copies": the same story as other outlets carried it, first reported first, each with what
 * it added or cut; a story grouped by mistake can be split out (remembered across re-imports).
 */
export function StoryCopies({ storyId, onOpenStory }: { storyId: number; onOpenStory(storyId: number): void }) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const copies = useApi(() => api.storyCopies({ id: storyId }), [storyId], ['libraryChanged'])
  const [open, setOpen] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const problemText = useProblemText()
  const others = copies.data?.copies.filter((copy) => copy.id !== storyId) ?? []
  if (copies.error)
    return (
      <p className="reader-problem" role="alert">
        {problemText('loadSection', copies.error)}
      </p>
    )
  if (others.length === 0)
    return message ? (
      <p className="story-copies__message" role="status">
        {message}
      </p>
    ) : null

  const split = async () => {
    if (!window.confirm(t.splitConfirm)) return
    await api.splitFromCluster({ id: storyId })
    setMessage(t.splitDone)
    copies.reload()
  }

  return (
    <section className="story-copies" aria-labelledby="story-copies-heading" data-testid="story-copies">
      <h3 id="story-copies-heading">{t.copiesHeading(others.length)}</h3>
      <p className="story-copies__intro">{t.copiesIntro}</p>
      <ul className="story-copies__list">
        {others.map((copy) => (
          <li key={copy.id} className="story-copies__item">
            <div className="story-copies__line">
              <button type="button" className="story-copies__open" onClick={() => onOpenStory(copy.id)} title={t.openCopy}>
                <bdi dir="auto">{copy.source ?? '—'}</bdi>
              </button>
              <span className="story-copies__date">{copy.date ? dates.shortDay(copy.date) : t.noDate}</span>
              {copy.id === copies.data!.first && <span className="story-copies__first">{t.firstReported}</span>}
              {copy.diff.length > 0 && (
                <button
                  type="button"
                  className="toolbar__button"
                  aria-expanded={open === copy.id}
                  onClick={() => setOpen(open === copy.id ? null : copy.id)}
                >
                  {open === copy.id ? t.hideDifferences : t.showDifferences}
                </button>
              )}
            </div>
            <span className="story-copies__title" dir="auto">
              {copy.title}
            </span>
            {open === copy.id && <CopyDifferences copy={copy} />}
          </li>
        ))}
      </ul>
      <button type="button" className="toolbar__button" onClick={() => void split()}>
        {t.splitFromCluster}
      </button>
    </section>
  )
}
