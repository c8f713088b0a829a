import type { StoryFilter, StoryQuery } from '../library'
import { forEachToken, isStopword, normalizeText } from '../text'
import type { WordVariants } from './cliticForms'
import { dateFilter } from './dates'
import { queryError } from './queryError'
import type { FilterNode, NearNode, QueryNode, TextField, WordNode } from './queryTree'

/*
 * Turns a parsed query into what the library runs: an FTS5 expression over story_index built only from the
 * analyser's terms and stems, each quoted, so nothing typed reaches FTS5's own syntax; conditions on stories for
 * the filters FTS5 cannot answer (tag, lang, dates); and the rules that find the matched words again in the
 * original text for highlights.
 *
 * A plain word matches its normalised term in the term columns or its stem in the stem columns, and the forms the
 * library holds it under with and without clitics (cliticForms.ts). A story that has the exact form matches both
 * columns, so bm25 ranks exact forms above stem-only matches.
 */

/** Where a word may match: any text of the story, or only one field. */
export type WordScope = 'text' | TextField

const TERM_COLUMNS: Record<WordScope, string> = {
  text: '{title body keywords notes}',
  title: 'title',
  note: 'notes'
}
const STEM_COLUMNS: Record<WordScope, string> = {
  text: '{title_stem body_stem keywords_stem notes_stem}',
  title: 'title_stem',
  note: 'notes_stem'
}
/**
 * The stem columns with the stems under clitics of the same text (migration 0210): a word whose clitic forms the
 * library reads all as clitics is found in them, bare or with clitics, by one phrase. Notes share their column of
 * stems under clitics with the body, so a note-only word names its forms one by one.
 */
const WHOLE_WORD_COLUMNS: Record<WordScope, string | null> = {
  text: '{title_stem body_stem keywords_stem notes_stem title_under_clitics text_under_clitics}',
  title: '{title_stem title_under_clitics}',
  note: null
}
const MIN_PREFIX_LENGTH = 2
/** Clitics a prefix search looks behind (see withCliticPrefixes), and the letters it needs for that. */
const PREFIX_CLITICS = ['و', 'ب', 'ل', 'وب', 'ول']
const MIN_CLITIC_PREFIX_LENGTH = 3
const ARABIC_LETTER = /^[\u0620-\u064a]/u
/**
 * A NEAR group is run as one NEAR per combination of its words' clitic variants (FTS5's NEAR takes phrases, not
 * alternatives); beyond this many combinations each word keeps its own stem only.
 */
const MAX_NEAR_COMBINATIONS = 32
/** Fuzzy matching allows 1 edit in terms of up to this many letters, 2 beyond. */
const ONE_EDIT_UP_TO = 5

/** A document token passes when its term or stem is one of these, or starts with one of the prefixes. */
export interface TokenTest {
  terms: ReadonlySet<string>
  stems: ReadonlySet<string>
  prefixes: readonly string[]
}

/** How to find one query word (or phrase) again in a story's text: consecutive tokens passing these tests. */
export interface HighlightRule {
  /** Which word of the query this is, so that a snippet can count the distinct words it shows. */
  word: number
  /** False for stopwords, which count less when choosing a snippet. */
  important: boolean
  scope: WordScope
  sequence: TokenTest[]
}

/** A plain one-token word as typed, for "did you mean". */
export interface TypedWord {
  text: string
  position: number
  term: string
}

export interface CompiledQuery extends StoryQuery {
  rules: HighlightRule[]
  words: TypedWord[]
  /** Plain words, as typed, that the library holds in no form: an AND query with one of them finds nothing. */
  unmatched: string[]
}

export interface CompileOptions {
  /** Terms of the library within `maxEdits` of `term`, most frequent first (not `term` itself). */
  fuzzyTerms(term: string, maxEdits: number): string[]
  /** The terms and stems the library holds the word under with and without clitics (see cliticForms.ts). */
  cliticVariants(term: string, stem: string): WordVariants
  /** True when no story has the term or any of these stems. */
  matchesNothing(term: string, stems: readonly string[]): boolean
}

interface QueryToken {
  term: string
  stem: string
}

/** A compiled sub-query: stories matching `fts` (when not null) and every filter. */
interface Part {
  fts: string | null
  filters: StoryFilter[]
}

const NOTHING: Part = { fts: null, filters: [] }
const isNothing = (part: Part): boolean => part.fts === null && part.filters.length === 0

function analyseWords(text: string): QueryToken[] {
  const tokens: QueryToken[] = []
  forEachToken(text, (term, stem) => tokens.push({ term, stem }))
  return tokens
}

