import { existsSync } from 'node:fs'
import { UsageError, type CliCommand } from '../command'

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create a library (the other commands use only a library that exists, unless given --create)',
  usage: 'marsad init [FILE] [--json]',
  details: [
    'Creates FILE, and the folders it needs, as an empty library; without FILE, the library --library,',
    "$MARSAD_LIBRARY or the app's default names. A library that exists already is left as it is.",
    'With --json: {"path", "created", "schemaVersion"}.'
  ].join('\n'),
  async run(context, positionals) {
    if (positionals.length > 1) throw new UsageError(`init takes one library file (got ${positionals.join(' ')}).`)
    const path = positionals[0] ?? context.libraryPath
    const created = !existsSync(path)
    const { schemaVersion } = await context.createLibrary(path)
    context.print({ path, created, schemaVersion }, (r) =>
      r.created
        ? `Created the library ${r.path} (schema ${r.schemaVersion}).`
        : `${r.path} is a library already (schema ${r.schemaVersion}); nothing changed.`
    )
  }
}
