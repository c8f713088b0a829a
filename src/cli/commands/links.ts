import type { StoryLinkView } from '../../shared/contract/organise'
import { UsageError, type CliCommand } from '../command'
import { parseStoryId } from './organiseArgs'

/** The JSON scripts rely on: one object per link, seen from the story asked about. */
function linkJson(link: StoryLinkView) {
  return { id: link.id, from: link.from, to: link.to, kind: link.kind, note: link.note, direction: link.direction, origin: link.origin }
}

function linkLine(link: StoryLinkView): string {
  const arrow = link.direction === 'out' ? '→' : '←'
  const origin = link.origin === 'import' ? ' [import]' : ''
  const note = link.note ? `\n\t${link.note.replace(/\n/g, '\n\t')}` : ''
  return `${link.kind}\t${arrow} ${link.other.id}\t${link.other.title ?? '(untitled)'}${origin}${note}`
}

export const linksCommand: CliCommand = {
  name: 'links',
  summary: "Show a story's links in both directions",
  usage: 'marsad links <story-id> [--library FILE] [--json]',
  details: 'With --json: [{"id", "from", "to", "kind", "note", "direction": "out"|"in", "origin": "user"|"import"}], by kind.',
  async run(context, positionals) {
    if (positionals.length !== 1)
      throw new UsageError(`links takes one story id (got ${positionals.length ? positionals.join(' ') : 'none'}).`)
    const id = parseStoryId(positionals[0])
    const links = await context.call('storyLinks', { id })
    context.print(links.map(linkJson), () => (links.length ? links.map(linkLine).join('\n') : `Story ${id} has no links.`))
  }
}
