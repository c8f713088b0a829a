import { useState } from 'react'
import type { SearchResponse } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { downloadText } from '../../lib/download'
import { HighlightedText } from './HighlightedText'

export interface BatchSearchProps {
  onOpen(storyId: number, query: string): void
}

const STORAGE_KEY = 'marsad.batchQueries'
const PER_QUERY_CHOICES = [5, 20, 100] as const

const queriesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')

/**
 * A watch-list of queries, one per line, run at once: each line's count and top results (each opens the story),
 * and the whole as CSV for a spreadsheet. The list is kept on this machine between visits.
 */
export function BatchSearch({ onOpen }: BatchSearchProps) {
  const { t, format } = useI18n()
  const [text, setText] = useState(() => localStorage.getItem(STORAGE_KEY) ?? '')
  const [perQuery, setPerQuery] = useState<number>(PER_QUERY_CHOICES[0])
  const [results, setResults] = useState<SearchResponse[] | null>(null)
  const [running, setRunning] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const edit = (next: string) => {
    setText(next)
    localStorage.setItem(STORAGE_KEY, next)
  }

  const withQueries = async (action: (queries: string[]) => Promise<void>) => {
    const queries = queriesOf(text)
    setProblem(null)
    if (queries.length === 0) return setProblem(t.batchNoQueries)
    setRunning(true)
    try {
      await action(queries)
    } catch (error) {
      setProblem(t.searchFailed((error as Error).message))
    } finally {
      setRunning(false)
    }
  }

  const run = () => withQueries(async (queries) => setResults((await api.batchSearch({ queries, limit: perQuery })).results))

  const exportCsv = () =>
    withQueries(async (queries) => {
      const { csv } = await api.batchSearchCsv({ queries, limit: perQuery })
      downloadText(`marsad-batch-${new Date().toISOString().slice(0, 10)}.csv`, csv, 'text/csv;charset=utf-8')
    })

  return (
    <section className="batch" aria-labelledby="batch-heading">
      <h2 id="batch-heading" className="batch__heading">
        {t.batchHeading}
      </h2>
      <p className="batch__hint">{t.batchHint}</p>
      <textarea
        className="batch__queries"
        dir="auto"
        rows={6}
        aria-label={t.batchQueriesLabel}
        placeholder={t.batchQueriesLabel}
        spellCheck={false}
        value={text}
        onChange={(event) => edit(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void run()
          }
        }}
      />
      <div className="batch__controls">
        <label>
          {t.batchPerQuery}{' '}
          <select value={perQuery} onChange={(event) => setPerQuery(Number(event.target.value))}>
            {PER_QUERY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {format.number(choice)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="toolbar__button--primary" disabled={running} title="Ctrl+Enter" onClick={() => void run()}>
          {running ? t.batchRunning : t.batchRun}
        </button>
        <button type="button" disabled={running} onClick={() => void exportCsv()}>
          {t.batchExport}
        </button>
      </div>
      {problem && (
        <p className="batch__problem" role="alert">
          {problem}
        </p>
      )}
      {results && (
        <>
          <p className="batch__summary" role="status">
            {t.batchSummary(results.length, results.filter((response) => response.total > 0).length)}
          </p>
          <ol className="batch__results">
            {results.map((response, index) => (
              <li key={index} className="batch__query">
                <h3 className="batch__query-heading">
                  <span className="batch__query-text">
                    <bdi>{response.query}</bdi>
                  </span>
                  <span className="batch__count">{t.resultCount(response.total)}</span>
                  {response.total > 0 && (
                    <button type="button" className="search-link-button" onClick={() => onOpen(response.results[0]!.id, response.query)}>
                      {t.batchShowAll}
                    </button>
                  )}
                </h3>
                {response.error && <p className="batch__problem">{t.batchLineFailed(t.queryErrorSentence(response.error))}</p>}
                <ul className="batch__hits">
                  {response.results.map((hit) => (
                    <li key={hit.id}>
                      <button type="button" className="batch__hit" onClick={() => onOpen(hit.id, response.query)}>
                        <span className="search-result__title" dir="auto">
                          {hit.title ? <HighlightedText text={hit.title} ranges={hit.titleHighlights} /> : t.untitled}
                        </span>
                        <span className="search-result__meta">
                          {hit.source && <bdi dir="auto">{hit.source}</bdi>}
                          {hit.source && hit.date && ' · '}
                          {hit.date && <time dateTime={hit.date}>{format.date(hit.date, 'short')}</time>}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
