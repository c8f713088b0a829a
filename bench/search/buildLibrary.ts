/**
 * Builds (once) the benchmark library of `count` stories under /tmp and returns its path. A library is built
 * under a temporary name and renamed when complete, so an interrupted build is never mistaken for a finished one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openLibrary, prepareStory, storyFields } from '../../src/core/library'
import { benchStories, type Article } from './corpus'

/** MARSAD_BENCH_DIR moves it, so that two checkouts benchmarked side by side do not share libraries. */
export const BENCH_DIR = process.env.MARSAD_BENCH_DIR ?? '/tmp/marsad-bench'
/** Bump when the corpus recipe changes, so that older libraries are not reused. */
const RECIPE_VERSION = 1
const STORIES_PER_TRANSACTION = 5000

export interface BuiltLibrary {
  path: string
  /** Null when an earlier run's library was reused. */
  buildSeconds: number | null
}

export function benchLibrary(articles: readonly Article[], count: number, log: (line: string) => void): BuiltLibrary {
  mkdirSync(BENCH_DIR, { recursive: true })
  const path = join(BENCH_DIR, `search-${count}-v${RECIPE_VERSION}.marsad`)
  if (existsSync(path)) {
    try {
      openLibrary(path).close() // brings it up to this Marsad's schema
      return { path, buildSeconds: null }
    } catch (error) {
      log(`${path} cannot be opened by this Marsad (${(error as Error).message}); building it again.`)
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    }
  }

  const building = `${path}.building`
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true })
  const started = performance.now()
  const library = openLibrary(building)
  let batch: ReturnType<typeof prepareStory>[] = []
  let added = 0
  const flush = () => {
    library.transaction(() => batch.forEach((story) => library.stories.add(story)))
    added += batch.length
    batch = []
    if (added % 50_000 === 0) log(`  … ${added} stories (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
  for (const fields of benchStories(articles, count)) {
    batch.push(prepareStory(storyFields(fields)))
    if (batch.length === STORIES_PER_TRANSACTION) flush()
  }
  if (batch.length > 0) flush()
  library.db.pragma('wal_checkpoint(TRUNCATE)')
  library.close()
  renameSync(building, path)
  return { path, buildSeconds: (performance.now() - started) / 1000 }
}
