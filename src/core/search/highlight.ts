import type { HighlightedText, TextRange } from '../../shared/contract/search'
import type { Token } from '../text'
import type { HighlightRule, TokenTest } from './compileQuery'

/*
 * Highlights come from the analyser's tokens of the original text: a token's range covers the word as written,
 * harakat, tatweel and Persian letters included, while its term and stem are what the query is compared with.
 * FTS5's own highlight() cannot do this: the index holds normalised terms, not the text.
 */

/** Which text of a story is being highlighted: title-only words do not light up in the body. */
export type StoryText = 'title' | 'body' | 'keywords'

/** One occurrence of a query word (or phrase) in a text. */
export interface WordMatch {
  /** Token indices of its first and last token. */
  firstToken: number
  lastToken: number
  /** UTF-16 range in the text. */
  start: number
  end: number
  word: number
  important: boolean
}

/** Words in the snippet: about two lines of a result list. */
const SNIPPET_TOKENS = 32
const ELLIPSIS = '…'

function passes(test: TokenTest, token: Token): boolean {
  return (
    test.terms.has(token.term) ||
    test.stems.has(token.stem) ||
    test.prefixes.some((prefix) => token.term.startsWith(prefix) || token.stem.startsWith(prefix))
  )
}

const appliesTo = (rule: HighlightRule, text: StoryText): boolean => rule.scope === 'text' || (rule.scope === 'title' && text === 'title')

/** Every occurrence of every rule in `tokens`, in text order. */
export function findWordMatches(tokens: readonly Token[], rules: readonly HighlightRule[], text: StoryText): WordMatch[] {
  const active = rules.filter((rule) => appliesTo(rule, text))
  const matches: WordMatch[] = []
  if (active.length === 0) return matches
  tokens.forEach((token, index) => {
    for (const rule of active) {
      const last = index + rule.sequence.length - 1
      if (last >= tokens.length || !passes(rule.sequence[0]!, token)) continue
      if (!rule.sequence.every((step, offset) => offset === 0 || passes(step, tokens[index + offset]!))) continue
      matches.push({
        firstToken: index,
        lastToken: last,
        start: token.start,
        end: tokens[last]!.end,
        word: rule.word,
        important: rule.important
      })
    }
  })
  return matches
}

/** Ranges of the matches moved by `shift`, sorted, overlapping ones merged (a word inside a matched phrase marks once). */
export function matchRanges(matches: readonly { start: number; end: number }[], shift = 0): TextRange[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const ranges: TextRange[] = []
  for (const match of sorted) {
    const start = match.start + shift
    const end = match.end + shift
    const previous = ranges[ranges.length - 1]
    if (previous && start < previous[1]) previous[1] = Math.max(previous[1], end)
    else ranges.push([start, end])
  }
  return ranges
}

/**
 * The window of SNIPPET_TOKENS tokens with the most distinct important query words (then the most distinct
 * words, then the most matches; the earliest on a tie), widened evenly around its matches. Returns token
 * indices [from, to). `matches` are in text order.
 */
function bestWindow(tokenCount: number, matches: readonly WordMatch[]): [number, number] {
  if (matches.length === 0) return [0, Math.min(tokenCount, SNIPPET_TOKENS)]
  const perWord = new Map<number, number>()
  let importantWords = 0
  const add = (match: WordMatch) => {
    const seen = perWord.get(match.word) ?? 0
    if (seen === 0 && match.important) importantWords++
    perWord.set(match.word, seen + 1)
  }
  const remove = (match: WordMatch) => {
    const left = perWord.get(match.word)! - 1
    if (left > 0) perWord.set(match.word, left)
    else {
      perWord.delete(match.word)
      if (match.important) importantWords--
    }
  }

  let best = { score: [-1, -1, -1], first: 0, last: 0 }
  let right = 0
  for (let left = 0; left < matches.length; left++) {
    if (right < left) right = left
    const windowEnd = matches[left]!.firstToken + SNIPPET_TOKENS
    while (right < matches.length && matches[right]!.lastToken < windowEnd) add(matches[right++]!)
    if (right === left) continue
    const score = [importantWords, perWord.size, right - left]
    if (isBetter(score, best.score)) best = { score, first: matches[left]!.firstToken, last: matches[right - 1]!.lastToken }
    remove(matches[left]!)
  }
  const slack = Math.max(0, SNIPPET_TOKENS - (best.last - best.first + 1))
  const to = Math.min(tokenCount, Math.max(best.first - Math.floor(slack / 2), 0) + SNIPPET_TOKENS)
  return [Math.max(0, to - SNIPPET_TOKENS), to]
}

function isBetter(score: number[], than: number[]): boolean {
  for (let index = 0; index < score.length; index++) {
    if (score[index] !== than[index]) return score[index]! > than[index]!
  }
  return false
}

/**
 * The passage of `text` to show in a result, cut at word boundaries with … where text was left out, line breaks
 * shown as spaces, and every match inside it marked.
 */
export function snippet(text: string, tokens: readonly Token[], matches: readonly WordMatch[]): HighlightedText {
  if (tokens.length === 0) return { text: '', highlights: [] }
  const [from, to] = bestWindow(tokens.length, matches)
  const start = tokens[from]!.start
  const end = tokens[to - 1]!.end
  const lead = from > 0 ? `${ELLIPSIS} ` : ''
  const tail = to < tokens.length ? ` ${ELLIPSIS}` : ''
  // Same length in, same length out: the ranges computed on `text` stay valid.
  const passage = text.slice(start, end).replace(/[\r\n\t\u2028\u2029]/g, ' ')
  const inside = matches.filter((match) => match.firstToken >= from && match.lastToken < to)
  return { text: lead + passage + tail, highlights: matchRanges(inside, lead.length - start) }
}
