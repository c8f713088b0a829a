import { statSync } from 'node:fs'
import { UsageError, type CliCommand } from '../command'
import { formatBytes } from '../format'

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Copy the library, consistent even while it is being written',
  usage: 'marsad backup [TARGET] [--library FILE] [--json]',
  details: [
    'Writes a compact copy to TARGET (which must not exist), or without TARGET into the folder FILE.backups',
    'beside the library, where the newest five copies are kept. With --json: {"path", "bytes"}.'
  ].join('\n'),
  async run(context, positionals) {
    if (positionals.length > 1) throw new UsageError(`backup takes at most one target file (got ${positionals.join(' ')}).`)
    const { path } = await context.call('backupLibrary', positionals[0] ? { target: positionals[0] } : {})
    context.print({ path, bytes: statSync(path).size }, (r) => `Copied the library to ${r.path} (${formatBytes(r.bytes)}).`)
  }
}
