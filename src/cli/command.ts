import type { ParseArgsConfig } from 'node:util'
import type { MarsadCore } from '../core'
import type { ApiMethod, ApiRequest, ApiResponse } from '../shared/api'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>

export interface CliIO {
  stdout(text: string): void
  stderr(text: string): void
}

/** What a command gets: its arguments, output helpers, and the library (opened on first use). */
export interface CliContext {
  readonly json: boolean
  readonly libraryPath: string
  readonly io: CliIO
  /** The library, opened on first use; a library that does not exist is created only with --create. */
  core(): MarsadCore
  /** Creates (or opens) a library at `path`, with its folders, and closes it again: `marsad init`. */
  createLibrary(path: string): Promise<{ schemaVersion: number }>
  /** Calls a contract method through the same validation every transport uses; throws on error. */
  call<M extends ApiMethod>(method: M, request?: ApiRequest<M>): Promise<ApiResponse<M>>
  /** Prints a value: as one JSON document with --json, else through `human`. */
  print<T>(value: T, human: (value: T) => string): void
}

export interface CliCommand {
  name: string
  summary: string
  usage: string
  /** Longer help shown by `marsad <command> --help`. */
  details?: string
  options?: OptionSpec
  /** Returns the exit code (0 when omitted). */
  run(context: CliContext, positionals: string[], values: OptionValues): Promise<number | void>
}

/** Bad usage: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}
