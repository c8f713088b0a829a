import type { DumpProblem } from '../errors'

/**
 * The items of a zip or folder the user gave, or — when it yields none — one problem naming it, so that every
 * input appears in the import's summary (an empty zip, or one holding only skipped members, used to vanish).
 */
export async function* orProblemWhenNothing<T>(items: AsyncIterable<T>, nothing: () => DumpProblem): AsyncGenerator<T | DumpProblem> {
  let found = false
  for await (const item of items) {
    found = true
    yield item
  }
  if (!found) yield nothing()
}
