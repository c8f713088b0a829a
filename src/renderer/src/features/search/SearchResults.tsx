import { useEffect, useState } from 'react'
import type { StorySummary } from '../../../../shared/domain'
import { useI18n } from '../../i18n/I18nProvider'
import { BulkActions, type PickerMode } from './BulkActions'
import { DateRangeControl } from './DateRangeControl'
import { FacetBar } from './FacetBar'
import { QueryHelp } from './QueryHelp'
import { reportUnreadableQuery } from './queryProblem'
import { ResultList } from './ResultList'
import { SaveSearchButton } from './SaveSearchButton'
import { TrendChart } from './TrendChart'
import { useResultSelection } from './useResultSelection'
import { useSearchPages, type SearchSort } from './useSearchPages'
import { useTagColours } from './useTagColours'

export interface SearchResultsProps {
  query: string
  selectedId: number | null
  onOpen(story: Pick<StorySummary, 'id' | 'title'>): void
  /** Facets, sort and date controls change the query; the list reports it up. */
  onQueryChange(query: string): void
}

const SORT_KEY = 'marsad.searchSort'
const COLLAPSE_KEY = 'marsad.searchGroupCopies'
const FACETS_KEY = 'marsad.searchFacetsShown'
const CHART_KEY = 'marsad.searchChartShown'

const storedSort = (): SearchSort => (localStorage.getItem(SORT_KEY) === 'date' ? 'date' : 'relevance')

/**
 * The list pane of a search: the exact count, sort, date range, ⭐ save, facets, the bulk actions bar and the
 * virtualised result list; "did you mean" when nothing matched; the core's message when the query cannot be read
 * (also shown under the search box).
 */
export function SearchResults({ query, selectedId, onOpen, onQueryChange }: SearchResultsProps) {
  const { t } = useI18n()
  const [sort, setSort] = useState<SearchSort>(storedSort)
  const [facetsShown, setFacetsShown] = useState(() => localStorage.getItem(FACETS_KEY) !== 'no')
  const [chartShown, setChartShown] = useState(() => localStorage.getItem(CHART_KEY) === 'yes')
  const [groupCopies, setGroupCopies] = useState(() => localStorage.getItem(COLLAPSE_KEY) !== 'no')
  const [picker, setPicker] = useState<PickerMode | null>(null)
  const pages = useSearchPages(query, sort, groupCopies)
  const { summary } = pages
  const selection = useResultSelection(pages.hitAt, `${query}\u0000${sort}\u0000${groupCopies}`)
  const tagColours = useTagColours()

  useEffect(() => {
    reportUnreadableQuery(summary.error?.code === 'invalid-query' ? summary.error : null, query)
  }, [summary.error, query])

  useEffect(() => setPicker(null), [query])

  const changeSort = (next: SearchSort) => {
    localStorage.setItem(SORT_KEY, next)
    setSort(next)
  }
  const toggleGroupCopies = () => {
    localStorage.setItem(COLLAPSE_KEY, groupCopies ? 'no' : 'yes')
    setGroupCopies(!groupCopies)
  }
  const toggleChart = () => {
    localStorage.setItem(CHART_KEY, chartShown ? 'no' : 'yes')
    setChartShown(!chartShown)
  }
  const toggleFacets = () => {
    localStorage.setItem(FACETS_KEY, facetsShown ? 'no' : 'yes')
    setFacetsShown(!facetsShown)
  }
  const tagFromKeyboard = () => {
    const { selection: current, cursor } = selection
    if (current.kind === 'rows' && current.ids.size === 0) {
      if (cursor === null) return
      selection.toggle(cursor)
    }
    setPicker('tag')
  }

  if (summary.status === 'failed') {
    // The search box says what is wrong with an unreadable query; here, how to write one.
    return summary.error?.code === 'invalid-query' ? (
      <QueryHelp />
    ) : (
      <p className="pane__message search-problem" role="alert">
        {t.searchFailed(summary.error?.message ?? '')}
      </p>
    )
  }

  return (
    <section className="search-results" aria-label={t.resultsLabel}>
      <div className="search-header">
        <h2 className="search-header__count" aria-live="polite">
          {summary.status === 'loading'
            ? t.loading
            : summary.groups !== null && summary.groups < summary.total
              ? t.resultsAndClusters(summary.total, summary.groups)
              : t.resultCount(summary.total)}
        </h2>
        <div className="search-header__sort" role="group" aria-label={t.sortLabel}>
          {(['relevance', 'date'] as const).map((choice) => (
            <button key={choice} type="button" aria-pressed={sort === choice} onClick={() => changeSort(choice)}>
              {choice === 'relevance' ? t.sortRelevance : t.sortDate}
            </button>
          ))}
        </div>
        <DateRangeControl query={query} onQueryChange={onQueryChange} />
        <button type="button" className="search-header__control" aria-expanded={facetsShown} onClick={toggleFacets}>
          {t.filtersButton}
        </button>
        <button type="button" className="search-header__control" aria-pressed={chartShown} onClick={toggleChart}>
          {t.chartButton}
        </button>
        <button
          type="button"
          className="search-header__control"
          aria-pressed={groupCopies}
          title={t.collapseCopiesHint}
          onClick={toggleGroupCopies}
        >
          {t.collapseCopies}
        </button>
        <SaveSearchButton query={query} />
      </div>
      {chartShown && summary.total > 0 && <TrendChart query={query} onQueryChange={onQueryChange} />}
      {summary.status === 'ready' && summary.total === 0 && (
        <div className="pane__message pane__message--empty">
          <p>{t.noResults}</p>
          {summary.unmatchedWords.length > 0 && (
            <p className="search-unmatched">
              {t.unmatchedWords}{' '}
              {summary.unmatchedWords.map((word, index) => (
                <bdi key={index} className="search-unmatched__word">
                  {word}
                </bdi>
              ))}
            </p>
          )}
          {summary.didYouMean ? (
            <p>
              {t.didYouMean}{' '}
              <button type="button" className="search-link-button" dir="auto" onClick={() => onQueryChange(summary.didYouMean!)}>
                {summary.didYouMean}
              </button>
            </p>
          ) : (
            <p>{t.noResultsHint}</p>
          )}
        </div>
      )}
      {summary.total > 0 && (
        <>
          {/* One strip above the results: the facet menus and the bulk actions share it. */}
          <div className="search-strip">
            {facetsShown && summary.facets && <FacetBar facets={summary.facets} query={query} onQueryChange={onQueryChange} />}
            <BulkActions
              query={query}
              total={summary.total}
              selection={selection}
              loadedHits={pages.loadedHits}
              resultTags={summary.facets?.tag.map((facet) => facet.value) ?? []}
              picker={picker}
              onPickerChange={setPicker}
            />
          </div>
          <ResultList
            pages={pages}
            rows={summary.rows}
            selection={selection}
            openId={selectedId}
            tagColours={tagColours}
            onOpen={(hit) => onOpen({ id: hit.id, title: hit.title })}
            onOpenStory={(id) => onOpen({ id, title: null })}
            onTagRequest={tagFromKeyboard}
          />
        </>
      )}
    </section>
  )
}
