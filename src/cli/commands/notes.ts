import type { Note } from '../../shared/contract/organise'
import { UsageError, type CliCommand } from '../command'
import { parseStoryId } from './organiseArgs'

function noteBlock(note: Note): string {
  const edited = note.updatedAt !== note.createdAt ? `, edited ${note.updatedAt}` : ''
  return `#${note.id}  ${note.createdAt}${edited}\n${note.body}`
}

export const notesCommand: CliCommand = {
  name: 'notes',
  summary: "Show a story's notes, oldest first",
  usage: 'marsad notes <story-id> [--library FILE] [--json]',
  details: 'With --json: [{"id", "storyId", "body", "createdAt", "updatedAt"}].',
  async run(context, positionals) {
    if (positionals.length !== 1)
      throw new UsageError(`notes takes one story id (got ${positionals.length ? positionals.join(' ') : 'none'}).`)
    const storyId = parseStoryId(positionals[0])
    const notes = await context.call('storyNotes', { storyId })
    context.print(notes, () => (notes.length ? notes.map(noteBlock).join('\n\n') : `Story ${storyId} has no notes.`))
  }
}
