import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { filterTerm, type SearchSuggestions } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useUnreadableQuery } from './queryProblem'
import { QueryProblemText } from './QueryProblemText'
import { joinQuery, replaceCurrentWord, splitTrailingFilters } from './queryText'
import { recentQueries, rememberQuery } from './recentQueries'
import { focusTarget, registerFocusTarget } from './searchFocus'
import { suggestionItems, suggestionPrefix, type SuggestionItem } from './suggestionItems'
import { SuggestionList } from './SuggestionList'

export interface SearchBoxProps {
  /** The query shown (the current search's, or '' elsewhere). */
  query: string
  onSearch(query: string): void
}

/** Suggestions are asked for once typing pauses this long. */
const SUGGEST_DELAY_MS = 120

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null

/**
 * The toolbar's search box: a combobox that suggests, as the analyst types, recent and saved searches, tags,
 * sources and words of the library. `/` or Ctrl+K focuses it from anywhere; ↓ goes on to the results; a query the
 * core cannot read is explained right under it.
 */
export function SearchBox({ query, onSearch }: SearchBoxProps) {
  const { t } = useI18n()
  const listId = useId()
  const problemId = useId()
  const input = useRef<HTMLInputElement>(null)
  // The filters at the query's end show as chips, each in its own direction; the box holds the rest.
  const { text: typed, filters } = splitTrailingFilters(query)
  const [text, setText] = useState(typed)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [suggestions, setSuggestions] = useState<SearchSuggestions | null>(null)
  const problem = useUnreadableQuery(query)

  useEffect(() => setText(typed), [typed])

  useEffect(() => {
    // Put the caret on the problem, so the analyst sees where to fix the query they just ran.
    // Only when a new problem arrives: the caret is the analyst's again while they edit.
    const position = problem?.position
    if (position == null || position >= typed.length || document.activeElement !== input.current) return
    input.current?.setSelectionRange(position, position + 1)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `typed` is read, not watched: a problem arrives with the query it belongs to
  }, [problem])

  useEffect(() => {
    if (!open) return
    let current = true
    const timer = setTimeout(() => {
      api.suggest({ prefix: suggestionPrefix(text), limit: 5 }).then(
        (next) => current && setSuggestions(next),
        () => current && setSuggestions(null) // suggestions are a help, not a necessity: the search still runs
      )
    }, SUGGEST_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text, open])

  useEffect(() => {
    const focusBox = () => {
      input.current?.focus()
      input.current?.select()
    }
    const shortcut = (event: globalThis.KeyboardEvent) => {
      const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      focusBox()
    }
    window.addEventListener('keydown', shortcut)
    const unregister = registerFocusTarget('box', focusBox)
    return () => {
      window.removeEventListener('keydown', shortcut)
      unregister()
    }
  }, [])

  const items = open ? suggestionItems(text, suggestions, recentQueries()) : []
  const shown = open && items.length > 0

  const submit = (next: string, keptFilters: readonly string[] = filters) => {
    const whole = joinQuery(next, keptFilters)
    rememberQuery(whole)
    // A filter typed at the end joins the chips (as the query comes back from the search).
    setText(splitTrailingFilters(whole).text)
    setOpen(false)
    onSearch(whole)
  }

  const choose = (item: SuggestionItem) => {
    setActive(-1)
    switch (item.kind) {
      case 'recent':
        return submit(item.query, [])
      case 'saved':
        // Opening a saved search marks its new stories as seen, as it does from the navigation pane.
        void api.openSavedSearch({ id: item.id }).catch(() => undefined)
        return submit(item.query, [])
      case 'tag':
      case 'source':
        return submit(replaceCurrentWord(text, filterTerm(item.kind, item.name)))
      case 'word':
        setText(replaceCurrentWord(text, `${item.term} `))
        input.current?.focus()
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      if (shown) setActive((active + 1) % items.length)
      else if (text.trim() === '' || !focusTarget('results')) setOpen(true)
    } else if (event.key === 'ArrowUp' && shown) {
      event.preventDefault()
      setActive(active <= 0 ? items.length - 1 : active - 1)
    } else if (event.key === 'Enter' && shown && active >= 0) {
      event.preventDefault()
      choose(items[active]!)
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault()
      setOpen(false)
    } else if (event.key === 'Tab') {
      setOpen(false)
    }
  }

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        submit(text)
      }}
    >
      <input
        ref={input}
        type="text"
        dir="auto"
        role="combobox"
        aria-label={t.searchLabel}
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        aria-keyshortcuts="Control+K /"
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {filters.length > 0 && (
        <ul className="search-box__filters" aria-label={t.searchFiltersLabel}>
          {filters.map((filter, index) => (
            <li key={`${index}-${filter}`}>
              <button
                type="button"
                className="search-chip"
                title={t.removeSearchFilter}
                onClick={() =>
                  submit(
                    text,
                    filters.filter((_, other) => other !== index)
                  )
                }
              >
                <bdi dir="ltr">{filter}</bdi>
                <span className="search-chip__remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown && <SuggestionList id={listId} items={items} active={active} onChoose={choose} />}
      {problem && !shown && (
        <p id={problemId} className="search-box__problem" role="alert">
          <QueryProblemText problem={problem} />
        </p>
      )}
    </form>
  )
}
