/**
 * The interface's two ways of writing a date, one short (lists, rows, buttons) and one long (a story's metadata),
 * from Intl in the interface language. A calendar day (`YYYY-MM-DD`, what a story has) is formatted in UTC so
 * that it never shifts; a moment (a full ISO time: an import, an edit) is the short day in local time, with the
 * hour.
 */
const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }
const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
const HOUR: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' }

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/

export function dateFormatter(locale: string): (value: string, style: 'short' | 'long') => string {
  const days = {
    short: new Intl.DateTimeFormat(locale, { ...SHORT, timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(locale, { ...LONG, timeZone: 'UTC' })
  }
  const moments = {
    short: new Intl.DateTimeFormat(locale, { ...SHORT, ...HOUR }),
    long: new Intl.DateTimeFormat(locale, { ...LONG, ...HOUR })
  }
  return (value, style) => {
    const day = CALENDAR_DAY.test(value)
    const date = new Date(day ? `${value}T00:00:00Z` : value)
    // A date the dump wrote that is no real day stays as written rather than "Invalid Date".
    if (Number.isNaN(date.getTime())) return value
    return (day ? days : moments)[style].format(date)
  }
}

/** A month (`YYYY-MM`, a facet's value) with the short format's month and year. */
export function monthFormatter(locale: string): (month: string) => string {
  const format = new Intl.DateTimeFormat(locale, { month: SHORT.month, year: SHORT.year, timeZone: 'UTC' })
  return (month) => format.format(new Date(`${month}-01T00:00:00Z`))
}
