import type { TagInfo } from '../../../../shared/contract/organise'
import { TAG_PALETTE } from '../../../../shared/tagColors'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { ConfirmAction, FormButtons, ItemMenu, RenameForm, useItemMenu } from './ItemMenu'

interface TagMenuProps {
  tag: TagInfo
  /** Every tag of the library, to offer as a merge target. */
  allTags: readonly TagInfo[]
  onProblem(message: string | null): void
}

/** Tags a merge may go into: any other tag that is not inside the one being merged (the core refuses those). */
function mergeTargets(tag: TagInfo, allTags: readonly TagInfo[]): TagInfo[] {
  return allTags.filter((other) => other.id !== tag.id && !other.name.startsWith(`${tag.name}/`))
}

/**
 * ⋯ beside a tag in the tag tree: rename it (a path: `آسيا/كوريا` moves it under آسيا), give it another colour,
 * merge it into another tag, or delete it after one confirmation. Merge and delete can be undone from the toast,
 * since they take the tag off stories; a rename or a colour is put back by doing it again.
 */
export function TagMenu({ tag, allTags, onProblem }: TagMenuProps) {
  const { t } = useI18n()
  const { offer } = useUndo()
  const { mode, setMode, close, run, menu } = useItemMenu<'rename' | 'colour' | 'merge' | 'delete'>(onProblem)
  const targets = mode === 'merge' ? mergeTargets(tag, allTags) : []

  return (
    <ItemMenu label={t.tagActions(tag.name)} className="tag-tree__menu" {...menu}>
      {mode === 'menu' && (
        <div className="search-popover__menu">
          <button type="button" autoFocus onClick={() => setMode('rename')}>
            {t.renameTag}
          </button>
          <button type="button" onClick={() => setMode('colour')}>
            {t.recolourTag}
          </button>
          <button type="button" onClick={() => setMode('merge')}>
            {t.mergeTag}
          </button>
          <button type="button" onClick={() => setMode('delete')}>
            {t.deleteTag}
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <RenameForm
          label={t.renameTagLabel}
          defaultValue={tag.name}
          maxLength={300}
          hint={t.renameTagHint}
          onRename={(name) => void run(() => api.renameTag({ id: tag.id, name }))}
          onCancel={close}
        />
      )}
      {mode === 'colour' && (
        <div className="tag-menu__palette" role="group" aria-label={t.recolourTag}>
          {TAG_PALETTE.map((entry) => (
            <button
              key={entry.name}
              type="button"
              className="tag-menu__swatch"
              style={{ background: entry.color }}
              aria-label={t.tagColourName(entry.name)}
              aria-pressed={entry.color === tag.color}
              autoFocus={entry.color === tag.color}
              onClick={() => void run(() => api.recolourTag({ id: tag.id, color: entry.color }))}
            />
          ))}
        </div>
      )}
      {mode === 'merge' && (
        <form
          className="save-search"
          onSubmit={(event) => {
            event.preventDefault()
            const intoId = Number(new FormData(event.currentTarget).get('into'))
            void run(async () => {
              const merged = await api.mergeTags({ fromId: tag.id, intoId })
              offer(merged.undo, t.tagMerged(tag.name, merged.tag.name))
            })
          }}
        >
          <label>
            {t.mergeTagLabel(tag.name)}
            <select autoFocus name="into" required dir="auto">
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.name}
                </option>
              ))}
            </select>
          </label>
          <FormButtons submit={t.mergeTag} onCancel={close} disabled={targets.length === 0} />
        </form>
      )}
      {mode === 'delete' && (
        <ConfirmAction
          message={t.confirmDeleteTag(tag.name, tag.totalCount)}
          action={t.deleteTag}
          onConfirm={() =>
            void run(async () => {
              const deleted = await api.deleteTag({ id: tag.id })
              offer(deleted.undo, t.tagDeleted(tag.name))
            })
          }
          onCancel={close}
        />
      )}
    </ItemMenu>
  )
}
