import { useMemo } from 'react'
import { useI18n } from '../../i18n/I18nProvider'

export interface StoryDateFormat {
  /** A calendar day `YYYY-MM-DD` in the long format, weekday included ("Sunday, February 4, 2024"). */
  day(date: string): string
  /** A day in the short format, for lists ("Feb 4, 2024"). */
  shortDay(date: string): string
  /** An ISO timestamp as the short day with the local time ("Feb 4, 2024, 10:32 AM"). */
  moment(timestamp: string): string
}

/** The interface's two date formats (src/renderer/src/i18n/dates.ts) under the names the story views use. */
export function useStoryDates(): StoryDateFormat {
  const { format } = useI18n()
  return useMemo(
    () => ({
      day: (date) => format.date(date, 'long'),
      shortDay: (date) => format.date(date, 'short'),
      moment: (timestamp) => format.date(timestamp, 'short')
    }),
    [format]
  )
}
