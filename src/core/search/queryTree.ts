/**
 * A query as the analyst wrote it, parsed but not yet analysed: words keep their spelling, filters their raw
 * value. Positions are UTF-16 indices into the query, for error messages and for rewriting "did you mean".
 */

/** Fields that restrict words to some of the story's text. */
export type TextField = 'title' | 'note'
/** Fields that filter stories by metadata. */
export type FilterField = 'source' | 'tag' | 'lang' | 'date' | 'after' | 'before'

/**
 * How a word matches: `stem` as its normalised term or its stem (a plain word), `exact` as its normalised term
 * only (`=word`), `prefix` as the start of a term or stem (`word*`), `fuzzy` as itself or any term of the library
 * within a few edits (`word~`).
 */
export type WordMode = 'stem' | 'exact' | 'prefix' | 'fuzzy'

export interface WordNode {
  kind: 'word'
  /** The word as typed, without the operator characters around it. */
  text: string
  mode: WordMode
  /** For `fuzzy`: the edits allowed, or null for the default of the word's length. */
  maxEdits: number | null
  position: number
}

export interface PhraseNode {
  kind: 'phrase'
  text: string
  position: number
}

export interface NearNode {
  kind: 'near'
  items: (WordNode | PhraseNode)[]
  /** Most tokens allowed between two neighbouring items. */
  distance: number
  position: number
}

export interface FieldNode {
  kind: 'field'
  field: TextField
  item: QueryNode
  position: number
}

export interface FilterNode {
  kind: 'filter'
  field: FilterField
  value: string
  position: number
}

export interface AllNode {
  kind: 'all'
  items: QueryNode[]
}

export interface AnyNode {
  kind: 'any'
  items: QueryNode[]
}

export interface NotNode {
  kind: 'not'
  item: QueryNode
  position: number
}

export type QueryNode = WordNode | PhraseNode | NearNode | FieldNode | FilterNode | AllNode | AnyNode | NotNode
