import type { TagInfo } from '../../shared/contract/organise'
import { UsageError, type CliCommand, type CliContext } from '../command'
import { plural } from './organiseArgs'

/** The JSON scripts rely on: one object per tag. */
function tagJson(tag: TagInfo) {
  return { id: tag.id, name: tag.name, color: tag.color, parent: tag.parent, count: tag.count }
}

function tagLine(tag: TagInfo): string {
  return `${tag.id}\t${tag.count}\t${tag.color}\t${tag.name}`
}

type Subcommand = (context: CliContext, args: string[]) => Promise<void>

function expectArgs(name: string, args: string[], wanted: string[]): void {
  if (args.length !== wanted.length)
    throw new UsageError(`tags ${name} takes ${wanted.join(' ')} (got ${args.length ? args.join(' ') : 'nothing'}).`)
  if (args.some((arg) => arg.trim() === '')) throw new UsageError(`tags ${name} needs tag names; an empty name is no tag.`)
}

const subcommands: Record<string, Subcommand> = {
  async rename(context, args) {
    expectArgs('rename', args, ['OLD', 'NEW'])
    const tag = await context.call('tagNamed', { name: args[0]! })
    const renamed = await context.call('renameTag', { id: tag.id, name: args[1]! })
    context.print(tagJson(renamed), (t) => `Renamed «${tag.name}» to «${t.name}».`)
  },
  async merge(context, args) {
    expectArgs('merge', args, ['FROM', 'INTO'])
    const from = await context.call('tagNamed', { name: args[0]! })
    const into = await context.call('tagNamed', { name: args[1]! })
    const { tag } = await context.call('mergeTags', { fromId: from.id, intoId: into.id })
    context.print(tagJson(tag), (t) => `Merged «${from.name}» into «${t.name}», which is now on ${plural(t.count, 'story', 'stories')}.`)
  },
  async delete(context, args) {
    expectArgs('delete', args, ['NAME'])
    const tag = await context.call('tagNamed', { name: args[0]! })
    const { undo } = await context.call('deleteTag', { id: tag.id })
    const deleted = { deleted: tag.name, tags: Number(undo.params.tags), stories: Number(undo.params.stories) }
    context.print(
      deleted,
      (d) => `Deleted «${d.deleted}» (${plural(d.tags, 'tag', 'tags')}, taken off ${plural(d.stories, 'story', 'stories')}).`
    )
  }
}

export const tagsCommand: CliCommand = {
  name: 'tags',
  summary: 'List tags with their story counts; rename, merge or delete one',
  usage: 'marsad tags [rename OLD NEW | merge FROM INTO | delete NAME] [--library FILE] [--json]',
  details: [
    'Without a subcommand, lists every tag (children after their parent): id, count, colour, name; with --json',
    '[{"id", "name", "color", "parent", "count"}], where parent is the parent tag\'s name or null and count the',
    'stories tagged with the tag itself. Names match however their letters are written (كوريا finds کوریا).',
    "Renaming a parent renames its children; merging gives FROM's stories and children to INTO and removes FROM;",
    'deleting a tag deletes the tags below it too.'
  ].join('\n'),
  async run(context, positionals) {
    const [name, ...args] = positionals
    if (name === undefined) {
      const tags = await context.call('listTags')
      context.print(tags.map(tagJson), () => (tags.length ? tags.map(tagLine).join('\n') : 'There are no tags yet.'))
      return
    }
    const subcommand = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined
    if (!subcommand) throw new UsageError(`unknown subcommand "${name}" (rename, merge or delete).`)
    await subcommand(context, args)
  }
}
