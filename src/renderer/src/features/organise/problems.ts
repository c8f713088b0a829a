import { useCallback } from 'react'
import { MarsadError } from '../../../../shared/errors'
import { useI18n } from '../../i18n/I18nProvider'
import type { ReaderAction } from '../../i18n/messages/reader'

/**
 * Turns a failed call into a sentence in the interface language that says what failed and what to do: the
 * action is named by the interface, the reason comes from the error's code (and, in English, the core's own
 * message, which already names the tag, story or note concerned).
 */
export function useProblemText(): (action: ReaderAction, error: unknown) => string {
  const { t } = useI18n()
  return useCallback(
    (action, error) => {
      const code = error instanceof MarsadError ? error.code : 'internal'
      const message = error instanceof Error ? error.message : String(error)
      return t.readerProblem(action, code, message)
    },
    [t]
  )
}
