import { useMemo } from 'react'
import { useI18n } from '../../i18n/I18nProvider'

export interface StoryDateFormat {
  /** A calendar day `YYYY-MM-DD` as the interface language writes it, weekday included ("Sunday 4 February 2024"). */
  day(date: string): string
  /** A short day for lists ("4 Feb 2024"). */
  shortDay(date: string): string
  /** An ISO timestamp as a local date and time ("4 Feb 2024, 10:32"). */
  moment(timestamp: string): string
}

/** Dates in the interface language (Intl). A story's day is a calendar day, so it is formatted in UTC: no shift. */
export function useStoryDates(): StoryDateFormat {
  const { format } = useI18n()
  return useMemo(() => {
    const full = new Intl.DateTimeFormat(format.locale, { dateStyle: 'full', timeZone: 'UTC' })
    const short = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: 'UTC' })
    const moment = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short' })
    const asDay = (date: string) => new Date(`${date}T00:00:00Z`)
    const safely = (formatter: Intl.DateTimeFormat, value: Date, fallback: string) =>
      Number.isNaN(value.getTime()) ? fallback : formatter.format(value)
    return {
      day: (date) => safely(full, asDay(date), date),
      shortDay: (date) => safely(short, asDay(date), date),
      moment: (timestamp) => safely(moment, new Date(timestamp), timestamp)
    }
  }, [format.locale])
}
