import { UsageError, type CliCommand } from '../command'

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the library file for damage (reads all of it)',
  usage: 'marsad check [--library FILE] [--json]',
  details: [
    'Runs SQLite\'s integrity check over the whole library. Exit code 0 when it is sound, 1 when damaged.',
    'With --json: {"ok", "problems": [text], "backupFolder"}.'
  ].join('\n'),
  async run(context, positionals) {
    if (positionals.length > 0) throw new UsageError(`check takes no arguments (got ${positionals.join(' ')}).`)
    const check = await context.call('checkLibrary')
    context.print(check, (c) =>
      c.ok
        ? `${context.libraryPath} is sound.`
        : [
            `${context.libraryPath} is damaged:`,
            ...c.problems.map((problem) => `  ${problem}`),
            'Stop writing to it. Keep the damaged file aside, and copy the newest backup from',
            `${c.backupFolder} in its place (marsad backup makes one; Marsad makes one before each upgrade).`
          ].join('\n'))
    return check.ok ? 0 : 1
  }
}
