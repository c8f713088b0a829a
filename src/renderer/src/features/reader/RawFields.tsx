import { useState } from 'react'
import type { Story } from '../../../../shared/domain'
import { useI18n } from '../../i18n/I18nProvider'
import type { RawField } from '../../i18n/messages/reader'

/** What the dump wrote for each field, as the interface names it; fields it did not write are left out. */
function rawFields(story: Story): [RawField, string][] {
  const fields: [RawField, string | null][] = [
    ['source', story.source],
    ['date', story.dateText ?? story.date],
    ['updated', story.updatedText ?? story.updated],
    ['author', story.author],
    ['category', story.category],
    ['url', story.url],
    ['language', story.language],
    ['keywords', story.keywords.length > 0 ? story.keywords.join(', ') : null]
  ]
  return fields.filter((field): field is [RawField, string] => field[1] !== null && field[1] !== '')
}

/**
 * The story's fields exactly as the dump wrote them (a date as written, a site's category code), and any other
 * field the importer kept, each value in its own direction. The metadata line above shows them readably.
 */
export function RawFields({ story }: { story: Story }) {
  const { t } = useI18n()
  // Rendered once opened: folded away, the same values would stand twice in the reader's text.
  const [open, setOpen] = useState(false)
  const fields = rawFields(story)
  const extra = Object.entries(story.extra)
  if (fields.length === 0 && extra.length === 0) return null
  return (
    <details className="story-raw" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.readerRawFields}</summary>
      {open && (
        <dl className="story-raw__fields">
          {fields.map(([field, value]) => (
            <div key={field}>
              <dt>{t.readerRawFieldNames[field]}</dt>
              <dd>
                <bdi dir="auto">{value}</bdi>
              </dd>
            </div>
          ))}
          {extra.map(([name, value]) => (
            <div key={`extra-${name}`}>
              <dt>
                <bdi dir="auto">{name}</bdi>
              </dt>
              <dd>
                <bdi dir="auto">{value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  )
}
