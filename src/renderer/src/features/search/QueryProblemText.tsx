import { useI18n } from '../../i18n/I18nProvider'
import type { QueryProblem } from './queryProblem'

/** The core's message (English, it quotes the query) kept left-to-right inside the interface's own sentence. */
export function QueryProblemText({ problem }: { problem: QueryProblem }) {
  const { t } = useI18n()
  return (
    <>
      {t.queryProblemLead(problem.position)}{' '}
      <bdi dir="ltr">{problem.message}</bdi> {t.queryProblemFix}
    </>
  )
}
