import { useCallback } from 'react'
import { MarsadError } from '../../../../shared/errors'
import { useI18n } from '../../i18n/I18nProvider'
import type { BriefingAction } from '../../i18n/messages/briefing'

/** A failed call as a sentence in the interface language: what did not happen, and what to do. */
export function useBriefingProblem(): (action: BriefingAction, error: unknown) => string {
  const { t } = useI18n()
  return useCallback(
    (action, error) => {
      const code = error instanceof MarsadError ? error.code : 'internal'
      return t.briefingProblem(action, code, error instanceof Error ? error.message : String(error))
    },
    [t]
  )
}
