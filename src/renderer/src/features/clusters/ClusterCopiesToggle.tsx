import { useState } from 'react'
import type { StoryCopy } from '../../../../shared/contract/clusters'
import { useI18n } from '../../i18n/I18nProvider'
import { useStoryDates } from '../organise'
import { api } from '../../lib/api'

/**
 * A grouped search result's "carried by N outlets": unfolds the other outlets' copies in place, each opening its
 * own story. Clicks stay inside (the row around it selects and opens on click).
 */
export function ClusterCopiesToggle({ storyId, clusterSize, onOpenStory }: { storyId: number; clusterSize: number; onOpenStory(storyId: number): void }) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const [copies, setCopies] = useState<StoryCopy[] | null>(null)
  const [open, setOpen] = useState(false)

  const toggle = async () => {
    if (!open && copies === null) setCopies((await api.storyCopies({ id: storyId })).copies.filter((copy) => copy.id !== storyId))
    setOpen(!open)
  }

  return (
    <span className="cluster-copies" onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
      <button type="button" className="cluster-copies__toggle" aria-expanded={open} onClick={() => void toggle()}>
        {t.carriedBy(clusterSize)} {open ? '▴' : '▾'}
      </button>
      {open && copies && (
        <span className="cluster-copies__list" role="list">
          {copies.map((copy) => (
            <button key={copy.id} type="button" role="listitem" className="cluster-copies__copy" onClick={() => onOpenStory(copy.id)}>
              <bdi dir="auto">{copy.source ?? '—'}</bdi> · {copy.date ? dates.shortDay(copy.date) : t.noDate} · <bdi dir="auto">{copy.title}</bdi>
            </button>
          ))}
        </span>
      )}
    </span>
  )
}
