import type { LibraryCheck } from '../../shared/contract/library'
import { UsageError, type CliCommand } from '../command'

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the library file for damage (reads all of it); --repair mends a damaged one',
  usage: 'marsad check [--repair] [--library FILE] [--json]',
  options: { repair: { type: 'boolean', default: false } },
  details: [
    "Runs SQLite's integrity check over the whole library. Exit code 0 when it is sound, 1 when damaged.",
    'A damaged library refuses writes (in every Marsad that opens it) until it is repaired.',
    'With --repair, a damaged library is rebuilt in place from what it stores (indexes, search index,',
    'vocabulary); if it is still damaged, the newest sound backup takes its place and the damaged file is',
    'renamed beside it (FILE.damaged-TIME). Stories imported after that backup are imported again from their files.',
    'With --json: {"ok", "problems": [text], "backupFolder", "repair": null | {"problemsBefore", "restoredFrom", "damagedCopy"}}.'
  ].join('\n'),
  async run(context, positionals, values) {
    if (positionals.length > 0) throw new UsageError(`check takes no arguments (got ${positionals.join(' ')}).`)
    const check = await context.call('checkLibrary', { repair: values.repair === true })
    context.print(check, (c) => describe(context.libraryPath, c, values.repair === true))
    return check.ok ? 0 : 1
  }
}

function describe(path: string, check: LibraryCheck, repairAsked: boolean): string {
  const damage = (problems: string[]) => problems.map((problem) => `  ${problem}`)
  if (check.repair?.restoredFrom) {
    return [
      `${path} was damaged:`,
      ...damage(check.repair.problemsBefore),
      `Rebuilding it was not enough: the backup ${check.repair.restoredFrom} is in its place now, and the damaged file is kept as`,
      `${check.repair.damagedCopy}. Import again the files imported after that backup.`
    ].join('\n')
  }
  if (check.repair)
    return [`${path} was damaged:`, ...damage(check.repair.problemsBefore), 'Rebuilt from what it stores: it is sound again.'].join('\n')
  if (check.ok) return `${path} is sound.`
  return [
    `${path} is damaged:`,
    ...damage(check.problems),
    repairAsked
      ? `Rebuilding it was not enough, and there is no sound backup in ${check.backupFolder}. Keep the file: what is intact can still be read and searched.`
      : `Marsad writes nothing more to it. Run "marsad check --repair" to rebuild it, or restore it from a backup in ${check.backupFolder}.`
  ].join('\n')
}