/** An FTS5 string: the analyser's terms hold no quotes, but doubling them keeps that a local fact. */
const quoted = (terms: readonly string[]): string => `"${terms.join(' ').replace(/"/g, '""')}"`

function asFilter(part: Part): StoryFilter {
  const items: StoryFilter[] = [...(part.fts === null ? [] : [{ kind: 'text' as const, match: part.fts }]), ...part.filters]
  return items.length === 1 ? items[0]! : { kind: 'all', items }
}

const test = (terms: string[], stems: string[], prefixes: string[] = []): TokenTest => ({
  terms: new Set(terms),
  stems: new Set(stems),
  prefixes
})

class Compiler {
  readonly rules: HighlightRule[] = []
  readonly words: TypedWord[] = []
  readonly unmatched: string[] = []
  private wordCount = 0

  constructor(private readonly options: CompileOptions) {}

  /** `positive` is false under an odd number of NOTs: such words are excluded, never highlighted. */
  compile(node: QueryNode, scope: WordScope, positive: boolean): Part {
    switch (node.kind) {
      case 'word':
        return this.word(node, scope, positive)
      case 'phrase':
        return this.phrase(node.text, scope, positive)
      case 'near':
        return this.near(node, scope, positive)
      case 'field':
        return this.compile(node.item, node.field, positive)
      case 'filter':
        return filterPart(node)
      case 'not':
        return this.all([node], scope, positive)
      case 'all':
        return this.all(node.items, scope, positive)
      case 'any':
        return this.any(node.items, scope, positive)
    }
  }

  private all(items: readonly QueryNode[], scope: WordScope, positive: boolean): Part {
    const included: Part[] = []
    const excluded: Part[] = []
    for (const item of withoutStopwords(items)) {
      const part = item.kind === 'not' ? this.compile(item.item, scope, !positive) : this.compile(item, scope, positive)
      if (!isNothing(part)) (item.kind === 'not' ? excluded : included).push(part)
    }
    const includedFts = included.flatMap((part) => (part.fts === null ? [] : [part.fts]))
    const filters = included.flatMap((part) => part.filters)
    let fts = includedFts.length === 0 ? null : includedFts.length === 1 ? includedFts[0]! : `(${includedFts.join(' AND ')})`
    for (const part of excluded) {
      // FTS5's NOT needs something to subtract from; without it, the exclusion becomes a condition on stories.
      if (fts !== null && part.filters.length === 0) fts = `(${fts} NOT ${part.fts})`
      else filters.push({ kind: 'not', item: asFilter(part) })
    }
    return { fts, filters }
  }

  private any(items: readonly QueryNode[], scope: WordScope, positive: boolean): Part {
    const parts: Part[] = []
    for (const item of items) {
      const part = item.kind === 'not' ? this.all([item], scope, positive) : this.compile(item, scope, positive)
      if (!isNothing(part)) parts.push(part)
    }
    if (parts.length === 0) return NOTHING
    if (parts.length === 1) return parts[0]!
    if (parts.every((part) => part.filters.length === 0)) return { fts: `(${parts.map((part) => part.fts).join(' OR ')})`, filters: [] }
    return { fts: null, filters: [{ kind: 'any', items: parts.map(asFilter) }] }
  }

  private word(node: WordNode, scope: WordScope, positive: boolean): Part {
    const tokens = analyseWords(node.text)
    if (tokens.length === 0) return NOTHING
    const terms = tokens.map((token) => token.term)
    const stems = tokens.map((token) => token.stem)
    const termColumns = TERM_COLUMNS[scope]
    const stemColumns = STEM_COLUMNS[scope]
    if (tokens.length === 1 && node.mode !== 'prefix' && positive) {
      this.words.push({ text: node.text, position: node.position, term: terms[0]! })
    }

    switch (node.mode) {
      case 'exact':
        this.addRule(
          scope,
          positive,
          terms,
          tokens.map((token) => test([token.term], []))
        )
        return { fts: `${termColumns}: ${quoted(terms)}`, filters: [] }
      case 'prefix': {
        const prefix = terms[terms.length - 1]!
        if (prefix.length < MIN_PREFIX_LENGTH) throw queryError({ problem: 'prefix-too-short', minimum: MIN_PREFIX_LENGTH }, node.position)
        const prefixes = tokens.length === 1 ? withCliticPrefixes(prefix) : [prefix]
        const sequence = tokens.map((token, index) =>
          index < tokens.length - 1 ? test([token.term], [token.stem]) : test([], [], prefixes)
        )
        this.addRule(scope, positive, terms, sequence)
        const stemsThenPrefix = prefixes.map((each) => `${quoted([...stems.slice(0, -1), each])} *`)
        const stemMatch = stemsThenPrefix.length === 1 ? stemsThenPrefix[0]! : `(${stemsThenPrefix.join(' OR ')})`
        return { fts: `(${termColumns}: ${quoted(terms)} * OR ${stemColumns}: ${stemMatch})`, filters: [] }
      }
      case 'fuzzy':
        if (tokens.length === 1) return this.fuzzyWord(tokens[0]!, node, scope, positive)
        break
      case 'stem':
        break
    }
    if (tokens.length === 1) {
      const variants = this.options.cliticVariants(terms[0]!, stems[0]!)
      if (positive && this.options.matchesNothing(terms[0]!, variants.stems)) this.unmatched.push(node.text)
      this.addRule(scope, positive, terms, [test(variants.terms, variants.stems)])
      return { fts: `(${termColumns}: ${anyOf(variants.terms)} OR ${stemMatch(variants, scope)})`, filters: [] }
    }
    this.addRule(
      scope,
      positive,
      terms,
      tokens.map((token) => test([token.term], [token.stem]))
    )
    return { fts: `(${termColumns}: ${quoted(terms)} OR ${stemColumns}: ${quoted(stems)})`, filters: [] }
  }

