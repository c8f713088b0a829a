import { UsageError, type CliCommand } from '../command'
import { formatBytes } from '../format'

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the library: path, schema version, story count, size on disk',
  usage: 'marsad info [--library FILE] [--json]',
  async run(context, positionals) {
    if (positionals.length > 0) throw new UsageError(`info takes no arguments (got ${positionals.join(' ')}).`)
    const info = await context.call('libraryInfo')
    context.print(info, (i) =>
      [
        `Library: ${i.path}`,
        `Schema:  ${i.schemaVersion}`,
        `Stories: ${i.storyCount}`,
        `Size:    ${formatBytes(i.sizeBytes)}`,
        ...(i.readOnly ? [`Access:  ${i.readOnly.message}`] : [])
      ].join('\n')
    )
  }
}
