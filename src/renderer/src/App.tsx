import { useState } from 'react'
import type { StorySummary } from '../../shared/domain'
import { StatusBar } from './components/StatusBar'
import { DropOverlay } from './features/import/DropOverlay'
import { ImportButton } from './features/import/ImportButton'
import { ImportHistory } from './features/import/ImportHistory'
import { ImportSummaryPanel } from './features/import/ImportSummaryPanel'
import { StoryList } from './features/library/StoryList'
import { useI18n } from './i18n/I18nProvider'
import { api } from './lib/api'

/** What the list pane shows. */
export type ListView = { kind: 'all' } | { kind: 'imports' } | { kind: 'import'; runId: number }

/** One window, three panes (UI.md): navigation, the list, the reader; the status bar below. */
export function App() {
  const { t, language, setLanguage } = useI18n()
  const [view, setView] = useState<ListView>({ kind: 'all' })
  const [selected, setSelected] = useState<StorySummary | null>(null)

  const navigationItem = (label: string, target: ListView) => (
    <li>
      <button
        type="button"
        className={`navigation__item${view.kind === target.kind ? ' navigation__item--active' : ''}`}
        aria-current={view.kind === target.kind ? 'page' : undefined}
        onClick={() => setView(target)}
      >
        {label}
      </button>
    </li>
  )

  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="toolbar__title">{t.appName}</h1>
        <ImportButton />
        <button
          type="button"
          className="toolbar__button"
          aria-label={t.switchLanguageLabel}
          onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
        >
          {t.switchLanguage}
        </button>
      </header>
      <nav className="pane pane--navigation" aria-label={t.navigation}>
        <ul className="navigation">
          {navigationItem(t.allStories, { kind: 'all' })}
          {navigationItem(t.importsHeading, { kind: 'imports' })}
        </ul>
      </nav>
      <main className="pane pane--list" aria-label={t.storiesHeading}>
        {view.kind === 'all' && (
          <StoryList
            listKey="all"
            load={(offset, limit) => api.listStories({ offset, limit })}
            selectedId={selected?.id ?? null}
            onSelect={setSelected}
          />
        )}
        {view.kind === 'imports' && <ImportHistory onOpen={(runId) => setView({ kind: 'import', runId })} />}
        {view.kind === 'import' && (
          <StoryList
            listKey={`import-${view.runId}`}
            heading={t.newStoriesOfImport}
            load={(offset, limit) => api.listImportStories({ runId: view.runId, offset, limit })}
            selectedId={selected?.id ?? null}
            onSelect={setSelected}
          />
        )}
      </main>
      <article className="pane pane--reader">
        {selected ? (
          <>
            <h2 className="reader__title" dir="auto">{selected.title}</h2>
            <p className="reader__body" dir="auto">{selected.excerpt}</p>
          </>
        ) : (
          <p className="pane__message">{t.readerEmpty}</p>
        )}
      </article>
      <StatusBar />
      <ImportSummaryPanel onShowStories={(runId) => setView({ kind: 'import', runId })} />
      <DropOverlay />
    </div>
  )
}
