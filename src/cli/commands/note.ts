import { UsageError, type CliCommand } from '../command'
import { parseStoryId } from './organiseArgs'

export const noteCommand: CliCommand = {
  name: 'note',
  summary: 'Add a note to a story',
  usage: 'marsad note <story-id> --add TEXT [--library FILE] [--json]',
  details:
    'The note is kept as written, line breaks and all, and becomes searchable. With --json: {"id", "storyId", "body", "createdAt", "updatedAt"}.',
  options: { add: { type: 'string' } },
  async run(context, positionals, values) {
    if (positionals.length !== 1)
      throw new UsageError(`note takes one story id (got ${positionals.length ? positionals.join(' ') : 'none'}).`)
    const storyId = parseStoryId(positionals[0])
    if (typeof values.add !== 'string') throw new UsageError('give the note with --add TEXT.')
    const note = await context.call('addNote', { storyId, body: values.add })
    context.print(note, (n) => `Added note ${n.id} to story ${n.storyId}.`)
  }
}
