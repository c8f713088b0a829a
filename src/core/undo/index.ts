/** A small, generic undo stack: destructive and bulk edits hand back a ticket; `undo` runs their inverse. */
export { UndoStack, DEFAULT_UNDO_CAPACITY, type UndoableEdit, type UndoTicket, type Transact } from './undoStack'
