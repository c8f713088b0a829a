import { useRef } from 'react'
import { useI18n } from '../../i18n/I18nProvider'
import demoDump from './demo/marsad-demo.jsonl?raw'
import { FilePickerInput } from './FilePickerInput'
import { useImport } from './ImportProvider'

/** The demo dump's name: what the provenance panel and the import summary show for its stories. */
const DEMO_FILE_NAME = 'marsad-demo.jsonl'

/**
 * The first screen of an empty library: import files or a folder, the kinds of dump Marsad reads, and a way to
 * try it on invented stories (a dump bundled with the app, imported as any picked file is).
 */
export function EmptyLibrary() {
  const { t } = useI18n()
  const { start, progress } = useImport()
  const filePicker = useRef<HTMLInputElement>(null)
  const folderPicker = useRef<HTMLInputElement>(null)
  const importDemo = () => void start({ files: [new File([demoDump], DEMO_FILE_NAME, { type: 'application/jsonl' })], entries: [] })

  return (
    <section className="first-screen" aria-labelledby="first-screen-heading">
      <h2 id="first-screen-heading" className="first-screen__heading">
        {t.firstScreenHeading}
      </h2>
      <p>{t.firstScreenIntro}</p>
      <div className="first-screen__actions">
        <button type="button" className="toolbar__button toolbar__button--primary" onClick={() => filePicker.current?.click()}>
          {t.importFilesButton}
        </button>
        <button type="button" className="toolbar__button" onClick={() => folderPicker.current?.click()}>
          {t.importFolderButton}
        </button>
        <FilePickerInput ref={filePicker} testId="first-screen-file-picker" />
        <FilePickerInput ref={folderPicker} folder testId="first-screen-folder-picker" />
      </div>
      <p className="first-screen__hint">{t.firstScreenDropHint}</p>
      <h3 className="first-screen__subheading">{t.dumpKindsHeading}</h3>
      <ul className="first-screen__kinds">
        {t.dumpKinds.map((kind) => (
          <li key={kind}>{kind}</li>
        ))}
      </ul>
      <h3 className="first-screen__subheading">{t.demoHeading}</h3>
      <p className="first-screen__hint">{t.demoNote}</p>
      <button type="button" className="toolbar__button" disabled={progress !== null} onClick={importDemo}>
        {t.demoButton}
      </button>
    </section>
  )
}
