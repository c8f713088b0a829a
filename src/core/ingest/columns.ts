/**
 * Columns the analyst named for an export whose header Marsad did not recognise: which column is the title, the
 * text, the date, the source, the URL. A choice made in the import summary is remembered for that header (the
 * library's column_mappings), so the next file with the same header is read the same way; `marsad import
 * --columns` names them for one import.
 */
import { MAPPABLE_FIELDS, type ColumnMapping } from '../../shared/contract/imports'
import { foldFieldName } from './fields'

/** What an import knows of columns: the remembered mappings by header, and the ones named for this import. */
export interface ColumnChoices {
  remembered: Array<{ header: string[]; mapping: ColumnMapping }>
  /** Applies to every CSV of the import whose header has all the columns it names. */
  named?: ColumnMapping
}

/** One header as a key: the columns' names folded as field names are (case, spaces, `_` and `-` aside), in order. */
export function headerKey(header: readonly string[]): string {
  return header.map(foldFieldName).join('\u001f')
}

/**
 * The mapping for a file with this header, in the names this header writes: the one remembered for it (case and
 * spacing aside), else the one named for the import if the header has all its columns.
 */
export function mappingFor(choices: ColumnChoices | undefined, header: readonly string[]): ColumnMapping | null {
  if (!choices) return null
  const key = headerKey(header)
  const remembered = choices.remembered.find((choice) => headerKey(choice.header) === key)
  if (remembered) return inHeader(remembered.mapping, header)
  const named = choices.named
  if (named && Object.values(named).every((column) => header.includes(column!))) return named
  return null
}

/** A remembered mapping's columns as this header writes them ('Kopf' remembered, 'kopf' here). */
function inHeader(mapping: ColumnMapping, header: readonly string[]): ColumnMapping {
  const byFolded = new Map(header.map((name) => [foldFieldName(name), name]))
  const translated: ColumnMapping = {}
  for (const field of MAPPABLE_FIELDS) {
    const column = mapping[field] === undefined ? undefined : byFolded.get(foldFieldName(mapping[field]!))
    if (column !== undefined) translated[field] = column
  }
  return translated
}

/**
 * A row with the chosen columns renamed to their fields, placed first so that they win over any other column a
 * name would also have made that field (which is then kept among the story's extra fields, as any second one is).
 */
export function withMapping(record: Record<string, string>, mapping: ColumnMapping): Record<string, string> {
  const mapped: Record<string, string> = {}
  const chosen = new Set<string>()
  for (const field of MAPPABLE_FIELDS) {
    const column = mapping[field]
    if (column === undefined || !(column in record)) continue
    mapped[field] = record[column]!
    chosen.add(column)
  }
  for (const [name, value] of Object.entries(record)) {
    if (chosen.has(name)) continue
    mapped[name in mapped ? `${name} (${Object.keys(mapped).length + 1})` : name] = value
  }
  return mapped
}
