import { createApiClient } from '../../../shared/client'
import { MarsadError } from '../../../shared/errors'

/** The only module that touches window.marsad; everything else imports `api` from here. */
export const api = createApiClient(window.marsad)
export const onApiEvent: typeof window.marsad.on = (event, listener) => window.marsad.on(event, listener)

/**
 * Starts importing, by their paths on disk, the chosen files that have one (in the app); answers the indexes of
 * the files that have none (every file in a browser), whose bytes the caller sends instead.
 */
export async function importChosenByPath(files: File[]): Promise<number[]> {
  const importChosen = window.marsad.importChosenFiles
  if (!importChosen) return files.map((_, index) => index)
  const envelope = await importChosen(files)
  if (!envelope.ok) throw new MarsadError(envelope.error.code, envelope.error.message, envelope.error.params)
  return envelope.value.pathless
}
