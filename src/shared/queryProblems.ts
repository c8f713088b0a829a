/**
 * Why a query cannot be searched, as data: the core names the problem and its parameters, and each language
 * writes its own sentence (the interface's Arabic and English bundles, the CLI's English below). The problem
 * travels in an `invalid-query` error's params as `problem`, next to `position` (the UTF-16 index, from 0).
 */
export type QueryProblem =
  | { problem: 'unclosed-quote' }
  | { problem: 'detached-mark'; mark: '*' | '~' | '=' }
  | { problem: 'unopened-group' }
  | { problem: 'empty-group' }
  | { problem: 'unclosed-group' }
  | { problem: 'operator-needs-words'; operator: 'OR' | 'AND' }
  | { problem: 'negation-needs-word'; operator: 'NOT' | '-' }
  | { problem: 'operand-expected' }
  | { problem: 'field-needs-value'; field: string }
  | { problem: 'field-value-kind'; field: string }
  | { problem: 'field-one-value'; field: string }
  | { problem: 'near-unclosed' }
  | { problem: 'near-content' }
  | { problem: 'near-needs-two-words' }
  | { problem: 'near-ends-with-distance' }
  | { problem: 'near-distance-missing' }
  | { problem: 'near-fuzzy' }
  | { problem: 'prefix-too-short'; minimum: number }
  | { problem: 'source-needs-name' }
  | { problem: 'tag-needs-name' }
  | { problem: 'language-code' }
  | { problem: 'nothing-to-search' }
  | { problem: 'not-a-date'; text: string }
  | { problem: 'no-such-month'; text: string; month: number }
  | { problem: 'no-such-day'; text: string }
  | { problem: 'range-needs-end' }
  | { problem: 'range-backwards'; range: string }
  /** A batch line longer than a query may be (no position). */
  | { problem: 'line-too-long'; length: number; maximum: number }

export type QueryProblemCode = QueryProblem['problem']

/** The sentences of one language, one per problem, each given that problem's parameters. */
export type QueryProblemSentences = { [Code in QueryProblemCode]: (problem: Extract<QueryProblem, { problem: Code }>) => string }

const MARK_EXAMPLES = { '*': 'word*', '~': 'word~', '=': '=word' } as const

/** English, for the CLI, logs and the English interface. */
export const englishQueryProblems: QueryProblemSentences = {
  'unclosed-quote': () => 'Unclosed quote: add the closing "',
  'detached-mark': ({ mark }) => `${mark} must be attached to a word, as in ${MARK_EXAMPLES[mark]}`,
  'unopened-group': () => 'This ) has no ( to close',
  'empty-group': () => 'These parentheses are empty',
  'unclosed-group': () => 'This ( is never closed',
  'operator-needs-words': ({ operator }) => `${operator} needs a word on each side`,
  'negation-needs-word': ({ operator }) => `${operator} needs a word after it`,
  'operand-expected': () => 'A word, a "phrase" or a (group) was expected here',
  'field-needs-value': ({ field }) => `${field}: needs a value right after the colon`,
  'field-value-kind': ({ field }) => `${field}: takes a word, a "phrase" or a (group)`,
  'field-one-value': ({ field }) => `${field}: takes one value (for several, write ${field}:a OR ${field}:b)`,
  'near-unclosed': () => 'This NEAR( is never closed',
  'near-content': () => 'NEAR( … ) holds only words and "phrases", then a comma and a distance',
  'near-needs-two-words': () => 'NEAR needs at least two words',
  'near-ends-with-distance': () => 'NEAR( … , N) ends with the distance and )',
  'near-distance-missing': () => 'The comma in NEAR( … , N) must be followed by a number of words',
  'near-fuzzy': () => '~ cannot be used inside NEAR( )',
  'prefix-too-short': ({ minimum }) => `Write at least ${minimum} letters before *`,
  'source-needs-name': () => 'source: needs a name',
  'tag-needs-name': () => 'tag: needs a tag name',
  'language-code': () => 'lang: takes a language code, such as ar, fa, en or fr',
  'nothing-to-search': () => 'There is nothing to search for here: the query has no letters or digits',
  'not-a-date': ({ text }) => `"${text}" is not a date: write a year, a month or a day, as in 2024, 2024-03 or 2024-03-15`,
  'no-such-month': ({ text, month }) => `${text} has no month ${month}`,
  'no-such-day': ({ text }) => `${text} is not a day of the calendar`,
  'range-needs-end': () => 'date: needs at least one end of the range, as in 2024-01..2024-03',
  'range-backwards': ({ range }) => `The range ${range} ends before it starts`,
  'line-too-long': ({ length, maximum }) =>
    `The line is ${length.toLocaleString('en')} characters long; a query may have up to ${maximum.toLocaleString('en')}`
}

/** The problem's sentence in the given language. */
export function describeQueryProblem(sentences: QueryProblemSentences, problem: QueryProblem): string {
  return (sentences[problem.problem] as (problem: QueryProblem) => string)(problem)
}

const CODES = new Set<string>(Object.keys(englishQueryProblems))

/** The problem an `invalid-query` error's params carry, or null for params that name none (an older core). */
export function queryProblemOf(params: Record<string, string | number> | undefined): QueryProblem | null {
  if (!params || typeof params.problem !== 'string' || !CODES.has(params.problem)) return null
  return params as unknown as QueryProblem
}
