import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Briefing, BriefingItem, BriefingSection } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import type { BriefingAction } from '../../i18n/messages/briefing'
import { api, onApiEvent } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { AddTagStories } from './AddTagStories'
import { BriefingOutline, type OutlineActions } from './BriefingOutline'
import { BriefingPreview } from './BriefingPreview'
import { CoverForm, type CoverPatch } from './CoverForm'
import { ExportMenu } from './ExportMenu'
import { ItemDetails, type ItemPatch } from './ItemDetails'
import { useBriefingProblem } from './problems'

export interface BriefingEditorProps {
  briefingId: number
  onBack(): void
}

type Selection = { kind: 'cover' } | { kind: 'item'; id: number }

/** The briefing as the core has it, reloaded when it changes elsewhere (an undo, another window). */
function useBriefing(id: number) {
  const [briefing, setBriefing] = useState<Briefing | null>(null)
  const [error, setError] = useState<unknown>(null)
  const reload = useCallback(() => {
    api.getBriefing({ id }).then(
      (loaded) => (setBriefing(loaded), setError(null)),
      (failure: unknown) => setError(failure)
    )
  }, [id])
  useEffect(() => {
    setBriefing(null)
    reload()
  }, [reload])
  useEffect(() => {
    const stops = [
      onApiEvent('briefingsChanged', (event) => (event.id === null || event.id === id) && reload()),
      onApiEvent('libraryChanged', reload)
    ]
    return () => stops.forEach((stop) => stop())
  }, [id, reload])
  return { briefing, setBriefing, error }
}

/**
 * The briefing editor, in place of the list and the reader (docs/interface.md): the outline on one side (sections and items,
 * dragged or moved from the keyboard), the cover or the chosen item's comment and excerpt on the other, or the
 * preview; Export ▾ above. Every edit is saved as it is made; removals offer undo.
 */
