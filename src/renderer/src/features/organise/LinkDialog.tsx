import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { LINK_KINDS, type LinkedStory, type LinkKind } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { LinkedStoryLabel } from './LinkedStoryLabel'
import { linkSearchQuery } from './linkSearchQuery'
import { useProblemText } from './problems'

/** The picker asks the library once the analyst pauses typing. */
const TYPING_PAUSE_MS = 200
const RESULT_COUNT = 8

interface LinkDialogProps {
  storyId: number
  /** A story to link to already chosen (dropped on the reader); the analyst then only picks the kind. */
  initialTarget: LinkedStory | null
  onClose(): void
}

/**
 * Links the open story to another: find the other story (the library's search, best matches first), say how they
 * relate, add a note if wanted. A modal dialog: Esc closes it and the focus goes back where it was.
 */
export function LinkDialog({ storyId, initialTarget, onClose }: LinkDialogProps) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const titleId = useId()
  const kindId = useId()
  const noteId = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [target, setTarget] = useState<LinkedStory | null>(initialTarget)
  const [kind, setKind] = useState<LinkKind>('related')
  const [note, setNote] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const kindSelect = useRef<HTMLSelectElement>(null)

  useEffect(() => {
    const element = dialog.current!
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    element.showModal()
    return () => {
      element.close()
      opener?.focus()
    }
  }, [])

  // Once the other story is chosen, the next question is how they relate.
  useEffect(() => {
    if (target) kindSelect.current?.focus()
  }, [target])

  const link = () => {
    if (!target || saving) return
    setSaving(true)
    api.linkStories({ from: storyId, to: target.id, kind, note: note.trim() === '' ? null : note }).then(onClose, (error: unknown) => {
      setSaving(false)
      setProblem(problemText('link', error))
    })
  }

  return (
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form
        className="link-dialog__form"
        onSubmit={(event) => {
          event.preventDefault()
          link()
        }}
      >
        <h2 id={titleId} className="link-dialog__title">
          {t.linkDialogTitle}
        </h2>
        {target ? (
          <div className="link-dialog__chosen">
            <span className="reader-section__label">{t.linkChosen}</span>
            <LinkedStoryLabel story={target} />
            <button type="button" className="reader-button reader-button--small" onClick={() => setTarget(null)}>
              {t.linkChange}
            </button>
          </div>
        ) : (
          <StorySearch excludeId={storyId} onChoose={setTarget} />
        )}
        <div className="link-dialog__field">
          <label htmlFor={kindId}>{t.linkKindLabel}</label>
          <select id={kindId} ref={kindSelect} value={kind} onChange={(event) => setKind(event.target.value as LinkKind)}>
            {LINK_KINDS.map((option) => (
              <option key={option} value={option}>
                {t.linkKindOption(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="link-dialog__field">
          <label htmlFor={noteId}>{t.linkOptionalNote}</label>
          <textarea
            id={noteId}
            dir="auto"
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault()
                link()
              }
            }}
          />
        </div>
        {problem && (
          <p className="reader-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="link-dialog__actions">
          <button type="submit" className="reader-button reader-button--primary" disabled={!target || saving}>
            {t.linkCreate}
          </button>
          <button type="button" className="reader-button" onClick={onClose}>
            {t.readerCancel}
          </button>
        </div>
      </form>
    </dialog>
  )
}

/** Search-as-you-type over the library, as a combobox: ↑↓ move through the results, Enter chooses one. */
function StorySearch({ excludeId, onChoose }: { excludeId: number; onChoose(story: LinkedStory): void }) {
  const { t } = useI18n()
  const problemText = useProblemText()
  const listId = useId()
  const inputId = useId()
  const [text, setText] = useState('')
  const [results, setResults] = useState<LinkedStory[] | null>(null)
  const [active, setActive] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const query = linkSearchQuery(text)
    if (query === '') {
      setResults(null)
      return
    }
    let current = true
    const timer = window.setTimeout(() => {
      api.searchStories({ query, limit: RESULT_COUNT + 1, facets: false }).then(
        (response) => {
          if (!current) return
          setResults(response.results.filter((hit) => hit.id !== excludeId).slice(0, RESULT_COUNT))
          setActive(0)
          setProblem(null)
        },
        (error: unknown) => {
          if (!current) return
          setResults([])
          setProblem(problemText('findStories', error))
        }
      )
    }, TYPING_PAUSE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [text, excludeId, problemText])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!results || results.length === 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((index) => (index + step + results.length) % results.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onChoose(results[active]!)
    }
  }

  const optionId = (index: number) => `${listId}-${index}`
  return (
    <div className="story-search">
      <div className="link-dialog__field">
        <label htmlFor={inputId}>{t.linkSearchLabel}</label>
        <input
          id={inputId}
          type="search"
          dir="auto"
          role="combobox"
          aria-expanded={(results?.length ?? 0) > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results && results.length > 0 ? optionId(active) : undefined}
          placeholder={t.linkSearchPlaceholder}
          value={text}
          autoFocus
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul className="story-search__results" id={listId} role="listbox" aria-label={t.linkSearchResults}>
        {results?.map((story, index) => (
          <li
            key={story.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="story-search__result"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(story)}
          >
            <LinkedStoryLabel story={story} />
          </li>
        ))}
      </ul>
      {problem ? (
        <p className="reader-problem" role="alert">
          {problem}
        </p>
      ) : (
        <p className="reader-section__empty" aria-live="polite">
          {results === null ? t.linkSearchTyping : results.length === 0 ? t.linkSearchEmpty : ''}
        </p>
      )}
    </div>
  )
}
