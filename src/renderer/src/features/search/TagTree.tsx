import { useState } from 'react'
import { filterTerm } from '../../../../shared/contract/search'
import type { TagInfo } from '../../../../shared/contract/organise'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useApi } from '../../lib/useApi'
import { TagMenu } from './TagMenu'

interface TagTreeProps {
  /** The query the list pane shows, to mark the tag it belongs to. */
  currentQuery: string | null
  /** Opens a tag's stories: the search `tag:"name"`, which finds its children's stories too. */
  onOpen(query: string): void
}

/**
 * The tag tree in the navigation pane: tags under their parents, each with the number of stories it (or a tag
 * under it) is on, and a menu to rename, recolour, merge or delete it. Subtags are folded until asked for.
 */
export function TagTree({ currentQuery, onOpen }: TagTreeProps) {
  const { t, format, dir } = useI18n()
  const tags = useApi(() => api.listTags(), [], ['tagsChanged', 'libraryChanged'])
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())
  const [problem, setProblem] = useState<string | null>(null)
  const children = new Map<number | null, TagInfo[]>()
  for (const tag of tags.data ?? []) {
    const siblings = children.get(tag.parentId)
    if (siblings) siblings.push(tag)
    else children.set(tag.parentId, [tag])
  }

  const toggle = (id: number) =>
    setExpanded((previous) => {
      const next = new Set(previous)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const branch = (parentId: number | null) => (
    <ul className="tag-tree__level">
      {(children.get(parentId) ?? []).map((tag) => {
        const query = filterTerm('tag', tag.name)
        const hasChildren = children.has(tag.id)
        const open = expanded.has(tag.id)
        const current = currentQuery === query
        const segment = tag.name.slice(tag.name.lastIndexOf('/') + 1)
        return (
          <li key={tag.id}>
            <div className="tag-tree__row">
              {hasChildren ? (
                <button
                  type="button"
                  className="tag-tree__toggle"
                  aria-expanded={open}
                  aria-label={t.expandTag(tag.name)}
                  onClick={() => toggle(tag.id)}
                >
                  <span aria-hidden="true">{open ? '▾' : dir === 'rtl' ? '◂' : '▸'}</span>
                </button>
              ) : (
                <span className="tag-tree__toggle" aria-hidden="true" />
              )}
              <button
                type="button"
                className={`navigation__item tag-tree__tag${current ? ' navigation__item--active' : ''}`}
                aria-current={current ? 'page' : undefined}
                // Named by what it shows (the name, the count); the full path and the count in words describe it.
                title={t.tagStoryCount(tag.name, tag.totalCount)}
                onClick={() => onOpen(query)}
              >
                <span className="tag-tree__swatch" style={{ background: tag.color }} aria-hidden="true" />
                <span className="tag-tree__name">
                  <bdi>{segment}</bdi>
                </span>
                <span className="tag-tree__count">{format.number(tag.totalCount)}</span>
              </button>
              <TagMenu tag={tag} allTags={tags.data ?? []} onProblem={setProblem} />
            </div>
            {hasChildren && open && branch(tag.id)}
          </li>
        )
      })}
    </ul>
  )

  return (
    <section className="navigation-section" aria-labelledby="tag-tree-heading">
      <h2 id="tag-tree-heading" className="navigation-section__heading">
        {t.tagsHeading}
      </h2>
      {tags.data?.length === 0 && <p className="navigation-section__empty">{t.noTags}</p>}
      {branch(null)}
      {problem && (
        <p className="save-search__problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  )
}
