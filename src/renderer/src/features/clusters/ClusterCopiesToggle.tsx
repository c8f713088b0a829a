import { useState } from 'react'
import type { StoryCopy } from '../../../../shared/contract/clusters'
import { useI18n } from '../../i18n/I18nProvider'
import { useStoryDates } from '../organise'
import { api } from '../../lib/api'

/**
 * A grouped search result's "carried by N outlets": a click unfolds the other outlets' copies in place, each
 * opening its own story. Clicks on the toggle and on a copy stay there; the rest of the line belongs to the row,
 * which selects and opens on click. Nothing here takes the focus: the row is a listbox option, which may hold no
 * control of its own (a screen reader hears "carried by N outlets" as part of the row); from the keyboard, Enter
 * opens the story and the reader lists its copies.
 */
export function ClusterCopiesToggle({
  storyId,
  clusterSize,
  onOpenStory
}: {
  storyId: number
  clusterSize: number
  onOpenStory(storyId: number): void
}) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const [copies, setCopies] = useState<StoryCopy[] | null>(null)
  const [open, setOpen] = useState(false)

  const toggle = async () => {
    if (!open && copies === null) setCopies((await api.storyCopies({ id: storyId })).copies.filter((copy) => copy.id !== storyId))
    setOpen(!open)
  }

  return (
    <span className="cluster-copies">
      <span
        className="cluster-copies__toggle"
        onClick={(event) => {
          event.stopPropagation()
          void toggle()
        }}
      >
        {t.carriedBy(clusterSize)} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </span>
      {open && copies && (
        <span className="cluster-copies__list">
          {copies.map((copy) => (
            <span
              key={copy.id}
              className="cluster-copies__copy"
              onClick={(event) => {
                event.stopPropagation()
                onOpenStory(copy.id)
              }}
            >
              <bdi dir="auto">{copy.source ?? '—'}</bdi> · {copy.date ? dates.shortDay(copy.date) : t.noDate} ·{' '}
              <bdi dir="auto">{copy.title}</bdi>
            </span>
          ))}
        </span>
      )}
    </span>
  )
}
