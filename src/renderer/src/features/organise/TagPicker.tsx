import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { TagInfo } from '../../../../shared/contract/organise'
import { MarsadError } from '../../../../shared/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useProblemText } from './problems'

/** Keystrokes closer together than this are one search: the picker asks once the analyst pauses. */
const TYPING_PAUSE_MS = 120
const MAX_OPTIONS = 12

type PickerOption = { kind: 'tag'; tag: TagInfo } | { kind: 'create'; name: string }

interface TagPickerProps {
  /** Tags already on the story: not offered again. */
  appliedIds: ReadonlySet<number>
  /** Applies a tag by name (creating it when new); the picker closes when it resolves. */
  onApply(name: string): Promise<void>
  /** `refocus` is false when the focus has already gone elsewhere (a click outside the picker). */
  onClose(refocus: boolean): void
}

/**
 * The tag picker: type to filter (Arabic-aware: the core matches كوريا with کوریا), ↑↓ to choose, Enter to apply.
 * When no tag has the typed name (however its letters are written), the last option creates it; a path such as
 * روسيا/كورسك creates the child tag (and its parent when missing).
 */
export function TagPicker({ appliedIds, onApply, onClose }: TagPickerProps) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const listId = useId()
  const hintId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [options, setOptions] = useState<PickerOption[]>([])
  const [active, setActive] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => input.current?.focus(), [])

  useEffect(() => {
    let current = true
    const typed = text.trim()
    const timer = window.setTimeout(() => {
      Promise.all([api.findTags({ text: typed, limit: MAX_OPTIONS + appliedIds.size }), typed ? exactTag(typed) : Promise.resolve(null)]).then(
        ([found, exact]) => {
          if (!current) return
          const tags = (exact ? [exact, ...found.filter((tag) => tag.id !== exact.id)] : found).filter((tag) => !appliedIds.has(tag.id))
          const next: PickerOption[] = tags.slice(0, MAX_OPTIONS).map((tag) => ({ kind: 'tag', tag }))
          if (typed && !exact) next.push({ kind: 'create', name: typed })
          setOptions(next)
          setActive(0)
          setProblem(null)
        },
        (error: unknown) => current && setProblem(problemText('findTags', error))
      )
    }, TYPING_PAUSE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [text, appliedIds, problemText])

  const choose = (option: PickerOption | undefined) => {
    if (!option) return
    onApply(option.kind === 'tag' ? option.tag.name : option.name).then(() => onClose(true), (error: unknown) => setProblem(problemText('tag', error)))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (step !== 0 && options.length > 0) {
      event.preventDefault()
      setActive((index) => (index + step + options.length) % options.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(options[active])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose(true)
    }
  }

  const optionId = (index: number) => `${listId}-${index}`
  return (
    <div
      className="tag-picker"
      role="dialog"
      aria-label={t.readerTagPickerLabel}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false)
      }}
    >
      <input
        ref={input}
        className="tag-picker__input"
        type="text"
        dir="auto"
        role="combobox"
        aria-label={t.readerTagPickerLabel}
        aria-describedby={hintId}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        placeholder={t.tagPickerPlaceholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul className="tag-picker__options" id={listId} role="listbox" aria-label={t.tagPickerResults}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'tag' ? option.tag.id : 'create'}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`tag-picker__option${option.kind === 'create' ? ' tag-picker__option--create' : ''}`}
            // Keep the focus in the input: a click chooses without blurring (which would close the picker).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === 'tag' ? (
              <>
                <span className="tag-swatch" style={{ backgroundColor: option.tag.color }} aria-hidden="true" />
                <span className="tag-picker__name">
                  <bdi>{option.tag.name}</bdi>
                </span>
                <span className="tag-picker__count">{t.pickerTagCount(option.tag.totalCount)}</span>
              </>
            ) : (
              <span>{t.pickerCreateTag(option.name)}</span>
            )}
          </li>
        ))}
      </ul>
      {text.trim() !== '' && options.every((option) => option.kind === 'create') && <p className="tag-picker__note">{t.noTagFound}</p>}
      <p className="tag-picker__hint" id={hintId}>{t.tagPickerHint}</p>
      {problem && <p className="reader-problem" role="alert">{problem}</p>}
    </div>
  )
}

/** The tag with exactly this name however its letters are written, or null when there is none (or the name is not one). */
async function exactTag(name: string): Promise<TagInfo | null> {
  try {
    return await api.tagNamed({ name })
  } catch (error) {
    if (error instanceof MarsadError && (error.code === 'not-found' || error.code === 'bad-request')) return null
    throw error
  }
}
