import { useMemo, useRef, useState } from 'react'
import type { SuggestedTag, TagInfo } from '../../../../shared/contract/organise'
import { readableTextOn } from '../../../../shared/tagColors'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUndo } from '../../lib/undo'
import { useProblemText } from './problems'
import { TagPicker } from './TagPicker'

interface StoryTagsProps {
  storyId: number
  tags: TagInfo[]
  /** The dump's keywords that are not tags on the story yet. */
  suggestions: SuggestedTag[]
  pickerOpen: boolean
  onPickerOpenChange(open: boolean): void
}

/**
 * The story's tags as coloured chips (each removable, with undo), the [+] that opens the tag picker, and the
 * dump's keywords offered as suggestions: a suggestion becomes a tag only when the analyst clicks it.
 */
export function StoryTags({ storyId, tags, suggestions, pickerOpen, onPickerOpenChange }: StoryTagsProps) {
  const { t } = useI18n()
  const { offer } = useUndo()
  const problemText = useProblemText()
  const [problem, setProblem] = useState<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const appliedIds = useMemo(() => new Set(tags.map((tag) => tag.id)), [tags])

  const apply = async (name: string) => {
    setProblem(null)
    const result = await api.tagStories({ tags: [name], storyIds: [storyId] })
    // A tag the story already had changed nothing, and offers nothing to undo.
    if (result.tagged > 0) offer(result.undo, t.tagAdded(result.tags[0]?.name ?? name))
  }
  const remove = (tag: TagInfo) => {
    setProblem(null)
    api.untagStories({ tags: [tag.name], storyIds: [storyId] }).then(
      (result) => result.untagged > 0 && offer(result.undo, t.tagRemoved(tag.name)),
      (error: unknown) => setProblem(problemText('untag', error))
    )
  }
  const applySuggestion = (suggestion: SuggestedTag) =>
    apply(suggestion.existingTagName ?? suggestion.keyword).catch((error: unknown) => setProblem(problemText('tag', error)))
  const closePicker = (refocus: boolean) => {
    onPickerOpenChange(false)
    if (refocus) addButton.current?.focus()
  }

  return (
    <section className="reader-tags" aria-label={t.readerTagsHeading}>
      <div className="reader-tags__row">
        <h3 className="reader-section__label">{t.readerTagsHeading}</h3>
        {tags.length === 0 && <span className="reader-tags__empty">{t.readerNoTags}</span>}
        <ul className="tag-chips" aria-label={t.storyTagsLabel}>
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip" style={{ backgroundColor: tag.color, color: readableTextOn(tag.color) }}>
              <bdi>{tag.name}</bdi>
              <button
                type="button"
                className="tag-chip__remove"
                aria-label={t.removeTag(tag.name)}
                title={t.removeTag(tag.name)}
                onClick={() => remove(tag)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <button
          ref={addButton}
          type="button"
          className="reader-button reader-button--small"
          aria-label={t.addTag}
          title={t.addTagHint}
          aria-keyshortcuts="T"
          aria-expanded={pickerOpen}
          // While the picker is open, pressing [+] closes it; keeping the focus in the picker stops its blur from doing so first.
          onMouseDown={(event) => pickerOpen && event.preventDefault()}
          onClick={() => (pickerOpen ? closePicker(true) : onPickerOpenChange(true))}
        >
          +
        </button>
      </div>
      {pickerOpen && (
        <TagPicker
          mode="tag"
          label={t.readerTagPickerLabel}
          placement="inline"
          hiddenIds={appliedIds}
          onPick={apply}
          onClose={closePicker}
        />
      )}
      {suggestions.length > 0 && (
        <div className="reader-tags__row reader-tags__row--suggested">
          <h3 className="reader-section__label">{t.suggestedHeading}</h3>
          <ul className="tag-chips">
            {suggestions.map((suggestion) => (
              <li key={suggestion.keyword}>
                <button
                  type="button"
                  className="tag-chip tag-chip--suggested"
                  aria-label={t.applySuggestion(suggestion.keyword)}
                  title={
                    suggestion.existingTagName ? t.suggestionMatchesTag(suggestion.existingTagName) : t.applySuggestion(suggestion.keyword)
                  }
                  onClick={() => void applySuggestion(suggestion)}
                >
                  <span aria-hidden="true">+ </span>
                  <bdi>{suggestion.keyword}</bdi>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