export function BriefingEditor({ briefingId, onBack }: BriefingEditorProps) {
  const { t } = useI18n()
  const undo = useUndo()
  const problemText = useBriefingProblem()
  const { briefing, setBriefing, error } = useBriefing(briefingId)
  const [selection, setSelection] = useState<Selection>({ kind: 'cover' })
  const [previewing, setPreviewing] = useState(false)
  const [pending, setPending] = useState(0)
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null)

  /** Runs one call to the core, showing "Saving…" meanwhile and what went wrong, if anything. */
  const run = useCallback(
    async <T,>(action: BriefingAction, work: () => Promise<T>): Promise<T | undefined> => {
      setPending((count) => count + 1)
      try {
        const result = await work()
        setStatus({ text: t.briefingSaved, problem: false })
        return result
      } catch (failure) {
        setStatus({ text: problemText(action, failure), problem: true })
        return undefined
      } finally {
        setPending((count) => count - 1)
      }
    },
    [t, problemText]
  )

  const apply = useCallback(
    async (action: BriefingAction, work: () => Promise<Briefing>) => {
      const next = await run(action, work)
      if (next) setBriefing(next)
    },
    [run, setBriefing]
  )

  const actions: OutlineActions = useMemo(
    () => ({
      moveItem: (itemId, sectionId, position) => apply('move', () => api.moveBriefingItem({ id: itemId, sectionId, position })),
      removeItem: (itemId) => {
        void run('remove', () => api.removeBriefingItems({ ids: [itemId] })).then((removed) => {
          if (!removed) return
          setBriefing(removed.briefing)
          undo.offer(removed.undo, t.briefingItemsRemoved(1))
        })
      },
      addSection: () => void apply('save', () => api.addBriefingSection({ briefingId, heading: t.briefingNewSectionHeading })),
      renameSection: (sectionId, heading) => void apply('save', () => api.renameBriefingSection({ id: sectionId, heading })),
      removeChart: (section: BriefingSection) => {
        void run('remove', () => api.removeSectionChart({ sectionId: section.id })).then((removed) => {
          if (!removed) return
          setBriefing(removed.briefing)
          undo.offer(removed.undo, t.briefingChartRemoved(section.heading))
        })
      },
      removeSection: (section: BriefingSection) => {
        void run('remove', () => api.removeBriefingSection({ id: section.id })).then((removed) => {
          if (!removed) return
          setBriefing(removed.briefing)
          undo.offer(removed.undo, t.briefingSectionRemoved(section.heading, section.items.length))
        })
      }
    }),
    [apply, run, setBriefing, undo, t, briefingId]
  )

  const saveCover = (patch: CoverPatch) => void apply('save', () => api.updateBriefing({ id: briefingId, ...patch }))
  const saveItem = (itemId: number, patch: ItemPatch) =>
    void run('save', () => api.updateBriefingItem({ id: itemId, ...patch })).then(
      (item) => item && setBriefing((current) => current && withItem(current, item))
    )

  if (error && !briefing) {
    return (
      <section className="briefing-editor">
        <p className="briefing-problem" role="alert">
          {problemText('load', error)}
        </p>
        <button type="button" onClick={onBack}>
          {t.briefingsBack}
        </button>
      </section>
    )
  }
  if (!briefing) return <p className="pane__message">{t.loading}</p>

  const selected = selection.kind === 'item' ? findItem(briefing, selection.id) : null

  return (
    <section className="briefing-editor" aria-labelledby="briefing-editor-title">
      <header className="briefing-editor__bar">
        <button type="button" className="briefing-editor__back" onClick={onBack}>
          {t.briefingsBack}
        </button>
        <h2 id="briefing-editor-title" className="briefing-editor__title" dir="auto">
          {briefing.title}
        </h2>
        <p
          className={`briefing-editor__status${status?.problem ? ' briefing-editor__status--problem' : ''}`}
          role={status?.problem ? 'alert' : 'status'}
        >
          {pending > 0 ? t.briefingSaving : status?.text}
        </p>
        <button type="button" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
          {previewing ? t.briefingPreviewClose : t.briefingPreview}
        </button>
        <ExportMenu
          briefingId={briefing.id}
          onExported={(fileName) => setStatus({ text: t.briefingExported(fileName), problem: false })}
          onProblem={(failure) => setStatus({ text: problemText('export', failure), problem: true })}
        />
      </header>
      <div className="briefing-editor__body">
        <div className="briefing-editor__outline">
          <BriefingOutline
            briefing={briefing}
            selectedItemId={selected?.item.id ?? null}
            coverSelected={selection.kind === 'cover' && !previewing}
            onSelectItem={(id) => (setSelection({ kind: 'item', id }), setPreviewing(false))}
            onSelectCover={() => (setSelection({ kind: 'cover' }), setPreviewing(false))}
            actions={actions}
          />
          <AddTagStories briefingId={briefing.id} onAdded={setBriefing} run={run} />
        </div>
        {/* The preview has nothing to focus: the region itself takes the focus, so that the keyboard scrolls it. */}
        <div
          className="briefing-editor__detail"
          {...(previewing ? { tabIndex: 0, role: 'region', 'aria-label': t.briefingPreviewLabel } : {})}
        >
          {previewing ? (
            <BriefingPreview briefingId={briefing.id} version={briefing.updatedAt} />
          ) : selected ? (
            <ItemDetails
              key={selected.item.id}
              item={selected.item}
              number={selected.number}
              onSave={(patch) => saveItem(selected.item.id, patch)}
            />
          ) : selection.kind === 'item' ? (
            <p className="pane__message">{t.briefingNothingSelected}</p>
          ) : (
            <CoverForm key={briefing.id} briefing={briefing} onSave={saveCover} />
          )}
        </div>
      </div>
    </section>
  )
}

function findItem(briefing: Briefing, itemId: number): { item: BriefingItem; number: string } | null {
  for (const [s, section] of briefing.sections.entries()) {
    const index = section.items.findIndex((item) => item.id === itemId)
    if (index >= 0) return { item: section.items[index]!, number: `${s + 1}.${index + 1}` }
  }
  return null
}

function withItem(briefing: Briefing, item: BriefingItem): Briefing {
  return {
    ...briefing,
    sections: briefing.sections.map((section) => ({
      ...section,
      items: section.items.map((other) => (other.id === item.id ? item : other))
    }))
  }
}
