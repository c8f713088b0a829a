import { UsageError, type OptionValues } from '../command'

/** A story id given on the command line: a positive whole number, or a usage error naming what was wrong. */
export function parseStoryId(text: string | undefined, what = 'story id'): number {
  const id = Number(text)
  if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(id) || id < 1) {
    throw new UsageError(text === undefined ? `a ${what} is missing.` : `"${text}" is not a ${what} (a positive whole number).`)
  }
  return id
}

/** The values of an option that may be repeated (`--add A --add B`). */
export function repeated(value: string | boolean | (string | boolean)[] | undefined): string[] {
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
}

/** Tag names given to an option (`--add NAME`): each must have a letter in it, or the usage says which was blank. */
export function tagNameOptions(values: OptionValues, option: string): string[] {
  const names = repeated(values[option])
  if (names.some((name) => name.trim() === '')) throw new UsageError(`--${option} needs a tag name; an empty name is no tag.`)
  return names
}

/** `«روسيا», «أوكرانيا»`: tag names quoted for messages. */
export function quoted(names: readonly string[]): string {
  return names.map((name) => `«${name}»`).join(', ')
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