  private fuzzyWord(token: QueryToken, node: WordNode, scope: WordScope, positive: boolean): Part {
    const maxEdits = node.maxEdits ?? defaultMaxEdits(token.term)
    const candidates = maxEdits === 0 ? [] : this.options.fuzzyTerms(token.term, maxEdits)
    const terms = [token.term, ...candidates.filter((candidate) => candidate !== token.term)]
    this.addRule(scope, positive, [token.term], [test(terms, [token.stem])])
    const alternatives = terms.map((term) => quoted([term])).join(' OR ')
    return { fts: `(${TERM_COLUMNS[scope]}: (${alternatives}) OR ${STEM_COLUMNS[scope]}: ${quoted([token.stem])})`, filters: [] }
  }

  /** Quotes keep the words as they are: normalised, never stemmed. */
  private phrase(text: string, scope: WordScope, positive: boolean): Part {
    const terms = analyseWords(text).map((token) => token.term)
    if (terms.length === 0) return NOTHING
    this.addRule(
      scope,
      positive,
      terms,
      terms.map((term) => test([term], []))
    )
    return { fts: `${TERM_COLUMNS[scope]}: ${quoted(terms)}`, filters: [] }
  }

  /** Proximity is measured between stems, so that the words may take any clitic or ending. */
  private near(node: NearNode, scope: WordScope, positive: boolean): Part {
    const phrases: string[][] = []
    for (const item of node.items) {
      const tokens = analyseWords(item.text)
      if (tokens.length === 0) continue
      const prefix = item.kind === 'word' && item.mode === 'prefix'
      const stems = tokens.map((token, index) => (prefix && index === tokens.length - 1 ? token.term : token.stem))
      const sequence = tokens.map((token, index) =>
        prefix && index === tokens.length - 1 ? test([], [], [token.term]) : test([token.term], [token.stem])
      )
      // A one-word item may be any of its clitic variants; a phrase or prefix keeps its stems.
      const variants = tokens.length === 1 && !prefix ? this.options.cliticVariants(tokens[0]!.term, stems[0]!).stems : [stems[0]!]
      if (variants.length > 1) sequence[0] = test([tokens[0]!.term], variants)
      this.addRule(
        scope,
        positive,
        tokens.map((token) => token.term),
        sequence
      )
      phrases.push(
        tokens.length === 1 && !prefix ? variants.map((variant) => quoted([variant])) : [prefix ? `${quoted(stems)} *` : quoted(stems)]
      )
    }
    if (phrases.length < 2) throw queryError({ problem: 'near-needs-two-words' }, node.position)
    const combinations = phrases.reduce((count, choices) => count * choices.length, 1)
    const groups = combinations <= MAX_NEAR_COMBINATIONS ? combine(phrases) : [phrases.map((choices) => choices[0]!)]
    const nears = groups.map((group) => `${STEM_COLUMNS[scope]}: NEAR(${group.join(' ')}, ${node.distance})`)
    return { fts: nears.length === 1 ? nears[0]! : `(${nears.join(' OR ')})`, filters: [] }
  }

  private addRule(scope: WordScope, positive: boolean, terms: readonly string[], sequence: TokenTest[]): void {
    const word = this.wordCount++
    if (!positive) return
    this.rules.push({ word, important: terms.some((term) => !isStopword(term)), scope, sequence })
  }
}

/** One quoted term or stem, or a group of alternatives. */
/**
 * A word's stems, with its clitic forms: by one phrase over the stem columns and the stems under clitics for each
 * stem whose clitic forms are all read as clitics (their own stems then go unnamed), and by name for the others.
 */
