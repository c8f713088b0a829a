import { normalizeTerm } from '../text'
import { queryError } from './queryError'
import type { FilterField, NearNode, QueryNode, TextField, WordNode } from './queryTree'

/*
 * The query language, in the spirit of what analysts know from Lucene, Datashare and Factiva (README.md has the
 * whole of it): words (all must match), OR, NOT / -word, parentheses, "phrases", word*, =word, word~, NEAR(a b, 5),
 * "a b"~5, and field:value. OR binds looser than the implicit AND: `a b OR c` is `(a b) OR c`.
 * Parsing is purely syntactic; what the words mean (their terms and stems) is decided when the query is compiled.
 */

const TEXT_FIELDS: readonly TextField[] = ['title', 'note']
const FILTER_FIELDS: readonly FilterField[] = ['source', 'tag', 'lang', 'date', 'after', 'before']
/** Quotation marks that open a phrase (English and Arabic keyboards), and those that close one. */
const OPENING_QUOTES = '"“«„'
const CLOSING_QUOTES = '"”»“'
const DEFAULT_NEAR_DISTANCE = 10
const MAX_NEAR_DISTANCE = 1000
const MAX_FUZZY_EDITS = 2

type Token =
  | { type: 'open' | 'close' | 'or' | 'and' | 'not' | 'minus' | 'near' | 'comma'; position: number }
  | { type: 'field'; field: TextField | FilterField; position: number; followedByValue: boolean }
  | { type: 'quoted'; text: string; position: number; proximity: number | null }
  | { type: 'chunk'; text: string; position: number }

const isSpace = (char: string): boolean => /\s/u.test(char)

/** Splits a query into tokens. Only quotes can make it fail: an unclosed one. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = []
  let insideNear = false
  let at = 0
  while (at < query.length) {
    const char = query[at]!
    if (isSpace(char)) {
      at++
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close', position: at })
      if (char === ')') insideNear = false
      at++
    } else if (insideNear && char === ',') {
      tokens.push({ type: 'comma', position: at })
      at++
    } else if (OPENING_QUOTES.includes(char)) {
      at = readQuoted(query, at, tokens)
    } else {
      const end = chunkEnd(query, at, insideNear)
      const next = readChunk(query, at, end, tokens)
      if (tokens.at(-1)?.type === 'near') insideNear = true
      at = next
    }
  }
  return tokens
}

function chunkEnd(query: string, from: number, insideNear: boolean): number {
  let end = from
  while (end < query.length) {
    const char = query[end]!
    if (isSpace(char) || char === '(' || char === ')' || OPENING_QUOTES.includes(char) || (insideNear && char === ',')) break
    end++
  }
  return end
}

function readQuoted(query: string, open: number, tokens: Token[]): number {
  let close = open + 1
  while (close < query.length && !CLOSING_QUOTES.includes(query[close]!)) close++
  if (close >= query.length) throw queryError({ problem: 'unclosed-quote' }, open)
  let after = close + 1
  let proximity: number | null = null
  const slop = /^~([0-9\u0660-\u0669\u06f0-\u06f9]*)/u.exec(query.slice(after))
  if (slop) {
    proximity = slop[1] ? Math.min(Number(normalizeTerm(slop[1])), MAX_NEAR_DISTANCE) : DEFAULT_NEAR_DISTANCE
    after += slop[0].length
  }
  tokens.push({ type: 'quoted', text: query.slice(open + 1, close), position: open, proximity })
  return after
}

/**
 * Reads the chunk query[from, end): operators (OR, AND, NOT, NEAR( ), a leading `-`, a `field:` prefix, and
 * otherwise a word with its `=`, `*` or `~` marks, which parseWord reads). Returns where lexing goes on.
 */
