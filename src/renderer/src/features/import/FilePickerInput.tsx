import type { Ref } from 'react'
import { chosenFromPicker } from './gatherFiles'
import { useImport } from './ImportProvider'

interface FilePickerInputProps {
  ref: Ref<HTMLInputElement>
  /** Picks a folder (every file under it) instead of files. */
  folder?: boolean
  testId: string
}

/** The hidden file input behind an Import button: what the analyst picks is imported at once. */
export function FilePickerInput({ ref, folder = false, testId }: FilePickerInputProps) {
  const { start } = useImport()
  return (
    <input
      ref={ref}
      type="file"
      multiple
      hidden
      // Chromium's folder picker; React has no typed prop for it.
      {...(folder ? { webkitdirectory: '' } : {})}
      data-testid={testId}
      onChange={(event) => {
        const files = event.currentTarget.files
        if (files && files.length > 0) void start(chosenFromPicker(files))
        event.currentTarget.value = ''
      }}
    />
  )
}
