import { useEffect, useRef, useState } from 'react'
import type { BriefingSummary } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { useUndo } from '../../lib/undo'
import { useStoryDates } from '../organise'
import { useBriefingProblem } from './problems'

export interface BriefingsPageProps {
  onOpen(briefingId: number): void
}

/** Every briefing, most recently edited first: create, open, duplicate, rename, delete (after asking). */
export function BriefingsPage({ onOpen }: BriefingsPageProps) {
  const { t } = useI18n()
  const problemText = useBriefingProblem()
  const list = useApi(() => api.listBriefings(), [], ['briefingsChanged', 'libraryChanged'])
  const [title, setTitle] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<BriefingSummary | null>(null)

  const attempt = async <T,>(action: Parameters<typeof problemText>[0], work: () => Promise<T>): Promise<T | undefined> => {
    setProblem(null)
    try {
      return await work()
    } catch (error) {
      setProblem(problemText(action, error))
      return undefined
    }
  }

  const create = async () => {
    const created = await attempt('create', () => api.createBriefing({ title }))
    if (created) onOpen(created.id)
  }

  return (
    <section className="briefings" aria-labelledby="briefings-heading">
      <h2 id="briefings-heading" className="briefings__heading">
        {t.briefingsHeading}
      </h2>
      <form
        className="briefings__new"
        onSubmit={(event) => {
          event.preventDefault()
          if (title.trim()) void create()
        }}
      >
        <label className="briefing-field">
          <span>{t.briefingNewTitleLabel}</span>
          <input dir="auto" value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <button type="submit" className="toolbar__button--primary" disabled={title.trim() === ''}>
          {t.briefingNew}
        </button>
      </form>
      {problem && (
        <p className="briefing-problem" role="alert">
          {problem}
        </p>
      )}
      {list.error && (
        <p className="briefing-problem" role="alert">
          {problemText('list', list.error)}
        </p>
      )}
      {list.data?.length === 0 && <p className="pane__message pane__message--empty">{t.briefingsEmpty}</p>}
      <ul className="briefings__list">
        {list.data?.map((briefing) => (
          <BriefingRow
            key={briefing.id}
            briefing={briefing}
            onOpen={() => onOpen(briefing.id)}
            onDuplicate={() => void attempt('duplicate', () => api.duplicateBriefing({ id: briefing.id }))}
            onRename={(next) => void attempt('save', () => api.updateBriefing({ id: briefing.id, title: next }))}
            onDelete={() => setDeleting(briefing)}
          />
        ))}
      </ul>
      {deleting && (
        <DeleteDialog
          briefing={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => setDeleting(null)}
          onProblem={(error) => (setDeleting(null), setProblem(problemText('delete', error)))}
        />
      )}
    </section>
  )
}

interface BriefingRowProps {
  briefing: BriefingSummary
  onOpen(): void
  onDuplicate(): void
  onRename(title: string): void
  onDelete(): void
}

function BriefingRow({ briefing, onOpen, onDuplicate, onRename, onDelete }: BriefingRowProps) {
  const { t } = useI18n()
  const dates = useStoryDates()
  const [renaming, setRenaming] = useState(false)
  const [title, setTitle] = useState(briefing.title)
  const meta = [
    t.storyCount(briefing.itemCount),
    briefing.date && dates.shortDay(briefing.date),
    t.briefingEdited(dates.moment(briefing.updatedAt))
  ]
  return (
    <li className="briefings__item" data-testid="briefing-row">
      {renaming ? (
        <form
          className="briefings__rename"
          onSubmit={(event) => {
            event.preventDefault()
            if (title.trim()) onRename(title)
            setRenaming(false)
          }}
        >
          <input
            dir="auto"
            aria-label={t.briefingRenameLabel}
            value={title}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setRenaming(false)}
          />
          <button type="submit">{t.briefingRenameSave}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t.briefingCancel}
          </button>
        </form>
      ) : (
        <button type="button" className="briefings__open" title={t.briefingOpen(briefing.title)} onClick={onOpen}>
          <span className="briefings__title" dir="auto">
            {briefing.title}
          </span>
          {briefing.subtitle && (
            <span className="briefings__subtitle" dir="auto">
              {briefing.subtitle}
            </span>
          )}
          <span className="briefings__meta">{meta.filter(Boolean).join(' · ')}</span>
        </button>
      )}
      <div className="briefings__actions">
        <button type="button" onClick={onDuplicate}>
          {t.briefingDuplicate}
        </button>
        <button type="button" onClick={() => (setTitle(briefing.title), setRenaming(true))}>
          {t.briefingRename}
        </button>
        <button type="button" className="briefing-danger" onClick={onDelete}>
          {t.briefingDelete}
        </button>
      </div>
    </li>
  )
}

interface DeleteDialogProps {
  briefing: BriefingSummary
  onClose(): void
  onDeleted(): void
  onProblem(error: unknown): void
}

/** Asks once before deleting; the deletion can still be undone from the toast. */
function DeleteDialog({ briefing, onClose, onDeleted, onProblem }: DeleteDialogProps) {
  const { t } = useI18n()
  const undo = useUndo()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])

  const confirm = async () => {
    try {
      const { undo: ticket } = await api.deleteBriefing({ id: briefing.id })
      undo.offer(ticket, t.briefingDeleted(briefing.title))
      onDeleted()
    } catch (error) {
      onProblem(error)
    }
  }

  return (
    <dialog ref={dialog} className="briefing-dialog" aria-labelledby="briefing-delete-question" onCancel={onClose}>
      <p id="briefing-delete-question" dir="auto">
        {t.briefingDeleteQuestion(briefing.title)}
      </p>
      <div className="briefing-dialog__actions">
        <button type="button" autoFocus onClick={onClose}>
          {t.briefingCancel}
        </button>
        <button type="button" className="briefing-danger briefing-danger--solid" onClick={() => void confirm()}>
          {t.briefingDeleteConfirm}
        </button>
      </div>
    </dialog>
  )
}