function readChunk(query: string, from: number, end: number, tokens: Token[]): number {
  const text = query.slice(from, end)
  if (text === 'OR' || text === 'AND' || text === 'NOT') {
    tokens.push({ type: text === 'OR' ? 'or' : text === 'AND' ? 'and' : 'not', position: from })
    return end
  }
  if (text === 'NEAR' && query[end] === '(') {
    tokens.push({ type: 'near', position: from })
    return end + 1
  }
  if (text[0] === '-' || text[0] === '+') {
    // `-word` excludes, `+word` is Lucene's "required", which every word already is; a lone - or + is punctuation.
    const attached = end > from + 1 || query[end] === '(' || OPENING_QUOTES.includes(query[end] ?? '')
    if (text[0] === '-' && attached) tokens.push({ type: 'minus', position: from })
    return from + 1
  }
  const field = /^([A-Za-z]+):/.exec(text)
  const name = field?.[1]!.toLowerCase()
  if (name && (TEXT_FIELDS.includes(name as TextField) || FILTER_FIELDS.includes(name as FilterField))) {
    const valueAt = from + field![0].length
    const followedByValue = valueAt < query.length && !isSpace(query[valueAt]!) && query[valueAt] !== ')'
    tokens.push({ type: 'field', field: name as TextField | FilterField, position: from, followedByValue })
    return valueAt
  }
  tokens.push({ type: 'chunk', text, position: from })
  return end
}

/** A word chunk with its marks read: `=word` exact, `word*` prefix, `word~` / `word~N` fuzzy. */
function parseWord(chunk: { text: string; position: number }): WordNode {
  let text = chunk.text
  let position = chunk.position
  let mode: WordNode['mode'] = 'stem'
  let maxEdits: number | null = null
  if (text.startsWith('=')) {
    mode = 'exact'
    text = text.slice(1)
    position++
  }
  const stars = /\*+$/.exec(text)
  const fuzzy = stars ? null : /~([0-9\u0660-\u0669\u06f0-\u06f9]*)$/u.exec(text)
  if (stars) {
    mode = 'prefix'
    text = text.slice(0, stars.index)
  } else if (fuzzy) {
    mode = 'fuzzy'
    maxEdits = fuzzy[1] ? Math.min(Number(normalizeTerm(fuzzy[1])), MAX_FUZZY_EDITS) : null
    text = text.slice(0, fuzzy.index)
  }
  if (text === '') {
    throw queryError({ problem: 'detached-mark', mark: stars ? '*' : fuzzy ? '~' : '=' }, chunk.position)
  }
  return { kind: 'word', text, mode, maxEdits, position }
}

