/** Shorter last words are not completed: a one-letter prefix would match most of the library. */
const MIN_PREFIX_LENGTH = 2
const QUERY_SYNTAX = /["“”«»„()*~=:]/

/**
 * The search the link picker runs for what the analyst has typed so far: the words as typed, the last one
 * completed as a prefix (`word*`) so results appear while it is still being typed. Text that already uses the
 * query language (quotes, parentheses, fields, wildcards) is left exactly as written.
 */
export function linkSearchQuery(typed: string): string {
  const text = typed.trim()
  if (text === '' || QUERY_SYNTAX.test(text)) return text
  const lastWord = text.split(/\s+/).pop()!
  return /\p{L}$/u.test(lastWord) && lastWord.length >= MIN_PREFIX_LENGTH && !/^(OR|AND|NOT|NEAR)$/.test(lastWord) ? `${text}*` : text
}
