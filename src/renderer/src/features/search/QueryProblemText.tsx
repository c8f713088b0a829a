import { useI18n } from '../../i18n/I18nProvider'
import type { UnreadableQuery } from './queryProblem'

/** Why the query cannot be read, written in the interface's language from the core's problem code. */
export function QueryProblemText({ problem }: { problem: UnreadableQuery }) {
  const { t } = useI18n()
  return (
    <>
      {t.queryProblemLead(problem.position)} {t.queryErrorSentence(problem.error)}. {t.queryProblemFix}
    </>
  )
}
