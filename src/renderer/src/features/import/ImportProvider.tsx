import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ImportProgress, ImportSummary } from '../../../../shared/contract/imports'
import { api, importChosenByPath, onApiEvent } from '../../lib/api'
import { bytesOfChosen, chosenHolding, type ChosenFiles } from './gatherFiles'

export interface ImportState {
  /** The running import's latest progress, or null. */
  progress: ImportProgress | null
  cancelling: boolean
  /** The summary of the import that finished last, until dismissed. */
  summary: ImportSummary | null
  /** An import that could not start (bad request); shown in the summary area. */
  startError: string | null
  start(chosen: ChosenFiles): Promise<void>
  /**
   * Imports one file of the last import again (after its columns were mapped), from what the analyst chose then;
   * false when it is not among them (the window was reloaded since).
   */
  importAgain(path: string): Promise<boolean>
  cancel(): Promise<void>
  dismissSummary(): void
}

const ImportContext = createContext<ImportState | null>(null)

/** The import as the whole window sees it: the drop overlay starts it, the status bar follows it, a panel sums it up. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  const [cancelling, setCancelling] = useState(false)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const lastChosen = useRef<ChosenFiles | null>(null)

  useEffect(() => {
    void api.currentImport().then((current) => current && setProgress(current))
    const stopProgress = onApiEvent('importProgress', setProgress)
    const stopFinished = onApiEvent('importFinished', (finished) => {
      setProgress(null)
      setCancelling(false)
      setSummary(finished)
    })
    return () => {
      stopProgress()
      stopFinished()
    }
  }, [])

  /** Files with a path are imported by it (the app); the others' bytes are sent, only `onlyName`'s when given. */
  const importChosen = useCallback(async (chosen: ChosenFiles, onlyName?: string) => {
    setStartError(null)
    try {
      const pathless = await importChosenByPath(chosen.files)
      const files = (await bytesOfChosen(chosen, pathless)).filter((file) => onlyName === undefined || file.name === onlyName)
      if (files.length > 0) await api.importFiles({ files })
    } catch (error) {
      setStartError((error as Error).message)
    }
  }, [])

  const start = useCallback(
    async (chosen: ChosenFiles) => {
      lastChosen.current = chosen
      await importChosen(chosen)
    },
    [importChosen]
  )

  const importAgain = useCallback(
    async (path: string) => {
      // A zip member is read again with its zip (its other files are then "imported before").
      const outer = path.split(' › ')[0]!
      const holding = lastChosen.current && chosenHolding(lastChosen.current, outer)
      if (!holding) return false
      await importChosen(holding, outer)
      return true
    },
    [importChosen]
  )

  const cancel = useCallback(async () => {
    if (!progress) return
    setCancelling(true)
    await api.cancelImport({ jobId: progress.jobId })
  }, [progress])

  const value = useMemo<ImportState>(
    () => ({
      progress,
      cancelling,
      summary,
      startError,
      start,
      importAgain,
      cancel,
      dismissSummary: () => (setSummary(null), setStartError(null))
    }),
    [progress, cancelling, summary, startError, start, importAgain, cancel]
  )
  return <ImportContext.Provider value={value}>{children}</ImportContext.Provider>
}

export function useImport(): ImportState {
  const context = useContext(ImportContext)
  if (!context) throw new Error('useImport must be used inside <ImportProvider>')
  return context
}
