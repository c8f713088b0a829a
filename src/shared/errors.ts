/**
 * Errors that cross a transport (IPC, test binding, CLI) travel as plain data: a stable `code` that the
 * interface translates, an English `message` for logs and the CLI, and optional `params` (file names, counts)
 * that the translated message may quote.
 */
export type ErrorCode =
  | 'bad-request'
  | 'unknown-method'
  | 'not-found'
  | 'library-too-new'
  | 'not-a-library'
  | 'library-unreadable'
  | 'no-library'
  | 'library-busy'
  | 'library-read-only'
  | 'library-damaged'
  | 'invalid-query'
  | 'cancelled'
  | 'unsupported'
  | 'internal'

export type ErrorParams = Record<string, string | number>

export interface ErrorShape {
  code: ErrorCode
  message: string
  params?: ErrorParams
}

export class MarsadError extends Error implements ErrorShape {
  readonly code: ErrorCode
  readonly params?: ErrorParams

  constructor(code: ErrorCode, message: string, params?: ErrorParams) {
    super(message)
    this.name = 'MarsadError'
    this.code = code
    if (params) this.params = params
  }

  toShape(): ErrorShape {
    return this.params ? { code: this.code, message: this.message, params: this.params } : { code: this.code, message: this.message }
  }
}

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes): another connection holds the write lock. */
export function isDatabaseBusy(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code).startsWith('SQLITE_BUSY')
}

/** Anything thrown inside core becomes an ErrorShape; unexpected errors keep their message but say `internal`. */
export function toErrorShape(error: unknown): ErrorShape {
  if (error instanceof MarsadError) return error.toShape()
  // SQLite's "database is locked", once the busy timeout has passed: another program holds the library that long.
  if (isDatabaseBusy(error)) {
    return {
      code: 'library-busy',
      message:
        'Another program (an import of a big file, say) has been writing to the library for more than 30 seconds; nothing was changed. Try again once it has finished.'
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message }
}
