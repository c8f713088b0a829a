import { useEffect, useRef } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { chosenFromPicker } from './gatherFiles'
import { useImport } from './ImportProvider'

/** Toolbar button and Ctrl/⌘+I: pick files to import (the app's File menu offers folders too). */
export function ImportButton() {
  const { t } = useI18n()
  const { start } = useImport()
  const picker = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const shortcut = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'i') {
        event.preventDefault()
        picker.current?.click()
      }
    }
    window.addEventListener('keydown', shortcut)
    return () => window.removeEventListener('keydown', shortcut)
  }, [])

  return (
    <>
      <button type="button" className="toolbar__button" title={t.importButtonHint} onClick={() => picker.current?.click()}>
        {t.importButton}
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        data-testid="import-picker"
        onChange={(event) => {
          const files = event.currentTarget.files
          if (files && files.length > 0) void start(chosenFromPicker(files))
          event.currentTarget.value = ''
        }}
      />
    </>
  )
}
