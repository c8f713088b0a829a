import { dateFormatter, monthFormatter } from './dates'
import type { Formatters, Language } from './messages'

/** Numbers (Latin digits in both languages, as the analysts' sources write them), plurals and dates of a language. */
export function formattersFor(language: Language): Formatters {
  const locale = language === 'ar' ? 'ar-u-nu-latn' : 'en'
  const numberFormat = new Intl.NumberFormat(locale)
  const pluralRules = new Intl.PluralRules(language)
  return {
    locale,
    number: (n) => numberFormat.format(n),
    plural: (n) => pluralRules.select(n),
    date: dateFormatter(locale),
    month: monthFormatter(locale)
  }
}
