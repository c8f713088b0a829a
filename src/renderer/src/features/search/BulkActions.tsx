import { useState } from 'react'
import type { SearchHit } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { AddToBriefingMenu } from '../briefing'
import { TagPicker, type TagPickerMode } from '../organise'
import { focusTarget } from './searchFocus'
import type { ResultSelectionState } from './useResultSelection'

export type PickerMode = TagPickerMode

interface BulkActionsProps {
  query: string
  total: number
  selection: ResultSelectionState
  /** Hits on screen so far, to know which tags the selected rows carry. */
  loadedHits(): SearchHit[]
  /** Tags on the whole result (the tag facet), for untagging all of it. */
  resultTags: readonly string[]
  picker: PickerMode | null
  onPickerChange(mode: PickerMode | null): void
}

/**
 * The bulk actions bar: tag or untag the selected rows, or every story of the search ("tag all N results" sends
 * the query, so the core tags stories that were never loaded). Each action ends in a toast with the count and Undo.
 */
export function BulkActions({ query, total, selection, loadedHits, resultTags, picker, onPickerChange }: BulkActionsProps) {
  const { t } = useI18n()
  const undo = useUndo()
  const [problem, setProblem] = useState<string | null>(null)
  const selected = selection.count(total)
  const whole = selection.selection.kind === 'all'
  const targetIds = selection.selection.kind === 'rows' ? [...selection.selection.ids] : []

  const presentTags = (): ReadonlySet<string> => {
    if (whole) return new Set(resultTags)
    const ids = new Set(targetIds)
    return new Set(loadedHits().flatMap((hit) => (ids.has(hit.id) ? hit.tags : [])))
  }

  /** Tags or untags; a refusal (a name that is no tag name) rejects, and the picker says why. */
  const apply = async (mode: PickerMode, tagName: string) => {
    setProblem(null)
    const stories = whole ? { query } : { storyIds: targetIds }
    if (mode === 'tag') {
      const result = await api.tagStories({ tags: [tagName], ...stories })
      const name = result.tags[0]?.name ?? tagName
      // An action that changed nothing offers no undo.
      if (result.tagged > 0) undo.offer(result.undo, t.tagged(result.tagged, name))
      else setProblem(t.nothingChanged(t.allHadTag(name)))
    } else {
      const result = await api.untagStories({ tags: [tagName], ...stories })
      const name = result.tags[0]?.name ?? tagName
      if (result.untagged > 0) undo.offer(result.undo, t.untagged(result.untagged, name))
      else setProblem(t.nothingChanged(t.noneHadTag(name)))
    }
  }
  const closePicker = (refocus: boolean) => {
    onPickerChange(null)
    if (refocus) focusTarget('results')
  }

  const openPicker = (mode: PickerMode, everything: boolean) => {
    if (everything) selection.selectAll()
    onPickerChange(picker === mode ? null : mode)
  }

  return (
    <div className="bulk-bar" role="toolbar" aria-label={t.bulkActionsLabel}>
      <div className="search-popover-anchor bulk-bar__actions">
        {selected === 0 ? (
          <button type="button" onClick={() => openPicker('tag', true)} aria-expanded={picker === 'tag'}>
            {t.tagAll(total)}
          </button>
        ) : (
          <>
            <span className="bulk-bar__count" aria-live="polite">
              {whole ? t.allSelected(total) : t.selectedCount(selected)}
            </span>
            <button type="button" title="T" aria-expanded={picker === 'tag'} onClick={() => openPicker('tag', false)}>
              {t.tagSelection}
            </button>
            <button type="button" aria-expanded={picker === 'untag'} onClick={() => openPicker('untag', false)}>
              {t.untagSelection}
            </button>
            {/* Briefings take the selected rows (not "all N results": a briefing is a choice of stories). */}
            {!whole && <AddToBriefingMenu storyIds={targetIds} />}
            {!whole && (
              <button type="button" className="bulk-bar__link" onClick={() => selection.selectAll()}>
                {t.selectAll(total)}
              </button>
            )}
            <button type="button" className="bulk-bar__link" onClick={() => (selection.clear(), onPickerChange(null))}>
              {t.clearSelection}
            </button>
          </>
        )}
        {picker && (whole || targetIds.length > 0) && (
          <TagPicker
            mode={picker}
            label={picker === 'tag' ? t.tagPickerLabel : t.untagPickerLabel}
            placement="popover"
            presentNames={picker === 'untag' ? presentTags() : undefined}
            onPick={(name) => apply(picker, name)}
            onClose={closePicker}
          />
        )}
      </div>
      {problem && (
        <p className="bulk-bar__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
