import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { Popover } from './Popover'

/** How many tags the picker lists while the analyst types. */
const TAG_OPTIONS = 20

interface TagPickerProps {
  mode: 'tag' | 'untag'
  /** For untag: the tags the stories carry (only those can be removed). */
  presentTags?: ReadonlySet<string>
  onPick(tagName: string): void
  onClose(): void
}

interface TagOption {
  name: string
  label: string
  colour: string | null
}

/**
 * Chooses one tag for a bulk action. Typing filters the Arabic way (findTags: كوريا finds کوریا); ↑↓ and Enter
 * pick; to tag, a name no tag has yet can be created (hierarchical names such as روسيا/كورسك too).
 */
export function TagPicker({ mode, presentTags, onPick, onClose }: TagPickerProps) {
  const { t } = useI18n()
  const listId = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const typed = text.trim()
  const found = useApi(async () => {
    const [tags, exact] = await Promise.all([
      api.findTags({ text, limit: mode === 'tag' ? TAG_OPTIONS : 500 }),
      // The tag this name already means, however its letters are written; none when the name is new (or not a name).
      mode === 'tag' && typed ? api.tagNamed({ name: typed }).catch(() => null) : null
    ])
    return { tags: exact ? [exact, ...tags.filter((tag) => tag.id !== exact.id)] : tags, exact }
  }, [text, mode])

  const tags = (found.data?.tags ?? []).filter((tag) => mode === 'tag' || presentTags?.has(tag.name))
  const options: TagOption[] = tags.slice(0, TAG_OPTIONS).map((tag) => ({ name: tag.name, label: tag.name, colour: tag.color }))
  if (mode === 'tag' && typed && found.data && !found.data.exact) options.push({ name: typed, label: t.createTag(typed), colour: null })
  const current = Math.min(active, options.length - 1)
  const optionId = (index: number) => `${listId}-${index}`
  const empty = mode === 'untag' && presentTags?.size === 0 ? t.noTagsOnSelection : t.noTagsFound

  return (
    <Popover label={mode === 'tag' ? t.tagPickerLabel : t.untagPickerLabel} onClose={onClose} className="bulk-tag-picker">
      <input
        autoFocus
        type="text"
        dir="auto"
        role="combobox"
        aria-label={mode === 'tag' ? t.tagPickerLabel : t.untagPickerLabel}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        placeholder={t.tagFilterPlaceholder}
        value={text}
        onChange={(event) => (setText(event.target.value), setActive(0))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            const step = event.key === 'ArrowDown' ? 1 : -1
            setActive((current + step + options.length) % Math.max(options.length, 1))
          } else if (event.key === 'Enter' && options[current]) {
            event.preventDefault()
            onPick(options[current].name)
          }
        }}
      />
      <ul id={listId} role="listbox" className="bulk-tag-picker__options" aria-label={mode === 'tag' ? t.tagPickerLabel : t.untagPickerLabel}>
        {options.map((option, index) => (
          <li
            key={`${option.colour === null ? 'new' : 'tag'}:${option.name}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className={`bulk-tag-picker__option${option.colour === null ? ' bulk-tag-picker__option--create' : ''}`}
            onMouseDown={(event) => event.preventDefault() /* keep focus in the field */}
            onClick={() => onPick(option.name)}
          >
            {option.colour && <span className="bulk-tag-picker__swatch" style={{ background: option.colour }} aria-hidden="true" />}
            <bdi dir="auto">{option.label}</bdi>
          </li>
        ))}
      </ul>
      {options.length === 0 && found.data && <p className="bulk-tag-picker__empty">{empty}</p>}
    </Popover>
  )
}
