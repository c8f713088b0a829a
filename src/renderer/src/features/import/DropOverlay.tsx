import { useEffect, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { chosenFromDrop } from './gatherFiles'
import { useImport } from './ImportProvider'

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

/** Files dragged anywhere over the window: an overlay says where they will go; dropping starts the import. */
export function DropOverlay() {
  const { t } = useI18n()
  const { start } = useImport()
  const [visible, setVisible] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child element; counting them tells when the drag leaves the window.
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth++
      setVisible(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer!.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setVisible(false)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setVisible(false)
      void start(chosenFromDrop(event.dataTransfer!))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [start])

  if (!visible) return null
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-live="assertive">
      <div className="drop-overlay__target">
        <p className="drop-overlay__title">{t.dropHere}</p>
        <p className="drop-overlay__hint">{t.dropHint}</p>
      </div>
    </div>
  )
}
