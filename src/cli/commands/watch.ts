import type { ApiEvents } from '../../shared/api'
import type { ImportSummary } from '../../shared/contract/imports'
import type { WatchedFolder } from '../../shared/contract/watch'
import { UsageError, type CliCommand, type CliContext } from '../command'
import { alertJson, describeAlert, describeFile, fileJson } from './import'
import { parseStoryId } from './organiseArgs'

function folderLine(folder: WatchedFolder): string {
  const lastImport = folder.lastImportAt ? `${folder.lastImportAt} (${folder.lastImportFiles})` : 'never'
  return `${folder.id}\t${folder.state}\t${lastImport}\t${folder.path}`
}

function expectOne(name: string, args: string[], wanted: string): string {
  if (args.length !== 1) throw new UsageError(`watch ${name} takes ${wanted} (got ${args.length ? args.join(' ') : 'nothing'}).`)
  return args[0]!
}

/** A folder named by its id (as `watch list` shows it) or its path. */
function folderId(context: CliContext, given: string): number {
  return /^\d+$/.test(given) ? parseStoryId(given, 'watched folder id') : context.core().watch.byPath(given).id
}

/** Parses --stable-for: seconds a file's size must hold still. */
function stabilityMs(value: string | undefined): number {
  if (value === undefined) return 2000
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 0.1 || seconds > 3600)
    throw new UsageError(`--stable-for takes seconds between 0.1 and 3600 (got "${value}").`)
  return Math.round(seconds * 1000)
}

/** Resolves on SIGINT or SIGTERM (Ctrl+C, a service manager stopping the task). */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

async function run(context: CliContext, stableFor: string | undefined): Promise<void> {
  const settle = stabilityMs(stableFor)
  const core = context.core()
  const stopPrinting = core.onEvent((event, payload) => {
    if (event === 'importFinished') {
      const summary = payload as ImportSummary
      if (summary.error) context.io.stderr(`marsad watch: an import failed: ${summary.error.message}`)
      for (const file of summary.files) context.io.stdout(context.json ? JSON.stringify(fileJson(file)) : describeFile(file))
    }
    if (event === 'alertsRaised') {
      // After the files of the import that raised them; a muted alert stays quiet here too.
      const alerts = (payload as ApiEvents['alertsRaised']).alerts.filter((alert) => alert.alert === 'on')
      if (alerts.length === 0) return
      context.io.stdout(context.json ? JSON.stringify({ alerts: alerts.map(alertJson) }) : alerts.map(describeAlert).join('\n'))
    }
  })
  core.watch.start({ stabilityMs: settle })
  const folders = core.watch.list()
  if (!context.json) context.io.stderr(`Watching ${folders.length} ${folders.length === 1 ? 'folder' : 'folders'} until stopped (Ctrl+C).`)
  await untilStopped()
  // The import under way finishes (each file lands whole or not at all) and is remembered; files not yet imported
  // wait for the next run.
  await core.watch.stop()
  await core.imports.idle()
  stopPrinting()
}

export const watchCommand: CliCommand = {
  name: 'watch',
  summary: 'Watch folders and import dumps as they arrive: add, remove, list, run',
  usage: 'marsad watch add PATH | remove PATH|ID | list | run [--stable-for SECONDS] [--library FILE] [--json]',
  details: [
    'The watched folders are kept in the library: the app watches them while it is open, `watch run` does the',
    'same without a window (a server, a scheduled task) until stopped with Ctrl+C or SIGTERM. A file is imported',
    'once its size has held still for --stable-for seconds (default 2), or when it is renamed into place; names',
    'such as .part, .tmp or .hidden are left alone. A file imported before is not read again. With --json,',
    '`watch run` prints one JSON line per imported file: {"path", "kind", "encoding", "stories", "duplicates",',
    '"alreadyImported", "error", "errorCode", "passedOver"}, and after an import that raised alerts one line {"alerts":',
    '[{"savedSearch", "new", "storyIds"}]}; `watch list` prints [{"id", "path", "state", "lastImportAt", …}].'
  ].join('\n'),
  options: { 'stable-for': { type: 'string' } },
  async run(context, positionals, values) {
    const [name, ...args] = positionals
    switch (name) {
      case 'add': {
        const folder = await context.call('addWatchedFolder', { path: expectOne('add', args, 'PATH') })
        context.print(folder, (f) => `Watching ${f.path} (id ${f.id}). \`marsad watch run\` or the app imports what arrives there.`)
        return
      }
      case 'remove': {
        const given = expectOne('remove', args, 'PATH or ID')
        const result = await context.call('removeWatchedFolder', { id: folderId(context, given) })
        if (!result.removed) throw new Error(`There is no watched folder ${given}.`)
        context.print(result, () => `Stopped watching ${given}; its stories stay in the library.`)
        return
      }
      case 'list': {
        const folders = await context.call('listWatchedFolders')
        context.print(folders, (all) =>
          all.length ? all.map(folderLine).join('\n') : 'No folder is watched. Add one with `marsad watch add PATH`.'
        )
        return
      }
      case 'run':
        if (args.length > 0)
          throw new UsageError(`watch run takes no paths (got ${args.join(' ')}); add folders with \`marsad watch add\`.`)
        return run(context, values['stable-for'] as string | undefined)
      default:
        throw new UsageError(
          name === undefined ? 'say what to do: add, remove, list or run.' : `unknown subcommand "${name}" (add, remove, list or run).`
        )
    }
  }
}