function stemMatch(variants: WordVariants, scope: WordScope): string {
  const wholeColumns = WHOLE_WORD_COLUMNS[scope]
  if (!wholeColumns || variants.wholeStems.length === 0) return `${STEM_COLUMNS[scope]}: ${anyOf(variants.stems)}`
  const named = variants.stems.filter((stem) => !variants.wholeStems.includes(stem) && !variants.formStemsOfWholeStems.includes(stem))
  const whole = `${wholeColumns}: ${anyOf(variants.wholeStems)}`
  return named.length === 0 ? whole : `${whole} OR ${STEM_COLUMNS[scope]}: ${anyOf(named)}`
}

const anyOf = (forms: readonly string[]): string =>
  forms.length === 1 ? quoted(forms) : `(${forms.map((form) => quoted([form])).join(' OR ')})`

/**
 * A one-word prefix also matches after the clitics the analyser leaves on bare words (كور* finds وكوريا، بكوريا),
 * from three letters on and without ك and ف, whose words mostly own them: a prefix cannot be weighed against the
 * library's words as a whole word is (cliticForms.ts), so only the clitics that are nearly always clitics are added.
 */
function withCliticPrefixes(prefix: string): string[] {
  if (prefix.length < MIN_CLITIC_PREFIX_LENGTH || !ARABIC_LETTER.test(prefix)) return [prefix]
  return [prefix, ...PREFIX_CLITICS.map((clitic) => clitic + prefix)]
}

/** Every way of taking one choice from each list, in order. */
function combine(lists: readonly (readonly string[])[]): string[][] {
  return lists.reduce<string[][]>((groups, choices) => groups.flatMap((group) => choices.map((choice) => [...group, choice])), [[]])
}

/**
 * Plain words that are all stopwords (في، من، the) are left out of a group that has other words to match: they
 * would match nearly every story and cost time without narrowing anything. In quotes they count.
 */
function withoutStopwords(items: readonly QueryNode[]): readonly QueryNode[] {
  const isStopwordOnly = (item: QueryNode): boolean =>
    item.kind === 'word' && item.mode === 'stem' && analyseWords(item.text).every((token) => isStopword(token.term))
  const kept = items.filter((item) => !isStopwordOnly(item))
  return kept.some((item) => item.kind !== 'not') ? kept : items
}

function filterPart(node: FilterNode): Part {
  switch (node.field) {
    case 'source': {
      const terms = analyseWords(node.value).map((token) => token.term)
      if (terms.length === 0) throw queryError({ problem: 'source-needs-name' }, node.position)
      return { fts: `source: ${quoted(terms)}`, filters: [] }
    }
    case 'tag': {
      const key = tagMatchKey(node.value)
      if (key === '') throw queryError({ problem: 'tag-needs-name' }, node.position)
      return { fts: null, filters: [{ kind: 'tag', key }] }
    }
    case 'lang': {
      const code = node.value.toLowerCase()
      if (!/^[a-z]{2,3}$/.test(code)) throw queryError({ problem: 'language-code' }, node.position)
      return { fts: null, filters: [{ kind: 'language', code }] }
    }
    case 'date':
    case 'after':
    case 'before':
      return { fts: null, filters: [dateFilter(node.field, node.value, node.position)] }
  }
}

/** Edits a fuzzy word allows unless the query says (`word~1`): 1 for short words, where 2 would reach other roots. */
export function defaultMaxEdits(term: string): number {
  return term.length <= ONE_EDIT_UP_TO ? 1 : 2
}

/** Stories that write `term` exactly, in any text field. */
export function exactTermMatch(term: string): string {
  return `${TERM_COLUMNS.text}: ${quoted([term])}`
}

/** A tag's match key as the tags feature stores it: each segment of the path normalised, joined by `/`. */
export function tagMatchKey(name: string): string {
  return name
    .split('/')
    .map((segment) => normalizeText(segment))
    .filter((segment) => segment !== '')
    .join('/')
}

/** Compiles a parsed query; `null` (an empty query) matches every story. */
export function compileQuery(tree: QueryNode | null, options: CompileOptions): CompiledQuery {
  const compiler = new Compiler(options)
  const part = tree === null ? NOTHING : compiler.compile(tree, 'text', true)
  if (tree !== null && isNothing(part)) {
    throw queryError({ problem: 'nothing-to-search' }, 0)
  }
  const filter =
    part.filters.length === 0 ? null : part.filters.length === 1 ? part.filters[0]! : { kind: 'all' as const, items: part.filters }
  return { match: part.fts, filter, rules: compiler.rules, words: compiler.words, unmatched: compiler.unmatched }
}
