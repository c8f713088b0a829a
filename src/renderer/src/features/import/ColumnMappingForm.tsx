import { useId, useState } from 'react'
import { MAPPABLE_FIELDS, type ColumnMapping, type MappableField } from '../../../../shared/contract/imports'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { useImport } from './ImportProvider'

/**
 * For a file whose header Marsad did not recognise: which of its columns is the title, text, date, source and URL.
 * The choice is remembered for that header, then the file is imported again with it (whole or not at all, as
 * every file is).
 */
export function ColumnMappingForm({ path, columns }: { path: string; columns: string[] }) {
  const { t } = useI18n()
  const { importAgain } = useImport()
  const [mapping, setMapping] = useState<ColumnMapping>({})
  const [notFound, setNotFound] = useState(false)
  const [busy, setBusy] = useState(false)
  const id = useId()
  const choose = (field: MappableField, column: string) =>
    setMapping((current) => {
      const next = { ...current }
      if (column) next[field] = column
      else delete next[field]
      return next
    })
  const ready = Boolean(mapping.title || mapping.body)

  return (
    <form
      className="column-mapping"
      aria-describedby={`${id}-explain`}
      onSubmit={(event) => {
        event.preventDefault()
        if (!ready || busy) return
        setBusy(true)
        void api
          .rememberColumns({ header: columns, mapping })
          .then(() => importAgain(path))
          .then((found) => setNotFound(!found))
          .finally(() => setBusy(false))
      }}
    >
      <p id={`${id}-explain`} className="column-mapping__explain">
        {t.columnsExplain}
      </p>
      <div className="column-mapping__fields">
        {MAPPABLE_FIELDS.map((field) => (
          <label key={field} className="column-mapping__field">
            <span>{t.columnField[field]}</span>
            <select value={mapping[field] ?? ''} onChange={(event) => choose(field, event.currentTarget.value)}>
              <option value="">{t.columnNone}</option>
              {columns.map((column) => (
                <option key={column} value={column}>
                  {column}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button type="submit" className="toolbar__button toolbar__button--primary" disabled={!ready || busy}>
        {t.importWithColumns}
      </button>
      {notFound && <p role="status">{t.columnsRemembered}</p>}
    </form>
  )
}
