import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { TagInfo } from '../../../../shared/contract/organise'
import { MarsadError } from '../../../../shared/errors'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { Popover } from '../search/Popover'
import { useProblemText } from './problems'

/** Keystrokes closer together than this are one search: the picker asks once the analyst pauses. */
const TYPING_PAUSE_MS = 120
const MAX_OPTIONS = 12
/** Untagging lists only the tags the stories carry, so it asks for enough tags to find them all. */
const UNTAG_CANDIDATES = 500

export type TagPickerMode = 'tag' | 'untag'

type PickerOption = { kind: 'tag'; tag: TagInfo } | { kind: 'create'; name: string }

/** What the typed text names, as the core reads tag names (harakat, hamza forms, ة/ه, Persian letters folded). */
type TypedName = { kind: 'existing'; tag: TagInfo } | { kind: 'new' } | { kind: 'not-a-name' } | { kind: 'nothing' }

interface Offer {
  /** The text these options were found for: arrows act only on options of the text on screen. */
  text: string
  typed: TypedName
  options: PickerOption[]
  /** Whether the first option is the typed name itself (what Enter applies without an arrow key). */
  firstIsTyped: boolean
}

interface TagPickerProps {
  mode: TagPickerMode
  /** The dialog's and the field's accessible name. */
  label: string
  /** 'inline' sits in the page (the reader); 'popover' floats under its control (the bulk actions bar). */
  placement: 'inline' | 'popover'
  /** Tags not offered (already on the story). */
  hiddenIds?: ReadonlySet<number>
  /** For untag: the names the stories carry (only those can be removed). */
  presentNames?: ReadonlySet<string>
  /** Applies (or removes) a tag by name; the picker closes when it resolves, and shows why when it rejects. */
  onPick(name: string): Promise<void>
  /** `refocus` is false when the focus has already gone elsewhere (a click outside the picker). */
  onClose(refocus: boolean): void
}

/**
 * The one tag picker, for a story in the reader and for a selection of results. Typing filters the Arabic way
 * (the core matches كوريا with کوریا). Enter does what the typed text says: it applies the tag with that name (as
 * the analyser reads names) or creates it — `//` is no name and is refused; choosing another tag takes ↑↓ first.
 * A path such as روسيا/كورسك creates the child tag (and its parent when missing).
 */
export function TagPicker({ mode, label, placement, hiddenIds, presentNames, onPick, onClose }: TagPickerProps) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const listId = useId()
  const hintId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [offer, setOffer] = useState<Offer | null>(null)
  /** The option chosen with ↑↓; null until then, and again whenever the text changes. */
  const [chosen, setChosen] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const typed = text.trim()

  useEffect(() => input.current?.focus(), [])

  useEffect(() => {
    let current = true
    const timer = window.setTimeout(() => {
      const limit = mode === 'untag' ? UNTAG_CANDIDATES : MAX_OPTIONS + (hiddenIds?.size ?? 0)
      Promise.all([api.findTags({ text: typed, limit }), nameOf(typed)]).then(
        ([found, name]) => {
          if (!current) return
          const offered = (tag: TagInfo) => !hiddenIds?.has(tag.id) && (mode === 'tag' || presentNames?.has(tag.name) === true)
          const exact = name.kind === 'existing' && offered(name.tag) ? name.tag : null
          const tags = [...(exact ? [exact] : []), ...found.filter((tag) => tag.id !== exact?.id && offered(tag))].slice(0, MAX_OPTIONS)
          const create = mode === 'tag' && name.kind === 'new'
          const options: PickerOption[] = [
            ...(create ? [{ kind: 'create', name: typed } as const] : []),
            ...tags.map((tag) => ({ kind: 'tag', tag }) as const)
          ]
          setOffer({ text: typed, typed: name, options, firstIsTyped: exact !== null || create })
          setProblem(null)
        },
        (error: unknown) => current && setProblem(problemText('findTags', error))
      )
    }, TYPING_PAUSE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [typed, mode, hiddenIds, presentNames, problemText])

  const shown = offer?.text === typed ? offer : null
  const options = shown?.options ?? []
  const active = chosen ?? (shown?.firstIsTyped ? 0 : -1)

  const pick = (name: string) => {
    setProblem(null)
    onPick(name).then(
      () => onClose(true),
      (error: unknown) => setProblem(problemText(mode, error))
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
    if (step !== 0) {
      event.preventDefault()
      if (options.length > 0) setChosen((active + step + options.length) % options.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const option = options[active]
      if (chosen !== null && option) pick(option.kind === 'tag' ? option.tag.name : option.name)
      // What the text says, even before the options for it arrive: the core reads the name as the picker does.
      else if (typed && shown?.typed.kind !== 'not-a-name') pick(typed)
    } else if (event.key === 'Escape' && placement === 'inline') {
      event.preventDefault()
      event.stopPropagation()
      onClose(true)
    }
  }

  const optionId = (index: number) => `${listId}-${index}`
  const notes: ReactNode[] = []
  if (shown?.typed.kind === 'not-a-name') notes.push(t.notATagName)
  else if (shown && options.length === 0) notes.push(mode === 'untag' && presentNames?.size === 0 ? t.noTagsOnSelection : t.noTagFound)

  const body = (
    <>
      <input
        ref={input}
        className="tag-picker__input"
        type="text"
        dir="auto"
        role="combobox"
        aria-label={label}
        aria-describedby={hintId}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options[active] ? optionId(active) : undefined}
        placeholder={t.tagPickerPlaceholder}
        value={text}
        onChange={(event) => (setText(event.target.value), setChosen(null))}
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
            // Keep the focus in the field: a click chooses without blurring (which would close the picker).
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option.kind === 'tag' ? option.tag.name : option.name)}
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
      {notes.map((note, index) => (
        <p key={index} className="tag-picker__note">
          {note}
        </p>
      ))}
      <p className="tag-picker__hint" id={hintId}>
        {mode === 'tag' ? t.tagPickerHint : t.untagPickerHint}
      </p>
      {problem && (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )

  return placement === 'popover' ? (
    <Popover label={label} onClose={() => onClose(false)} className="tag-picker tag-picker--popover">
      {body}
    </Popover>
  ) : (
    <div
      className="tag-picker"
      role="dialog"
      aria-label={label}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose(false)
      }}
    >
      {body}
    </div>
  )
}

/** What a typed name means to the core: an existing tag (however its letters are written), a new name, or no name. */
async function nameOf(text: string): Promise<TypedName> {
  if (!text) return { kind: 'nothing' }
  try {
    return { kind: 'existing', tag: await api.tagNamed({ name: text }) }
  } catch (error) {
    if (error instanceof MarsadError && error.code === 'not-found') return { kind: 'new' }
    if (error instanceof MarsadError && error.code === 'bad-request') return { kind: 'not-a-name' }
    throw error
  }
}
