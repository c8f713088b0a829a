export type Language = 'ar' | 'en'

export interface Formatters {
  /** The BCP 47 locale for Intl (dates, numbers) in the interface language. */
  locale: string
  number(value: number): string
  plural(count: number): Intl.LDMLPluralRule
}

/** Picks the Arabic plural form: zero, one, two, few (3–10), many (11–99), other; `{n}` is the number. */
export function arabicPlural(f: Formatters, count: number, forms: Record<Intl.LDMLPluralRule, string>): string {
  return forms[f.plural(count)].replace('{n}', f.number(count))
}

/** One feature's messages in both languages; each language is a function of the formatters. */
export interface MessageBundle<M> {
  en(f: Formatters): M
  ar(f: Formatters): M
}
