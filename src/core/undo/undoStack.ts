import { randomUUID } from 'node:crypto'
import { MarsadError } from '../../shared/errors'

/** What an edit hands back so that it can be undone: the ticket the caller sees, and the inverse to run. */
export interface UndoableEdit {
  /** English, for the CLI and logs: "Delete tag «روسيا»". */
  label: string
  /** The method that made the edit, for the interface to translate with `params`. */
  action: string
  params?: Record<string, string | number>
  /** Puts things back. Runs inside one transaction; throw a MarsadError to refuse with a message. */
  inverse: () => void
}

export interface UndoTicket {
  id: string
  label: string
  action: string
  params: Record<string, string | number>
}

/** Runs work atomically; the library's `transaction`. */
export type Transact = <T>(work: () => T) => T

export const DEFAULT_UNDO_CAPACITY = 50

/**
 * The last edits that can be undone, newest last, in memory only: bounded, so the oldest drop off, and gone when
 * the library closes. Any edit may be undone, not only the newest; each inverse is written to cope with what
 * happened since (or to refuse, saying why).
 */
export class UndoStack {
  private readonly entries: (UndoableEdit & { id: string })[] = []

  constructor(
    private readonly transact: Transact,
    readonly capacity = DEFAULT_UNDO_CAPACITY
  ) {}

  get size(): number {
    return this.entries.length
  }

  push(edit: UndoableEdit): UndoTicket {
    const entry = { ...edit, id: randomUUID() }
    this.entries.push(entry)
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity)
    return { id: entry.id, label: entry.label, action: entry.action, params: entry.params ?? {} }
  }

  /** Runs the inverse of the edit with this ticket id, once; returns its label. */
  undo(id: string): string {
    const index = this.entries.findIndex((entry) => entry.id === id)
    if (index < 0) {
      throw new MarsadError(
        'not-found',
        `There is nothing to undo with id ${id}: it was undone already, or it is older than the last ${this.capacity} edits.`,
        { id }
      )
    }
    const entry = this.entries[index]!
    this.transact(() => entry.inverse())
    this.entries.splice(index, 1)
    return entry.label
  }

  clear(): void {
    this.entries.length = 0
  }
}
