/** A small, generic undo stack: destructive and bulk edits hand back a ticket; `undo` runs their inverse. */
export { UndoStack, undoStackFor, DEFAULT_UNDO_CAPACITY, type UndoableEdit, type UndoTicket, type Transact, type Transactional } from './undoStack'
