import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider'

interface TextEditorProps {
  label: string
  initial?: string
  placeholder?: string
  saveLabel: string
  /** An empty text may be saved (a link's note can be cleared; a note cannot be empty). */
  allowEmpty?: boolean
  autoFocus?: boolean
  /** Saves the text; the editor clears itself (when it has no `onCancel`) once this resolves. */
  onSave(text: string): Promise<void>
  /** When given, the editor edits something that exists and offers Cancel (and Esc). */
  onCancel?(): void
}

/**
 * A plain-text editor for notes: line breaks kept, the text's own direction (dir="auto"), Ctrl/⌘+Enter saves,
 * Esc cancels. Shared by notes and links' notes.
 */
export function TextEditor({
  label,
  initial = '',
  placeholder,
  saveLabel,
  allowEmpty = false,
  autoFocus = false,
  onSave,
  onCancel
}: TextEditorProps) {
  const { t } = useI18n()
  const id = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState(initial)
  const [saving, setSaving] = useState(false)
  const canSave = !saving && (allowEmpty || text.trim() !== '')

  useEffect(() => {
    if (autoFocus) area.current?.focus()
  }, [autoFocus])

  const save = () => {
    if (!canSave) return
    setSaving(true)
    onSave(text).then(
      () => {
        setSaving(false)
        if (!onCancel) setText('')
      },
      () => setSaving(false)
    )
  }

  return (
    <form
      className="text-editor"
      onSubmit={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <label className="reader-sr-only" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={area}
        id={id}
        className="text-editor__area"
        dir="auto"
        rows={3}
        value={text}
        placeholder={placeholder}
        aria-keyshortcuts="Control+Enter"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            save()
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault()
            event.stopPropagation()
            onCancel()
          }
        }}
      />
      <div className="text-editor__actions">
        <button type="submit" className="reader-button reader-button--primary" disabled={!canSave} title={t.saveHint}>
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" className="reader-button" onClick={onCancel}>
            {t.readerCancel}
          </button>
        )}
      </div>
    </form>
  )
}
