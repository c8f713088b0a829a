import { parseArgs } from 'node:util'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { MarsadCore, defaultLibraryPath, inThreadRunner, slowMigrationsPending } from '../core'
import { dispatchApiCall } from '../shared/dispatch'
import { MarsadError } from '../shared/errors'
import { UsageError, type CliCommand, type CliContext, type CliIO, type OptionSpec } from './command'
import { commands } from './commands'

const globalOptions: OptionSpec = {
  library: { type: 'string' },
  create: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false }
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

/**
 * `marsad <command> [options]`. Exit codes: 0 success, 1 failure (the message is on stderr), 2 bad usage.
 * With --json every command prints machine-readable JSON on stdout, and nothing else goes to stdout.
 */
export async function main(argv: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const commandIndex = findCommandIndex(argv)
  const commandName = commandIndex >= 0 ? argv[commandIndex] : undefined
  const command = commands.find((candidate) => candidate.name === commandName)
  if (!commandName) {
    const wantsHelp = argv.includes('--help') || argv.includes('-h')
    ;(wantsHelp ? io.stdout : io.stderr)(globalHelp())
    return wantsHelp ? 0 : 2
  }
  if (!command) {
    io.stderr(`marsad: unknown command "${commandName}".\n\n${globalHelp()}`)
    return 2
  }

  let parsed: ReturnType<typeof parseArgs>
  try {
    const options = { ...globalOptions, ...command.options }
    parsed = parseArgs({
      args: withNegativeNumbersJoined(
        argv.filter((_, index) => index !== commandIndex),
        options
      ),
      options,
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    io.stderr(`marsad ${command.name}: ${(error as Error).message}\nUsage: ${command.usage}`)
    return 2
  }
  if (parsed.values.help) {
    io.stdout(commandHelp(command))
    return 0
  }

  const json = parsed.values.json === true
  const libraryPath = (parsed.values.library as string | undefined) || env.MARSAD_LIBRARY || defaultLibraryPath(env)
  let core: MarsadCore | undefined
  const context: CliContext = {
    json,
    libraryPath,
    io,
    core: () => (core ??= openCore(libraryPath, parsed.values.create === true, io)),
    async createLibrary(path) {
      const created = openCore(path, true, io)
      try {
        return { schemaVersion: created.library.schemaVersion }
      } finally {
        created.close()
      }
    },
    async call(method, request) {
      const envelope = await dispatchApiCall(context.core().handlers, method, request)
      if (!envelope.ok) throw new MarsadError(envelope.error.code, envelope.error.message, envelope.error.params)
      return envelope.value as never
    },
    print(value, human) {
      io.stdout(json ? JSON.stringify(value) : human(value))
    }
  }

  try {
    return (await command.run(context, parsed.positionals, parsed.values)) ?? 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`marsad ${command.name}: ${error.message}\nUsage: ${command.usage}`)
      return 2
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(
      json
        ? JSON.stringify({ error: error instanceof MarsadError ? error.toShape() : { code: 'internal', message } })
        : `marsad ${command.name}: ${message}`
    )
    return 1
  } finally {
    core?.close()
  }
}

/**
 * The library a command works on. One that does not exist is made only when asked (--create, `marsad init`):
 * a mistyped --library used to leave an empty library, and folders, behind.
 */
function openCore(libraryPath: string, create: boolean, io: CliIO): MarsadCore {
  if (!create && !existsSync(libraryPath)) {
    throw new MarsadError(
      'no-library',
      `There is no library at ${libraryPath}. Create one with "marsad init ${libraryPath}", or add --create to the command.`,
      { path: libraryPath }
    )
  }
  // Said before the wait, on stderr (stdout may be JSON for a script): a library of an earlier Marsad is updated first.
  for (const note of slowMigrationsPending(libraryPath)) io.stderr(note)
  return new MarsadCore({ libraryPath, importRunner: inThreadRunner(builtReaderWorker()) })
}

/**
 * The built CLI ships the reader worker beside itself (out/cli/readWorker.js): imports then decode and analyse
 * on a second thread. Run from sources (tests), the reader runs inline.
 */
function builtReaderWorker(): { readerWorkerFile?: string } {
  const file = join(__dirname, 'readWorker.js')
  return existsSync(file) ? { readerWorkerFile: file } : {}
}

/**
 * `--limit -5` as `--limit=-5`: parseArgs takes a value that starts with a dash for an option and stops with
 * "argument is ambiguous"; joined, the value reaches the command, which says what it takes.
 */
function withNegativeNumbersJoined(args: string[], options: OptionSpec): string[] {
  const takesValue = (arg: string) => arg.startsWith('--') && options[arg.slice(2)]?.type === 'string'
  const joined: string[] = []
  for (let index = 0; index < args.length; index++) {
    const next = args[index + 1]
    if (takesValue(args[index]!) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${args[index]}=${next}`)
      index++
    } else {
      joined.push(args[index]!)
    }
  }
  return joined
}

/** The first argument that is neither an option nor the value of a global option such as `--library FILE`. */
function findCommandIndex(argv: string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (!arg.startsWith('-')) return index
    const option = globalOptions[arg.replace(/^--/, '')]
    if (option?.type === 'string') index++
  }
  return -1
}

function globalHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'marsad — the Marsad news library from the command line',
    '',
    'Usage: marsad <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Global options:',
    "  --library FILE  the library to use (default: $MARSAD_LIBRARY, else the app's library)",
    '  --create        create the library when it does not exist (else the command stops; see `marsad init`)',
    '  --json          print machine-readable JSON on stdout',
    '  -h, --help      show help; `marsad <command> --help` for one command',
    '',
    'Exit codes: 0 success, 1 failure (message on stderr), 2 bad usage.'
  ].join('\n')
}

function commandHelp(command: CliCommand): string {
  return [`Usage: ${command.usage}`, '', command.summary + '.', ...(command.details ? ['', command.details] : [])].join('\n')
}
