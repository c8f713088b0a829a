/**
 * The shared example dumps: the seed dump and the 90 generated ones with their manifest. They live
 * outside the repository (../shared), so these tests skip, saying so, where it is absent.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPaths } from '../../../test/fixtures/dumps/readDumps'
import type { ParsedStory } from './types'

const SHARED = resolve(__dirname, '../../../../shared')
const SEED = join(SHARED, 'data/dumps/seed')
const EXAMPLES = join(SHARED, 'data/dumps/examples')

if (!existsSync(SHARED)) console.log(`ingest examples: ${SHARED} is absent, so the seed and manifest tests are skipped.`)

interface SeedStory {
  title: string
  date: string
  date_text: string
  updated?: string
  source: string
  keywords_line?: string
  body_starts: string
  body_ends: string
  boilerplate_removed?: string[]
}

describe.skipIf(!existsSync(SEED))('the seed dump', () => {
  it('yields exactly its two stories, with the values in expected.json', async () => {
    const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as {
      stories: SeedStory[]
      links: Array<{ from: number; to: number }>
    }
    const { results, problems } = await readPaths([join(SEED, 'seed-news-dump.txt')])
    expect(problems).toEqual([])
    const stories = results[0]!.stories
    expect(results[0]!.error).toBeUndefined()
    expect(stories).toHaveLength(expected.stories.length)
    expected.stories.forEach((want, i) => {
      const got = stories[i]!
      expect(got.title).toBe(want.title)
      expect(got.date).toBe(want.date)
      expect(got.dateText).toBe(want.date_text)
      expect(got.updated).toBe(want.updated ?? null)
      expect(got.source).toBe(want.source)
      expect(got.body.startsWith(want.body_starts)).toBe(true)
      expect(got.body.endsWith(want.body_ends)).toBe(true)
      for (const boilerplate of want.boilerplate_removed ?? []) expect(got.body).not.toContain(boilerplate)
      if (want.keywords_line) expect(got.keywords).toEqual([want.keywords_line])
    })
    for (const link of expected.links) expect(stories[link.to]!.related).toContain(link.from)
  })
})

interface ManifestStory {
  title: string
  date: string | null
  date_text: string
  source: string
  /** Only for page text: whether a label line or a dateline names the source. */
  source_from?: 'label' | 'dateline'
  keywords: string[]
  body: string
  teasers: string[]
}
interface ManifestFile {
  path: string
  kind: string
  stories: ManifestStory[]
}

const FIELDS = [
  'stories per file',
  'title',
  'date',
  'date as written',
  'source',
  'source origin',
  'keywords',
  'body',
  'teasers',
  'related'
] as const
type Field = (typeof FIELDS)[number]

/** The body as the manifest and the importer both mean it: lines without trailing spaces, no blank lines. */
const paragraphs = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n')

/**
 * Where the manifest promises what the dump does not carry: it lists keywords for the stories of a
 * "read also" block and for HTML pages, but the generator writes no keyword line or tag for them.
 */
function dumpCarriesKeywords(file: ManifestFile, index: number): boolean {
  return file.kind !== 'html' && !(file.kind === 'page' && index > 0)
}

describe.skipIf(!existsSync(join(EXAMPLES, 'manifest.json')))('the 90 example dumps against their manifest', () => {
  it('match the manifest, field by field', async () => {
    const manifest = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }
    const correct = new Map<Field, number>(FIELDS.map((field) => [field, 0]))
    const total = new Map<Field, number>(FIELDS.map((field) => [field, 0]))
    let keywordsCarried = 0
    let keywordsCarriedCorrect = 0
    const misses: string[] = []
    const tally = (field: Field, ok: boolean, where: string): void => {
      total.set(field, total.get(field)! + 1)
      if (ok) correct.set(field, correct.get(field)! + 1)
      else if (field !== 'keywords') misses.push(`${field}: ${where}`)
    }
    const started = performance.now()
    let storyCount = 0
    for (const file of manifest.files) {
      const { results, problems } = await readPaths([join(EXAMPLES, file.path)])
      const stories: ParsedStory[] = results.flatMap((result) => result.stories)
      storyCount += stories.length
      for (const failure of [...problems, ...results.flatMap((result) => (result.error ? [result.error] : []))])
        misses.push(`error: ${failure.message}`)
      tally('stories per file', stories.length === file.stories.length, `${file.path} has ${stories.length}, not ${file.stories.length}`)
      file.stories.forEach((want, i) => {
        const got = stories[i]
        const where = `${file.path} story ${i}`
        tally('title', got?.title === want.title, where)
        tally('date', got?.date === want.date, where)
        tally('date as written', got?.dateText === (want.date_text || null), where)
        tally('source', got?.source === want.source, where)
        if (want.source_from) tally('source origin', got?.sourceFrom === want.source_from, where)
        const keywordsOk = JSON.stringify(got?.keywords) === JSON.stringify(want.keywords)
        tally('keywords', keywordsOk, where)
        if (dumpCarriesKeywords(file, i)) {
          keywordsCarried++
          if (keywordsOk) keywordsCarriedCorrect++
          else misses.push(`keywords: ${where}`)
        }
        tally('body', got !== undefined && paragraphs(got.body) === paragraphs(want.body), where)
        tally('teasers', JSON.stringify(got?.teasers) === JSON.stringify(want.teasers), where)
        // The manifest links a page's story to each of its "read also" stories.
        tally('related', JSON.stringify(got?.related) === JSON.stringify(file.kind === 'page' && i > 0 ? [0] : []), where)
      })
    }
    const seconds = (performance.now() - started) / 1000
    const percent = (ok: number, all: number): string => `${((100 * ok) / all).toFixed(1)}%`.padStart(7)
    console.log(
      [
        'Manifest accuracy over the 90 example dumps (% correct):',
        ...FIELDS.map(
          (field) => `  ${field.padEnd(17)}${percent(correct.get(field)!, total.get(field)!)}  (${correct.get(field)}/${total.get(field)})`
        ),
        `  keywords where the dump carries them${percent(keywordsCarriedCorrect, keywordsCarried)}  (${keywordsCarriedCorrect}/${keywordsCarried});` +
          ' the manifest also lists keywords for HTML pages and "read also" stories, whose dumps hold none',
        `  ${storyCount} stories read in ${seconds.toFixed(2)} s`
      ].join('\n')
    )
    expect(misses).toEqual([])
  })
})
