/** Days (`YYYY-MM-DD`) and months (`YYYY-MM`) of the library, shown in the interface language. */
const utc = (isoDay: string): Date => new Date(`${isoDay}T00:00:00Z`)

export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc(day))
}

export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`))
}
