import { useCallback, useRef, useState } from 'react'
import { BRIEFING_EXPORT_FORMATS, type BriefingExportFormat } from '../../../../shared/contract/briefings'
import { useI18n } from '../../i18n/I18nProvider'
import { api } from '../../lib/api'
import { downloadBase64 } from '../../lib/download'
import { useDismiss } from './useDismiss'

export interface ExportMenuProps {
  briefingId: number
  onExported(fileName: string): void
  onProblem(error: unknown): void
}

/**
 * Export ▾: PDF, HTML or DOCX, handed to the browser's download (the save dialog in the app). ↑/↓ move in the menu.
 * Edits still being typed are saved when the field loses the focus to this menu, and calls reach the core in order,
 * so the file has them.
 */
export function ExportMenu({ briefingId, onExported, onProblem }: ExportMenuProps) {
  const { t } = useI18n()
  const container = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const close = useCallback(() => setOpen(false), [])
  useDismiss(container, open, close)

  const exportAs = async (format: BriefingExportFormat) => {
    setOpen(false)
    setBusy(true)
    try {
      const file = await api.exportBriefing({ id: briefingId, format })
      downloadBase64(file.fileName, file.base64, file.mimeType)
      onExported(file.fileName)
    } catch (error) {
      onProblem(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div ref={container} className="briefing-export">
      <button
        type="button"
        className="toolbar__button--primary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {busy ? t.briefingExporting : `${t.briefingExport} ▾`}
      </button>
      {open && (
        <div
          className="briefing-export__menu"
          role="menu"
          aria-label={t.briefingExport}
          onKeyDown={(event) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
            event.preventDefault()
            const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')]
            const at = items.indexOf(document.activeElement as HTMLElement)
            items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
          }}
        >
          {BRIEFING_EXPORT_FORMATS.map((format, index) => (
            <button key={format} type="button" role="menuitem" autoFocus={index === 0} onClick={() => void exportAs(format)}>
              {t.briefingExportFormat(format)}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
