import { useState } from 'react'
import type { StoryNeighbourhood } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { LinkedStoryLabel } from './LinkedStoryLabel'
import { layoutNeighbourhood } from './neighbourhoodLayout'
import { useProblemText } from './problems'
import { useStoryData } from './useStoryData'

const SIZE = { width: 320, height: 220, margin: 14 }
const NODE_RADIUS = { centre: 9, other: 6 }

/**
 * The stories within two links, loaded when the analyst opens it: a small picture (circles and lines; click a
 * circle to open its story) and, for keyboards and screen readers, the same stories as a list.
 */
export function Neighbourhood({ storyId, onOpenStory }: { storyId: number; onOpenStory(storyId: number): void }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  return (
    <details className="neighbourhood" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.neighbourhoodHeading}</summary>
      {open && <NeighbourhoodView storyId={storyId} onOpenStory={onOpenStory} />}
    </details>
  )
}

function NeighbourhoodView({ storyId, onOpenStory }: { storyId: number; onOpenStory(storyId: number): void }) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const graph = useStoryData(() => api.storyNeighbourhood({ id: storyId, depth: 2 }), storyId, 'links')
  if (graph.error)
    return (
      <p className="reader-problem" role="alert">
        {problemText('neighbourhood', graph.error)}
      </p>
    )
  if (!graph.data) return <p className="reader-section__empty">{t.loading}</p>
  return <NeighbourhoodGraph graph={graph.data} onOpenStory={onOpenStory} />
}

function NeighbourhoodGraph({ graph, onOpenStory }: { graph: StoryNeighbourhood; onOpenStory(storyId: number): void }) {
  const { t } = useI18n()
  const positions = layoutNeighbourhood(graph.nodes, graph.edges, SIZE)
  const others = graph.nodes.filter((node) => node.distance > 0)
  const distances = [...new Set(others.map((node) => node.distance))].sort((a, b) => a - b)
  return (
    <>
      <svg
        className="neighbourhood__graph"
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        role="img"
        aria-label={t.neighbourhoodGraph(others.length)}
      >
        {graph.edges.map((edge) => {
          const from = positions.get(edge.from)
          const to = positions.get(edge.to)
          if (!from || !to) return null
          return (
            <line
              key={edge.id}
              className={`neighbourhood__edge${edge.origin === 'import' ? ' neighbourhood__edge--import' : ''}`}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
            />
          )
        })}
        {graph.nodes.map((node) => {
          const at = positions.get(node.id)!
          const centre = node.distance === 0
          return (
            <circle
              key={node.id}
              className={`neighbourhood__node${centre ? ' neighbourhood__node--centre' : ''}`}
              cx={at.x}
              cy={at.y}
              r={centre ? NODE_RADIUS.centre : NODE_RADIUS.other}
              onClick={centre ? undefined : () => onOpenStory(node.id)}
            >
              <title>{node.title ?? t.readerUntitled}</title>
            </circle>
          )
        })}
      </svg>
      {distances.map((distance) => (
        <div key={distance} className="neighbourhood__ring">
          <h4 className="link-group__heading">{t.neighbourhoodDistance(distance)}</h4>
          <ul className="link-list">
            {others
              .filter((node) => node.distance === distance)
              .map((node) => (
                <li key={node.id} className="link-item">
                  <button type="button" className="link-item__story" onClick={() => onOpenStory(node.id)}>
                    <LinkedStoryLabel story={node} />
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
      {graph.truncated && <p className="reader-section__empty">{t.neighbourhoodTruncated}</p>}
    </>
  )
}
