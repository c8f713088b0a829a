import type { Library } from '../../core'
import type { Story } from '../../shared/domain'
import { UsageError, type CliCommand } from '../command'

const PAGE = 500

/** The JSON scripts rely on: one object per story. */
function storyJson(library: Library, story: Story) {
  return {
    id: story.id,
    title: story.title,
    date: story.date,
    dateText: story.dateText,
    source: story.source,
    keywords: story.keywords,
    url: story.url,
    author: story.author,
    category: story.category,
    body: story.body,
    file: story.provenance?.file ?? null,
    position: story.provenance?.position ?? null,
    cluster: story.clusterId,
    links: library.links
      .ofStory(story.id)
      .filter((link) => link.direction === 'out')
      .sort((a, b) => a.id - b.id)
      .map((link) => ({ to: link.to, kind: link.kind }))
  }
}

function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${name} takes a whole number (got ${value}).`)
  return number
}

export const storiesCommand: CliCommand = {
  name: 'stories',
  summary: 'List the stories of the library, oldest import first',
  usage: 'marsad stories [--library FILE] [--limit N] [--offset N] [--json]',
  details:
    'With --json, one JSON object per line: id, title, date, dateText, source, keywords, url, author, category, body, file, position, cluster, links.',
  options: { limit: { type: 'string' }, offset: { type: 'string' } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`stories takes no arguments (got ${positionals.join(' ')}).`)
    const limit = parseCount(values.limit as string | undefined, 'limit', Number.POSITIVE_INFINITY)
    let offset = parseCount(values.offset as string | undefined, 'offset', 0)
    const library = context.core().library
    let remaining = limit
    while (remaining > 0) {
      const page = library.stories.listOldestFirst(offset, Math.min(PAGE, remaining))
      for (const story of page) {
        context.io.stdout(
          context.json
            ? JSON.stringify(storyJson(library, story))
            : `${story.id}\t${story.date ?? '—'}\t${story.source ?? '—'}\t${story.title ?? story.body.slice(0, 80)}`
        )
      }
      if (page.length < PAGE) break
      offset += page.length
      remaining -= page.length
    }
  }
}
