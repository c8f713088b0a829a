import type { ListView } from '../../app/views'
import { useI18n } from '../../i18n/I18nProvider'
import { SavedSearchList } from './SavedSearchList'
import { TagTree } from './TagTree'

export interface NavigationSectionsProps {
  view: ListView
  onNavigate(view: ListView): void
}

/** The search side of the navigation pane: batch search, comparing saved searches' coverage, saved searches with their new counts, the tag tree. */
export function NavigationSections({ view, onNavigate }: NavigationSectionsProps) {
  const { t } = useI18n()
  const currentQuery = view.kind === 'search' ? view.query : null
  return (
    <>
      <ul className="navigation">
        {(
          [
            ['batch', t.batchSearchNav],
            ['compare', t.compareNav]
          ] as const
        ).map(([kind, label]) => (
          <li key={kind}>
            <button
              type="button"
              className={`navigation__item${view.kind === kind ? ' navigation__item--active' : ''}`}
              aria-current={view.kind === kind ? 'page' : undefined}
              onClick={() => onNavigate({ kind })}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
      <SavedSearchList
        currentQuery={currentQuery}
        currentId={view.kind === 'search' ? (view.savedSearchId ?? null) : null}
        onOpen={(search) => onNavigate({ kind: 'search', query: search.query, savedSearchId: search.id })}
      />
      <TagTree currentQuery={currentQuery} onOpen={(query) => onNavigate({ kind: 'search', query })} />
    </>
  )
}
