import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../../../test/helpers/tempLibrary'
import type { ApiMethod, ApiRequest, ApiResponse } from '../../shared/api'
import { dispatchApiCall } from '../../shared/dispatch'
import { MarsadCore } from '../core'
import { normalizeText } from '../text'

/*
 * Search over the shared real data: the seed dump's expected searches, and every word the example dumps respell
 * (tatweel, harakat, Persian letters) found by searching it plainly. Imported through the app's own pipeline.
 */

const SHARED = resolve(__dirname, '../../../../shared')
const SEED = join(SHARED, 'data/dumps/seed')
const EXAMPLES = join(SHARED, 'data/dumps/examples')
const hasSharedData = existsSync(join(SEED, 'expected.json')) && existsSync(join(EXAMPLES, 'manifest.json'))
if (!hasSharedData) console.log(`Search tests over real dumps skipped: ${SHARED} is absent.`)

interface SeedExpectations {
  stories: { title: string }[]
  searches: { query: string; expect: number[]; why: string }[]
}

interface Manifest {
  files: { path: string; stories: { title: string | null; planted: { word: string; surface: string; kind: string }[] }[] }[]
}

/** A library with everything under `paths` imported through the contract, as the app does. */
async function importedLibrary(paths: string[]) {
  const temp = makeTempDir('marsad-real-search-')
  const core = new MarsadCore({ libraryPath: temp.file('library.marsad') })
  const call = async <M extends ApiMethod>(method: M, request: ApiRequest<M>): Promise<ApiResponse<M>> => {
    const envelope = await dispatchApiCall(core.handlers, method, request)
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
    return envelope.value as ApiResponse<M>
  }
  const finished = new Promise<void>((done) => core.onEvent((event) => event === 'importFinished' && done()))
  await call('importPaths', { paths })
  await finished
  /** Ids of the stories whose title reads `title` once normalised. */
  const idsTitled = async (title: string | null): Promise<number[]> => {
    const wanted = normalizeText(title ?? '')
    const { stories } = await call('listStories', { offset: 0, limit: 1000 })
    return stories.filter((story) => normalizeText(story.title ?? '') === wanted).map((story) => story.id)
  }
  const close = () => {
    core.close()
    temp.cleanup()
  }
  return { core, call, idsTitled, close }
}

describe.skipIf(!hasSharedData)('search over the real dumps', () => {
  describe('the seed dump', () => {
    let library: Awaited<ReturnType<typeof importedLibrary>>
    beforeAll(async () => (library = await importedLibrary([join(SEED, 'seed-news-dump.txt')])))
    afterAll(() => library.close())

    it('answers every expected search', async () => {
      const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as SeedExpectations
      const storyIds = await Promise.all(expected.stories.map(async (story) => (await library.idsTitled(story.title))[0]))
      expect(storyIds.every((id) => id !== undefined)).toBe(true)
      for (const search of expected.searches) {
        const response = await library.call('searchStories', { query: search.query, limit: 50 })
        const found = response.results.map((hit) => storyIds.indexOf(hit.id)).sort()
        expect(found, `${search.query}: ${search.why}`).toEqual([...search.expect].sort())
      }
    })
  })

  describe('the example dumps', () => {
    let library: Awaited<ReturnType<typeof importedLibrary>>
    beforeAll(async () => (library = await importedLibrary([EXAMPLES])), 120_000)
    afterAll(() => library.close())

    it('find every planted respelling by the plain word, and highlight it as written', async () => {
      const manifest = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8')) as Manifest
      const misses: string[] = []
      let planted = 0
      for (const file of manifest.files) {
        for (const story of file.stories) {
          for (const { word, surface, kind } of story.planted) {
            planted++
            const ids = await library.idsTitled(story.title)
            const response = await library.call('searchStories', { query: word, limit: 1000, facets: false })
            const id = ids.find((candidate) => response.results.some((hit) => hit.id === candidate))
            if (id === undefined) {
              misses.push(`${file.path}: ${word} (${kind} ${surface}) not found`)
              continue
            }
            const stored = (await library.call('getStory', { id })).body
            const ranges = await library.call('storyHighlights', { id, query: word })
            const marked = ranges.body.map(([start, end]) => stored.slice(start, end))
            if (stored.includes(surface) && !marked.includes(surface))
              misses.push(`${file.path}: ${surface} not highlighted (${marked.join(', ')})`)
          }
        }
      }
      expect(planted).toBeGreaterThan(100)
      expect(misses).toEqual([])
    })
  })
})
