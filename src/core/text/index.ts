/**
 * Arabic-aware text analysis: one analyser for indexing, querying and highlighting, so the three
 * can never disagree. See README.md in this folder for the rules and the decisions behind them.
 */
export { analyze, forEachToken } from './analyze'
export type { Token, TokenVisitor } from './analyze'
export { normalizeTerm, normalizeText } from './normalize'
export { stemTerm } from './stem'
export { isStopword } from './stopwords'
export { CLITIC_STACKS, MIN_LETTERS_LEFT, forEachStemUnderClitics, type CliticStack } from './clitics'
