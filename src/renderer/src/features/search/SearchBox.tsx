import { useI18n } from '../../i18n/I18nProvider'

export interface SearchBoxProps {
  /** The query shown (the current search's, or '' elsewhere). */
  query: string
  onSearch(query: string): void
}

/** The toolbar's search box. (Placeholder: the search interface replaces it.) */
export function SearchBox({ query, onSearch }: SearchBoxProps) {
  const { t } = useI18n()
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault()
        onSearch(String(new FormData(event.currentTarget).get('q') ?? ''))
      }}
    >
      <input name="q" type="search" defaultValue={query} key={query} dir="auto" aria-label={t.searchLabel} placeholder={t.searchLabel} />
    </form>
  )
}