class Parser {
  private index = 0

  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null
    const node = this.parseOr(null)
    const extra = this.peek()
    if (extra) throw queryError({ problem: 'unopened-group' }, extra.position)
    return node
  }

  private peek(): Token | undefined {
    return this.tokens[this.index]
  }

  private next(): Token {
    return this.tokens[this.index++]!
  }

  /** `opened` is the position of the ( this expression sits in, or null at the top. */
  private parseOr(opened: number | null): QueryNode {
    const items = [this.parseAnd(opened)]
    while (this.peek()?.type === 'or') {
      const or = this.next()
      if (this.endsOperand()) throw queryError({ problem: 'operator-needs-words', operator: 'OR' }, or.position)
      items.push(this.parseAnd(opened))
    }
    return items.length === 1 ? items[0]! : { kind: 'any', items }
  }

  /** True when the next token cannot start an operand (end of query, `)`, OR, AND). */
  private endsOperand(): boolean {
    const token = this.peek()
    return !token || token.type === 'close' || token.type === 'or' || token.type === 'and'
  }

  private parseAnd(opened: number | null): QueryNode {
    const items: QueryNode[] = []
    for (let token = this.peek(); token && token.type !== 'or' && token.type !== 'close'; token = this.peek()) {
      if (token.type === 'and') {
        this.next()
        if (items.length === 0 || this.endsOperand()) throw queryError({ problem: 'operator-needs-words', operator: 'AND' }, token.position)
        continue
      }
      items.push(this.parseUnary())
    }
    if (items.length === 0) {
      const token = this.peek()
      if (token?.type === 'or') throw queryError({ problem: 'operator-needs-words', operator: 'OR' }, token.position)
      if (token?.type === 'close') {
        throw opened === null ? queryError({ problem: 'unopened-group' }, token.position) : queryError({ problem: 'empty-group' }, opened)
      }
      throw queryError({ problem: 'unclosed-group' }, opened ?? 0)
    }
    return items.length === 1 ? items[0]! : { kind: 'all', items }
  }

  private parseUnary(): QueryNode {
    const token = this.peek()!
    if (token.type === 'not' || token.type === 'minus') {
      this.next()
      if (this.endsOperand())
        throw queryError({ problem: 'negation-needs-word', operator: token.type === 'not' ? 'NOT' : '-' }, token.position)
      return { kind: 'not', item: this.parseUnary(), position: token.position }
    }
    return this.parsePrimary()
  }

  private parsePrimary(): QueryNode {
    const token = this.next()
    switch (token.type) {
      case 'open': {
        const node = this.parseOr(token.position)
        if (this.peek()?.type !== 'close') throw queryError({ problem: 'unclosed-group' }, token.position)
        this.next()
        return node
      }
      case 'quoted':
        return token.proximity === null
          ? { kind: 'phrase', text: token.text, position: token.position }
          : proximityNode(token.text, token.position, token.proximity)
      case 'near':
        return this.parseNear(token.position)
      case 'field':
        return this.parseField(token)
      case 'chunk':
        return parseWord(token)
      default:
        // Callers consume ), OR, AND, NOT and - themselves; this is what is left, such as `title:OR`.
        throw queryError({ problem: 'operand-expected' }, token.position)
    }
  }

  private parseField(token: Extract<Token, { type: 'field' }>): QueryNode {
    const value = this.peek()
    if (!token.followedByValue || !value) throw queryError({ problem: 'field-needs-value', field: token.field }, token.position)
    if (TEXT_FIELDS.includes(token.field as TextField)) {
      if (value.type === 'field' || value.type === 'minus' || value.type === 'not') {
        throw queryError({ problem: 'field-value-kind', field: token.field }, value.position)
      }
      return { kind: 'field', field: token.field as TextField, item: this.parsePrimary(), position: token.position }
    }
    this.next()
    if (value.type === 'chunk' || value.type === 'quoted') {
      return { kind: 'filter', field: token.field as FilterField, value: value.text, position: token.position }
    }
    throw queryError({ problem: 'field-one-value', field: token.field }, value.position)
  }

  private parseNear(position: number): NearNode {
    const items: NearNode['items'] = []
    let distance = DEFAULT_NEAR_DISTANCE
    for (;;) {
      const token = this.peek()
      if (!token) throw queryError({ problem: 'near-unclosed' }, position)
      this.next()
      if (token.type === 'close') break
      if (token.type === 'comma') {
        distance = this.parseNearDistance(token.position)
        continue
      }
      if (token.type === 'quoted') items.push({ kind: 'phrase', text: token.text, position: token.position })
      else if (token.type === 'chunk') items.push(nearWord(parseWord(token)))
      else throw queryError({ problem: 'near-content' }, token.position)
    }
    if (items.length < 2) throw queryError({ problem: 'near-needs-two-words' }, position)
    return { kind: 'near', items, distance, position }
  }

  private parseNearDistance(comma: number): number {
    const number = this.peek()
    const digits = number?.type === 'chunk' ? normalizeTerm(number.text) : ''
    if (!/^\d+$/.test(digits)) throw queryError({ problem: 'near-distance-missing' }, comma)
    this.next()
    if (this.peek()?.type !== 'close') throw queryError({ problem: 'near-ends-with-distance' }, number!.position)
    return Math.min(Number(digits), MAX_NEAR_DISTANCE)
  }
}

/** Inside NEAR, words are matched by their stems; * is kept, = and ~ are not (NEAR has no place for them). */
function nearWord(word: WordNode): WordNode {
  if (word.mode === 'fuzzy') throw queryError({ problem: 'near-fuzzy' }, word.position)
  return word.mode === 'exact' ? { ...word, mode: 'stem' } : word
}

/** `"a b"~5`: the phrase's words within 5 of each other, in any order (Lucene's proximity search). */
function proximityNode(text: string, position: number, distance: number): QueryNode {
  const words: WordNode[] = []
  for (const match of text.matchAll(/\S+/gu)) {
    words.push({ kind: 'word', text: match[0], mode: 'stem', maxEdits: null, position: position + 1 + match.index })
  }
  if (words.length < 2) return { kind: 'phrase', text, position }
  return { kind: 'near', items: words, distance, position }
}

/**
 * Parses a query into its tree; null for a query with nothing in it. Throws MarsadError('invalid-query') with a
 * message that points at the problem (the position is also in `params.position`).
 */
export function parseQuery(query: string): QueryNode | null {
  return new Parser(tokenize(query)).parse()
}
