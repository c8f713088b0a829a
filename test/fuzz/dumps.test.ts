/**
 * Fuzzing the dump parsers through the whole import: broken dumps (test/fuzz/mutateDumps.ts) imported beside
 * good ones. Every input is named in the summary, the good files import whole, nothing crashes, and the library
 * stays sound. Each run is bounded by the test's timeout: a file that hung (as 10,000 nested <div>s did) fails it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLibrary, type Library } from '../../src/core/library'
import { runImport } from '../../src/core/ingest/job'
import { ZIP_PATH_SEPARATOR } from '../../src/core/ingest/errors'
import { fixture, ONE_OF_EACH_KIND } from '../fixtures/dumps/readDumps'
import { makeTempDir } from '../helpers/tempLibrary'
import { mutatedDumps } from './mutateDumps'

const GOOD = ONE_OF_EACH_KIND
const good = GOOD.map((name) => ({ name, bytes: readFileSync(fixture(name)) }))

describe('fuzzing the dump parsers', () => {
  let temp: ReturnType<typeof makeTempDir>
  let library: Library
  beforeEach(() => {
    temp = makeTempDir('marsad-fuzz-')
    library = openLibrary(temp.file('library.marsad'))
  })
  afterEach(() => {
    library.close()
    temp.cleanup()
  })

  /** The stories each good file brings alone, in a library of its own. */
  async function storiesOfGoodFiles(): Promise<Map<string, number>> {
    const reference = openLibrary(temp.file('reference.marsad'))
    try {
      const paths = good.map(({ name, bytes }) => (writeFileSync(temp.file(`ref-${name}`), bytes), temp.file(`ref-${name}`)))
      const summary = await runImport(reference, { paths }, { jobId: 'reference' })
      return new Map(summary.files.map((file, index) => [GOOD[index]!, file.stories]))
    } finally {
      reference.close()
    }
  }

  it.each([1, 2, 3])('names every input, imports the good files whole, and stays sound (seed %i)', async (seed) => {
    const expected = await storiesOfGoodFiles()
    const broken = mutatedDumps(seed, good, 40)
    const goodPaths = good.map(({ name, bytes }) => (writeFileSync(temp.file(name), bytes), temp.file(name)))
    const brokenPaths = broken.map(({ name, bytes }) => (writeFileSync(temp.file(name), bytes), temp.file(name)))

    const summary = await runImport(library, { paths: [...goodPaths, ...brokenPaths] }, { jobId: `fuzz-${seed}` })

    for (const [index, path] of goodPaths.entries()) {
      expect(
        summary.files.find((file) => file.path === path),
        GOOD[index]
      ).toMatchObject({ stories: expected.get(GOOD[index]!), error: null })
    }
    for (const [index, path] of brokenPaths.entries()) {
      const named = summary.files.filter((file) => file.path === path || file.path.startsWith(`${path}${ZIP_PATH_SEPARATOR}`))
      expect(named.length, `${broken[index]!.name} (${broken[index]!.how})`).toBeGreaterThan(0)
      for (const file of named.filter((file) => file.error)) {
        expect(file.error!.message, file.path).toMatch(/^\S.*: /)
        expect(file.error!.message).not.toMatch(/call stack|undefined|null|\[object/)
      }
    }
    expect(summary.stories).toBe(library.stories.count())
    expect(library.integrityCheck()).toEqual({ ok: true, problems: [] })
  })
})
