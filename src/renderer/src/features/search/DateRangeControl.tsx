import { useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { Popover } from './Popover'
import { dateRangeOf, withDateRange } from './queryText'

interface DateRangeControlProps {
  query: string
  onQueryChange(query: string): void
}

/**
 * The date range: two days, written into the query as `date:FROM..TO` (either end may stay open). It shows the
 * range the query keeps, whether the control, a month facet or the analyst wrote it.
 */
export function DateRangeControl({ query, onQueryChange }: DateRangeControlProps) {
  const { t, format } = useI18n()
  const [open, setOpen] = useState(false)
  const range = dateRangeOf(query)
  const shown =
    range.from || range.to
      ? `${range.from ? format.date(range.from, 'short') : '…'} – ${range.to ? format.date(range.to, 'short') : '…'}`
      : t.datesButton

  const apply = (from: string | null, to: string | null) => {
    setOpen(false)
    onQueryChange(withDateRange(query, { from, to }))
  }

  return (
    <div className="search-popover-anchor">
      <button
        type="button"
        className="search-header__control"
        aria-expanded={open}
        aria-label={`${t.datesLabel}: ${shown}`}
        onClick={() => setOpen(!open)}
      >
        {shown}
      </button>
      {open && (
        <Popover label={t.datesLabel} onClose={() => setOpen(false)}>
          <form
            className="date-range"
            onSubmit={(event) => {
              event.preventDefault()
              const fields = new FormData(event.currentTarget)
              const day = (name: string) => String(fields.get(name) ?? '') || null
              let [from, to] = [day('from'), day('to')]
              if (from && to && from > to) [from, to] = [to, from]
              apply(from, to)
            }}
          >
            <label>
              {t.dateFrom}
              <input autoFocus type="date" name="from" defaultValue={range.from ?? ''} />
            </label>
            <label>
              {t.dateTo}
              <input type="date" name="to" defaultValue={range.to ?? ''} />
            </label>
            <div className="date-range__buttons">
              <button type="submit" className="toolbar__button--primary">
                {t.applyDates}
              </button>
              <button type="button" onClick={() => apply(null, null)}>
                {t.clearDates}
              </button>
            </div>
          </form>
        </Popover>
      )}
    </div>
  )
}
