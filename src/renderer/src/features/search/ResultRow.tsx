import type { SearchHit } from '../../../../shared/contract/search'
import { readableTextOn } from '../../../../shared/tagColors'
import { useI18n } from '../../i18n/I18nProvider'
import { ClusterCopiesToggle } from '../clusters'
import { HighlightedText } from './HighlightedText'

interface ResultRowProps {
  hit: SearchHit
  tagColours: ReadonlyMap<string, string>
  onOpenStory(storyId: number): void
}

/**
 * One result: title and snippet with every matched word marked as written, source, day, tags, the forms that
 * matched, and — for a story several outlets carried — "carried by N outlets", unfolding their copies. Story text keeps its own direction (dir="auto") whatever the interface language.
 */
export function ResultRow({ hit, tagColours, onOpenStory }: ResultRowProps) {
  const { t, format } = useI18n()
  return (
    <>
      <span className="search-result__title" dir="auto">
        {hit.title ? <HighlightedText text={hit.title} ranges={hit.titleHighlights} /> : t.untitled}
      </span>
      <span className="search-result__meta">
        {hit.source && <bdi dir="auto">{hit.source}</bdi>}
        {hit.source && ' · '}
        {hit.date ? (
          <time dateTime={hit.date} title={hit.dateText ?? undefined}>
            {format.date(hit.date, 'short')}
          </time>
        ) : (
          <span>{hit.dateText ?? t.noDate}</span>
        )}
        {hit.tags.map((tag) => {
          const colour = tagColours.get(tag) ?? '#4b5563'
          return (
            <span key={tag} className="search-result__tag" dir="auto" style={{ background: colour, color: readableTextOn(colour) }}>
              {tag}
            </span>
          )
        })}
      </span>
      {hit.snippet.text && (
        <span className="search-result__snippet" dir="auto">
          <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
        </span>
      )}
      {/* Keyed by story: a row that shows another story after a refresh does not keep the copies unfolded for the last one. */}
      {hit.clusterSize > 1 && <ClusterCopiesToggle key={hit.id} storyId={hit.id} clusterSize={hit.clusterSize} onOpenStory={onOpenStory} />}
      {hit.matched.length > 0 && (
        <span className="search-result__matched">
          {t.matchedLabel}{' '}
          {hit.matched.map((form, index) => (
            <bdi key={index} dir="auto" className="search-result__form">
              {form}
            </bdi>
          ))}
        </span>
      )}
    </>
  )
}
