import { LINK_KINDS, type LinkKind } from '../../shared/contract/organise'
import { UsageError, type CliCommand } from '../command'
import { parseStoryId } from './organiseArgs'

function parseKind(value: string | boolean | (string | boolean)[] | undefined): LinkKind {
  if (value === undefined) throw new UsageError(`say what kind of link with --kind (${LINK_KINDS.join(', ')}).`)
  const kind = LINK_KINDS.find((candidate) => candidate === value)
  if (!kind) throw new UsageError(`"${String(value)}" is not a kind of link (${LINK_KINDS.join(', ')}).`)
  return kind
}

export const linkCommand: CliCommand = {
  name: 'link',
  summary: 'Link two stories with a typed link (related, follows, contradicts, same-event, source-of)',
  usage: `marsad link <from-id> <to-id> --kind ${LINK_KINDS.join('|')} [--note TEXT] [--library FILE] [--json]`,
  details: [
    'A link is stored once, from → to, and both stories see it. Linking the same two stories with the same kind',
    'again changes nothing but the note, when one is given.',
    'With --json: {"id", "from", "to", "kind", "note", "origin", "createdAt"}.'
  ].join('\n'),
  options: { kind: { type: 'string' }, note: { type: 'string' } },
  async run(context, positionals, values) {
    if (positionals.length !== 2)
      throw new UsageError(`link takes two story ids (got ${positionals.length ? positionals.join(' ') : 'none'}).`)
    const from = parseStoryId(positionals[0], 'story id')
    const to = parseStoryId(positionals[1], 'story id')
    const kind = parseKind(values.kind)
    const note = typeof values.note === 'string' ? values.note : undefined
    const link = await context.call('linkStories', { from, to, kind, ...(note !== undefined ? { note } : {}) })
    context.print(link, (l) => `Linked story ${l.from} → story ${l.to} (${l.kind})${l.note ? `: ${l.note}` : ''}.`)
  }
}
