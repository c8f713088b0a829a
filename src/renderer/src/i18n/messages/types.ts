export type Language = 'ar' | 'en'

export interface Formatters {
  /** The BCP 47 locale for Intl (dates, numbers) in the interface language. */
  locale: string
  number(value: number): string
  plural(count: number): Intl.LDMLPluralRule
  /** A day (`YYYY-MM-DD`, or a full ISO time) as the language writes it: short in lists, long in a story's metadata. */
  date(value: string, style: 'short' | 'long'): string
  /** A month (`YYYY-MM`) with the short format's month and year. */
  month(month: string): string
}

/**
 * A phrase for each plural form a language has (Intl.PluralRules: English `one` and `other`; Arabic also `zero`,
 * `two`, `few` for 3–10 and `many` for 11–99); `other` stands for any form left out. `zero`, when given, is also
 * used for 0 in English ("no stories"), where the rules would say `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/** The phrase for `count` in the interface language's plural form; `{n}` is the number. */
export function plural(f: Formatters, count: number, forms: PluralForms): string {
  const form = count === 0 && forms.zero !== undefined ? forms.zero : (forms[f.plural(count)] ?? forms.other)
  return form.replace('{n}', f.number(count))
}

/** One feature's messages in both languages; each language is a function of the formatters. */
export interface MessageBundle<M> {
  en(f: Formatters): M
  ar(f: Formatters): M
}
