import { useEffect, useMemo, useState } from 'react'
import type { CoverageComparison as Comparison, TrendPeriod } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { PeriodChoice, storedPeriod } from './TrendChart'
import { seriesColour, TimeSeriesPlot } from './TimeSeriesPlot'

/** How many saved searches are compared when the view opens (the analyst ticks others). */
const FIRST_CHOSEN = 5

/**
 * Saved searches side by side: their coverage over the same periods, and each one's share of it all — which
 * subject the outlets gave more room, and when. Clicking a search's name opens it.
 */
export function CoverageComparison({ onOpen }: { onOpen(query: string, savedSearchId: number): void }) {
  const { t, format } = useI18n()
  const saved = useApi(() => api.listSavedSearches(), [], ['savedSearchesChanged', 'libraryChanged'])
  const [chosen, setChosen] = useState<number[] | null>(null)
  const [by, setBy] = useState<TrendPeriod>(storedPeriod)
  const [comparison, setComparison] = useState<Comparison | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const ids = useMemo(() => chosen ?? saved.data?.slice(0, FIRST_CHOSEN).map((search) => search.id) ?? [], [chosen, saved.data])

  useEffect(() => {
    if (ids.length === 0) return setComparison(null)
    let current = true
    setProblem(null)
    api.compareSavedSearches({ ids, by }).then(
      (result) => current && setComparison(result),
      (error: unknown) => current && setProblem((error as Error).message)
    )
    return () => {
      current = false
    }
  }, [ids, by])

  const series = useMemo(
    () =>
      comparison?.searches.map((search, index) => ({
        label: search.savedSearch.name,
        counts: search.counts,
        colour: seriesColour(index)
      })) ?? [],
    [comparison]
  )
  const toggle = (id: number) => setChosen(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id])

  return (
    <section className="coverage-comparison" aria-labelledby="coverage-comparison-heading" data-testid="coverage-comparison">
      <h2 id="coverage-comparison-heading" className="pane__heading">
        {t.compareHeading}
      </h2>
      {saved.data?.length === 0 && <p className="pane__message">{t.compareNothingSaved}</p>}
      {saved.data && saved.data.length > 0 && (
        <div className="coverage-comparison__body">
          <fieldset className="coverage-comparison__choice">
            <legend>{t.compareChoose}</legend>
            {saved.data.map((search) => (
              <label key={search.id}>
                <input
                  type="checkbox"
                  checked={ids.includes(search.id)}
                  disabled={!ids.includes(search.id) && ids.length >= 12}
                  onChange={() => toggle(search.id)}
                />
                <bdi>{search.name}</bdi>
              </label>
            ))}
          </fieldset>
          <div className="trend-chart__controls">
            <PeriodChoice by={by} onChange={setBy} />
          </div>
          {problem && (
            <p className="pane__message" role="alert">
              {problem}
            </p>
          )}
          {comparison && comparison.periods.length > 0 && (
            <TimeSeriesPlot periods={comparison.periods} by={comparison.by} series={series} legend />
          )}
          {comparison && (
            <ol className="coverage-comparison__shares" aria-label={t.compareSharesLabel}>
              {[...comparison.searches]
                .sort((a, b) => b.total - a.total)
                .map((search) => (
                  <li key={search.savedSearch.id}>
                    <span
                      className="coverage-comparison__bar"
                      style={{
                        inlineSize: `${Math.round(search.share * 100)}%`,
                        background: seriesColour(comparison.searches.indexOf(search))
                      }}
                    />
                    <button
                      type="button"
                      className="search-link-button"
                      onClick={() => onOpen(search.savedSearch.query, search.savedSearch.id)}
                    >
                      <bdi>{search.savedSearch.name}</bdi>
                    </button>{' '}
                    {t.compareShare(format.number(Math.round(search.share * 100)), search.total)}
                  </li>
                ))}
            </ol>
          )}
        </div>
      )}
    </section>
  )
}
