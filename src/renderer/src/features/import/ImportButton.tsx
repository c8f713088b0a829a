import { useEffect, useRef } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import { FilePickerInput } from './FilePickerInput'

/** Toolbar button and Ctrl/⌘+I: pick files to import (the app's File menu offers folders too). */
export function ImportButton() {
  const { t } = useI18n()
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
      <FilePickerInput ref={picker} testId="import-picker" />
    </>
  )
}
