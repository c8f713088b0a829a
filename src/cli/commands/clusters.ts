import { UsageError, type CliCommand } from '../command'

export const clustersCommand: CliCommand = {
  name: 'clusters',
  summary: 'List syndication clusters: one story carried by several outlets',
  usage: 'marsad clusters [--library FILE] [--min-size N] [--json]',
  details: 'With --json: [{"id", "size", "first": story-id, "members": [ids]}], largest first. "first" is the earliest-dated member.',
  options: { 'min-size': { type: 'string' } },
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`clusters takes no arguments (got ${positionals.join(' ')}).`)
    const raw = values['min-size'] as string | undefined
    const minSize = raw === undefined ? 2 : Number(raw)
    if (!Number.isInteger(minSize) || minSize < 2) throw new UsageError(`--min-size takes a whole number of at least 2 (got ${raw}).`)
    const clusters = await context.call('listClusters', { minSize })
    context.print(clusters, (list) =>
      list.length === 0
        ? 'No clusters.'
        : list
            .map(
              (cluster) => `cluster ${cluster.id}: ${cluster.size} stories, first ${cluster.first}; members ${cluster.members.join(', ')}`
            )
            .join('\n')
    )
  }
}
