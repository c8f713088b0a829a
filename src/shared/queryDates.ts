/*
 * The date syntax of the query language (`date:`, `after:`, `before:`), one rule for the core that runs queries
 * (src/core/search/dates.ts) and the window's date range control (features/search/queryText.ts): a year, a month
 * or a day, `2024`, `2024-03`, `2024-03-15`, with `/` as well as `-`, in Western, Arabic-Indic or Persian digits.
 */

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits as 0–9; every other character as it is. */
export function foldArabicDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) => {
    const code = digit.charCodeAt(0)
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660)
  })
}

/** A period as a query writes it: month 1–12 and a day of that month, when given. */
export interface QueryPeriod {
  year: number
  month: number | null
  day: number | null
}

/** Why a value is not a period: not written as one, a month past 12, or a day its month does not have. */
export type NotAPeriod = { problem: 'not-a-date' } | { problem: 'no-such-month'; month: number } | { problem: 'no-such-day' }

const PERIOD = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/

export function readQueryPeriod(text: string): QueryPeriod | NotAPeriod {
  const match = PERIOD.exec(foldArabicDigits(text))
  if (!match) return { problem: 'not-a-date' }
  const year = Number(match[1])
  const month = match[2] === undefined ? null : Number(match[2])
  const day = match[3] === undefined ? null : Number(match[3])
  if (month !== null && (month < 1 || month > 12)) return { problem: 'no-such-month', month }
  if (month !== null && day !== null && (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1)) {
    return { problem: 'no-such-day' }
  }
  return { year, month, day }
}

export const isQueryPeriod = (read: QueryPeriod | NotAPeriod): read is QueryPeriod => !('problem' in read)
