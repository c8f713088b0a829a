import { useState } from 'react'
import type { FacetCount, SearchFacets } from '../../../../shared/contract/search'
import { useI18n } from '../../i18n/I18nProvider'
import { Popover } from './Popover'
import { hasFilter, toggleFilter, type FilterField } from './queryText'

/** Values a facet group shows before "more". */
const FIRST_VALUES = 5

interface FacetBarProps {
  facets: SearchFacets
  query: string
  onQueryChange(query: string): void
}

/**
 * Counts by source, tag and month over the whole result, as one row of menus so that the results keep the height:
 * each opens its values. A value adds its filter to the query text (the same `source:"…"`, `tag:"…"`,
 * `date:YYYY-MM` an analyst would type); pressed again, it takes it away. Choosing closes the menu (the results
 * change under it), and its button counts the filters it holds.
 */
export function FacetBar({ facets, query, onQueryChange }: FacetBarProps) {
  const { t, format } = useI18n()
  const [open, setOpen] = useState<FilterField | null>(null)
  const months = [...facets.month].sort((a, b) => b.value.localeCompare(a.value))
  const groups: { field: FilterField; title: string; values: readonly FacetCount[]; label?(value: string): string }[] = [
    { field: 'source', title: t.facetSource, values: facets.source },
    { field: 'tag', title: t.facetTag, values: facets.tag },
    { field: 'date', title: t.facetMonth, values: months, label: format.month }
  ]
  return (
    <section className="facets" aria-label={t.facetsLabel}>
      {groups
        .filter((group) => group.values.length > 0)
        .map((group) => {
          const active = group.values.filter(({ value }) => hasFilter(query, group.field, value)).length
          return (
            <div key={group.field} className="search-popover-anchor facets__menu">
              <button
                type="button"
                className={`facets__opener${active > 0 ? ' facets__opener--active' : ''}`}
                aria-expanded={open === group.field}
                onClick={() => setOpen(open === group.field ? null : group.field)}
              >
                {group.title}
                {active > 0 && ` (${format.number(active)})`}
                <span aria-hidden="true"> ▾</span>
              </button>
              {open === group.field && (
                <Popover label={group.title} onClose={() => setOpen(null)} className="facets__panel">
                  <FacetGroup
                    title={group.title}
                    field={group.field}
                    values={group.values}
                    label={group.label}
                    query={query}
                    onQueryChange={(next) => (setOpen(null), onQueryChange(next))}
                  />
                </Popover>
              )}
            </div>
          )
        })}
    </section>
  )
}

interface FacetGroupProps {
  title: string
  field: FilterField
  values: readonly FacetCount[]
  label?(value: string): string
  query: string
  onQueryChange(query: string): void
}

function FacetGroup({ title, field, values, label, query, onQueryChange }: FacetGroupProps) {
  const { t, format } = useI18n()
  const [expanded, setExpanded] = useState(false)
  if (values.length === 0) return null
  const shown = expanded ? values : values.slice(0, FIRST_VALUES)
  return (
    <div className="facets__group">
      <h3 className="facets__title">{title}</h3>
      <ul className="facets__values">
        {shown.map(({ value, count }) => {
          const active = hasFilter(query, field, value)
          const text = label ? label(value) : value
          return (
            <li key={value}>
              <button
                type="button"
                className="facets__value"
                aria-pressed={active}
                // Named by what it shows (the value, the count); what pressing it does describes it.
                title={t.facetValueLabel(title, text, count, active)}
                onClick={() => onQueryChange(toggleFilter(query, field, value))}
              >
                <span className="facets__name">
                  <bdi>{text}</bdi>
                </span>
                <span className="facets__count">{format.number(count)}</span>
              </button>
            </li>
          )
        })}
      </ul>
      {values.length > FIRST_VALUES && (
        <button type="button" className="facets__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t.facetLess : t.facetMore(values.length - FIRST_VALUES)}
        </button>
      )}
    </div>
  )
}
