import { useState } from 'react'
import type { AddedToBriefing, Briefing } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import type { BriefingAction } from '../../i18n/messages/briefing'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { useUndo } from '../../lib/undo'

export interface AddTagStoriesProps {
  briefingId: number
  onAdded(briefing: Briefing): void
  run<T>(action: BriefingAction, work: () => Promise<T>): Promise<T | undefined>
}

/** "Add a tag's stories…": every story of a tag (and the tags below it), oldest first, into the last section. */
export function AddTagStories({ briefingId, onAdded, run }: AddTagStoriesProps) {
  const { t } = useI18n()
  const undo = useUndo()
  const [open, setOpen] = useState(false)
  const [tag, setTag] = useState('')
  const tags = useApi(() => (open ? api.listTags() : Promise.resolve([])), [open], ['tagsChanged'])

  const add = async () => {
    const added: AddedToBriefing | undefined = await run('add', () => api.addToBriefing({ briefingId, tag }))
    if (!added) return
    onAdded(added.briefing)
    undo.offer(added.undo, t.briefingAdded(added.itemIds.length, added.briefing.title, added.skippedStoryIds.length))
    setTag('')
    setOpen(false)
  }

  if (!open) {
    return (
      <button type="button" className="briefing-outline__add-tag" onClick={() => setOpen(true)}>
        {t.briefingAddTagStories}
      </button>
    )
  }
  return (
    <form
      className="briefing-tag-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (tag.trim()) void add()
      }}
    >
      <label className="briefing-field">
        <span>{t.briefingAddTagLabel}</span>
        <input
          dir="auto"
          list="briefing-tag-names"
          value={tag}
          autoFocus
          onChange={(event) => setTag(event.target.value)}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        />
      </label>
      <datalist id="briefing-tag-names">
        {tags.data?.map((info) => (
          <option key={info.id} value={info.name} label={`${info.name} (${info.totalCount})`} />
        ))}
      </datalist>
      <div className="briefing-tag-form__actions">
        <button type="submit" disabled={tag.trim() === ''}>
          {t.briefingAddTagButton}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t.briefingCancel}
        </button>
      </div>
    </form>
  )
}
