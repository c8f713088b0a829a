import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../../test/helpers/seededRandom'
import { addStory } from '../../../test/helpers/stories'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import { MarsadError } from '../../shared/errors'
import { queryProblemOf } from '../../shared/queryProblems'
import { openLibrary, type Library } from '../library'
import { withoutClitics } from './cliticForms'
import { compileQuery } from './compileQuery'
import { parseQuery } from './parseQuery'
import { SearchState } from './searchState'
import { searchStories } from './searchStories'

const compile = (query: string) =>
  compileQuery(parseQuery(query), {
    fuzzyTerms: () => [],
    cliticVariants: withoutClitics,
    matchesNothing: () => false
  })

function problem(query: string): { message: string; position: number } {
  try {
    compile(query)
  } catch (error) {
    if (error instanceof MarsadError && error.code === 'invalid-query') {
      return { message: error.message, position: Number(error.params!.position) }
    }
    throw error
  }
  throw new Error(`"${query}" was accepted`)
}

describe('parseQuery', () => {
  it('reads words, operators, groups, phrases and fields into a tree', () => {
    expect(parseQuery('')).toBeNull()
    expect(parseQuery('a b OR c')).toEqual({
      kind: 'any',
      items: [
        {
          kind: 'all',
          items: [
            { kind: 'word', text: 'a', mode: 'stem', maxEdits: null, position: 0 },
            { kind: 'word', text: 'b', mode: 'stem', maxEdits: null, position: 2 }
          ]
        },
        { kind: 'word', text: 'c', mode: 'stem', maxEdits: null, position: 7 }
      ]
    })
    expect(parseQuery('-title:"a b" =c d* e~1')).toMatchObject({
      kind: 'all',
      items: [
        { kind: 'not', item: { kind: 'field', field: 'title', item: { kind: 'phrase', text: 'a b' } } },
        { kind: 'word', text: 'c', mode: 'exact', position: 14 },
        { kind: 'word', text: 'd', mode: 'prefix' },
        { kind: 'word', text: 'e', mode: 'fuzzy', maxEdits: 1 }
      ]
    })
    expect(parseQuery('NEAR(a "b c", 3)')).toMatchObject({
      kind: 'near',
      distance: 3,
      items: [{ kind: 'word' }, { kind: 'phrase', text: 'b c' }]
    })
    expect(parseQuery('«كوريا الشمالية»~4')).toMatchObject({ kind: 'near', distance: 4, items: [{ text: 'كوريا' }, { text: 'الشمالية' }] })
    expect(parseQuery('source:"Sky News" tag:a/b')).toMatchObject({
      kind: 'all',
      items: [
        { kind: 'filter', field: 'source', value: 'Sky News' },
        { kind: 'filter', field: 'tag', value: 'a/b' }
      ]
    })
  })

  it('treats unknown fields, lone dashes and lowercase operators as text', () => {
    expect(parseQuery('http://example.com')).toMatchObject({ kind: 'word', text: 'http://example.com' })
    expect(parseQuery('كوريا - روسيا')).toMatchObject({ kind: 'all', items: [{ text: 'كوريا' }, { text: 'روسيا' }] })
    expect(parseQuery('a or near')).toMatchObject({ kind: 'all', items: [{ text: 'a' }, { text: 'or' }, { text: 'near' }] })
  })

  it('names the problem and its parameters, for each language to write its own sentence', () => {
    const params = (query: string) => {
      try {
        compile(query)
      } catch (error) {
        return (error as MarsadError).params
      }
    }
    expect(params('NEAR(كوريا')).toEqual({ problem: 'near-unclosed', position: 0 })
    expect(params('كوريا source:')).toEqual({ problem: 'field-needs-value', field: 'source', position: 6 })
    expect(params('date:2024-13')).toEqual({ problem: 'no-such-month', text: '2024-13', month: 13, position: 0 })
  })

  it('points at the problem in a query it cannot read', () => {
    expect(problem('كوريا "الشمالية')).toEqual({ message: 'Unclosed quote: add the closing " (at character 7).', position: 6 })
    expect(problem('(a OR b')).toMatchObject({ message: expect.stringMatching(/This \( is never closed/), position: 0 })
    expect(problem('a OR b)')).toMatchObject({ message: expect.stringMatching(/This \) has no \(/), position: 6 })
    expect(problem('a ()')).toMatchObject({ message: expect.stringMatching(/parentheses are empty/), position: 2 })
    expect(problem('OR a')).toMatchObject({ message: expect.stringMatching(/OR needs a word on each side/), position: 0 })
    expect(problem('a OR')).toMatchObject({ position: 2 })
    expect(problem('a AND')).toMatchObject({ message: expect.stringMatching(/AND needs/), position: 2 })
    expect(problem('a NOT')).toMatchObject({ message: expect.stringMatching(/NOT needs a word after it/), position: 2 })
    expect(problem('NEAR(a, 5)')).toMatchObject({ message: expect.stringMatching(/NEAR needs at least two words/), position: 0 })
    expect(problem('NEAR(a b')).toMatchObject({ message: expect.stringMatching(/NEAR\( is never closed/) })
    expect(problem('NEAR(a b, x)')).toMatchObject({ message: expect.stringMatching(/followed by a number/) })
    expect(problem('NEAR(a~ b)')).toMatchObject({ message: expect.stringMatching(/~ cannot be used inside NEAR/) })
    expect(problem('title: a')).toMatchObject({ message: expect.stringMatching(/title: needs a value right after the colon/), position: 0 })
    expect(problem('tag:(a OR b)')).toMatchObject({ message: expect.stringMatching(/tag: takes one value/) })
    expect(problem('*')).toMatchObject({ message: expect.stringMatching(/\* must be attached to a word/) })
    expect(problem('ك*')).toMatchObject({ message: expect.stringMatching(/at least 2 letters before \*/) })
    expect(problem('date:2024-13')).toMatchObject({ message: expect.stringMatching(/no month 13/) })
    expect(problem('date:2024-02-30')).toMatchObject({ message: expect.stringMatching(/not a day/) })
    expect(problem('date:yesterday')).toMatchObject({ message: expect.stringMatching(/is not a date/) })
    expect(problem('date:2024-03..2024-01')).toMatchObject({ message: expect.stringMatching(/ends before it starts/) })
    expect(problem('lang:arabic!')).toMatchObject({ message: expect.stringMatching(/language code/) })
    expect(problem('؟؟ ، !')).toMatchObject({ message: expect.stringMatching(/nothing to search for/) })
  })

  it('never hands user text to FTS5: every term is quoted', () => {
    const { match } = compile('"a" OR bb* NEAR(c d) title:e -f')
    // OR binds loosest: "a" OR (bb* AND NEAR(c d) AND title:e, without f).
    expect(match).toBe(
      '({title body keywords notes}: "a" OR ((({title body keywords notes}: "bb" * OR {title_stem body_stem keywords_stem notes_stem}: "bb" *) AND ' +
        '{title_stem body_stem keywords_stem notes_stem}: NEAR("c" "d", 10) AND (title: "e" OR title_stem: "e")) NOT ' +
        '({title body keywords notes}: "f" OR {title_stem body_stem keywords_stem notes_stem}: "f")))'
    )
  })
})

const HOSTILE_PIECES = [
  '"',
  '“',
  '”',
  '«',
  '»',
  '*',
  '**',
  '-',
  '+',
  ':',
  '::',
  '(',
  ')',
  '()',
  'NEAR',
  'NEAR(',
  ',',
  ', 5',
  'OR',
  'AND',
  'NOT',
  '~',
  '~2',
  '~9',
  '=',
  '^',
  '\\',
  "'",
  '\u0000',
  '{',
  '}',
  '[',
  ']',
  '،',
  '؛',
  '؟',
  '٪',
  '٫',
  '٬',
  '…',
  'ال',
  'و',
  'ـــ',
  'َ',
  'ّ',
  'title:',
  'tag:',
  'source:',
  'date:',
  'date:2024..',
  'after:',
  'lang:',
  'note:',
  'kursk',
  'كورسك',
  'الكرملين',
  '2024-01',
  '١٢٣',
  '#هاشتاغ',
  'a_b',
  'x.y',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u200c',
  '\u200f',
  '😀',
  'select',
  'MATCH',
  "'; DROP"
]

describe('hostile input', () => {
  const temp = makeTempDir('marsad-fuzz-')
  let library: Library

  beforeAll(() => {
    library = openLibrary(temp.file('fuzz.marsad'))
    addStory(library, {
      title: 'الكرملين يعلن السيطرة على كورسك',
      body: 'أعلن الكرملين (kursk) أن القوات استعادت كورسك.',
      date: '2024-01-05'
    })
  })
  afterAll(() => {
    library.close()
    temp.cleanup()
  })

  it('never fails with anything but invalid-query, whatever is typed', async () => {
    const random = seededRandom(20240204)
    const failures: string[] = []
    for (let round = 0; round < 1500; round++) {
      const length = 1 + Math.floor(random() * 8)
      const query = Array.from({ length }, () => HOSTILE_PIECES[Math.floor(random() * HOSTILE_PIECES.length)]).join(
        random() < 0.5 ? ' ' : ''
      )
      try {
        const response = await searchStories(new SearchState(library), {
          query,
          sort: random() < 0.5 ? 'relevance' : 'date',
          offset: 0,
          limit: 5,
          facets: true
        })
        if (!Number.isInteger(response.total)) failures.push(`${JSON.stringify(query)} gave total ${response.total}`)
      } catch (error) {
        // Each language's sentence is written from the problem's code and parameters: every failure must name one.
        const named = error instanceof MarsadError && queryProblemOf(error.params) !== null && typeof error.params!.position === 'number'
        if (!(named && (error as MarsadError).code === 'invalid-query' && /\(at character \d+\)\.$/.test((error as Error).message))) {
          failures.push(`${JSON.stringify(query)} → ${(error as Error).message}`)
        }
      }
    }
    expect(failures).toEqual([])
  })
})
