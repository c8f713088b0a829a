import { UsageError, type CliCommand } from '../command'
import { parseStoryId, plural, quoted, tagNameOptions } from './organiseArgs'

export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'Add tags to stories or remove them (tags are made when missing)',
  usage: 'marsad tag <story-id>… --add NAME [--add NAME] [--remove NAME] [--library FILE] [--json]',
  details: [
    'Tag names are paths: `روسيا/كورسك` goes under `روسيا`. A name matches an existing tag however its letters are',
    'written (كوريا is the tag کوریا). Removals happen first; if adding then fails, they are undone.',
    'With --json: {"stories": [ids], "added": [names], "removed": [names], "tagged": n, "untagged": n}.'
  ].join('\n'),
  options: { add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } },
  async run(context, positionals, values) {
    const storyIds = positionals.map((text) => parseStoryId(text))
    if (storyIds.length === 0) throw new UsageError('give at least one story id.')
    const add = tagNameOptions(values, 'add')
    const remove = tagNameOptions(values, 'remove')
    if (add.length === 0 && remove.length === 0) throw new UsageError('say what to do with --add NAME or --remove NAME.')

    const untagging = remove.length ? await context.call('untagStories', { tags: remove, storyIds }) : null
    let tagging
    try {
      tagging = add.length ? await context.call('tagStories', { tags: add, storyIds }) : null
    } catch (error) {
      if (untagging) await context.call('undo', { id: untagging.undo.id })
      throw error
    }
    const result = {
      stories: storyIds,
      added: tagging?.tags.map((tag) => tag.name) ?? [],
      removed: untagging?.tags.map((tag) => tag.name) ?? [],
      tagged: tagging?.tagged ?? 0,
      untagged: untagging?.untagged ?? 0
    }
    context.print(result, (r) =>
      [
        ...(untagging ? [`Removed ${quoted(r.removed)} from ${plural(r.untagged, 'story', 'stories')}.`] : []),
        ...(tagging ? [`Tagged ${plural(r.tagged, 'story', 'stories')} with ${quoted(r.added)}.`] : [])
      ].join('\n')
    )
  }
}
