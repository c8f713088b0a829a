import { useState } from 'react'
import { screenOf, type ListView } from './app/views'
import { PaneSplitter, useListShare } from './components/PaneSplitter'
import { StatusBar } from './components/StatusBar'
import { BriefingEditor, BriefingsPage } from './features/briefing'
import { DropOverlay } from './features/import/DropOverlay'
import { EmptyLibrary } from './features/import/EmptyLibrary'
import { ImportButton } from './features/import/ImportButton'
import { ImportHistory } from './features/import/ImportHistory'
import { ImportSummaryPanel } from './features/import/ImportSummaryPanel'
import { StoryList } from './features/library/StoryList'
import { Reader } from './features/reader/Reader'
import { BatchSearch } from './features/search/BatchSearch'
import { CoverageComparison } from './features/search/CoverageComparison'
import { NavigationSections } from './features/search/NavigationSections'
import { SearchBox } from './features/search/SearchBox'
import { SearchResults } from './features/search/SearchResults'
import { WatchedFolders } from './features/watch/WatchedFolders'
import { useI18n } from './i18n/I18nProvider'
import { api } from './lib/api'
import { useUndoScreen } from './lib/undo'

/** One window, three panes (docs/interface.md): navigation, the list, the reader; the status bar below. */
export function App() {
  const { t, language, setLanguage } = useI18n()
  const [view, setView] = useState<ListView>({ kind: 'all' })
  const [openStoryId, setOpenStoryId] = useState<number | null>(null)
  const query = view.kind === 'search' ? view.query : ''
  useUndoScreen(screenOf(view))
  const [listShare, setListShare] = useListShare()

  // An open briefing belongs to the Briefings entry.
  const activeKind = view.kind === 'briefing' ? 'briefings' : view.kind
  const navigationItem = (label: string, target: ListView) => (
    <li>
      <button
        type="button"
        className={`navigation__item${activeKind === target.kind ? ' navigation__item--active' : ''}`}
        aria-current={activeKind === target.kind ? 'page' : undefined}
        onClick={() => setView(target)}
      >
        {label}
      </button>
    </li>
  )

  return (
    <div className="app" style={{ ['--list-share' as string]: listShare }}>
      <header className="toolbar">
        <h1 className="toolbar__title">{t.appName}</h1>
        <SearchBox query={query} onSearch={(next) => setView(next.trim() ? { kind: 'search', query: next } : { kind: 'all' })} />
        <ImportButton />
        <button
          type="button"
          className="toolbar__button"
          // Named by what it shows, in that language (axe: the name must start with the visible label); the
          // hint says what it does.
          lang={language === 'ar' ? 'en' : 'ar'}
          title={t.switchLanguageLabel}
          onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
        >
          {t.switchLanguage}
        </button>
      </header>
      <nav className="pane pane--navigation" aria-label={t.navigation}>
        <ul className="navigation">
          {navigationItem(t.allStories, { kind: 'all' })}
          {navigationItem(t.importsHeading, { kind: 'imports' })}
          {navigationItem(t.watchedFoldersHeading, { kind: 'watched' })}
          {navigationItem(t.briefingsHeading, { kind: 'briefings' })}
        </ul>
        <NavigationSections view={view} onNavigate={setView} />
      </nav>
      {view.kind === 'briefings' || view.kind === 'briefing' ? (
        // The briefing screens take the list's and the reader's place.
        <main className="pane pane--workspace" aria-label={t.briefingsHeading}>
          {view.kind === 'briefings' ? (
            <BriefingsPage onOpen={(id) => setView({ kind: 'briefing', id })} />
          ) : (
            <BriefingEditor key={view.id} briefingId={view.id} onBack={() => setView({ kind: 'briefings' })} />
          )}
        </main>
      ) : (
        <>
          <main className="pane pane--list" id="list-pane" aria-label={t.storiesHeading}>
            {view.kind === 'all' && (
              <StoryList
                listKey="all"
                load={(offset, limit) => api.listStories({ offset, limit })}
                empty={<EmptyLibrary />}
                selectedId={openStoryId}
                onSelect={(story) => setOpenStoryId(story.id)}
              />
            )}
            {view.kind === 'search' && (
              <SearchResults
                query={view.query}
                selectedId={openStoryId}
                onOpen={(story) => setOpenStoryId(story.id)}
                onQueryChange={(next) => setView({ kind: 'search', query: next })}
              />
            )}
            {view.kind === 'batch' && (
              <BatchSearch onOpen={(storyId, batchQuery) => (setOpenStoryId(storyId), setView({ kind: 'search', query: batchQuery }))} />
            )}
            {view.kind === 'compare' && (
              <CoverageComparison onOpen={(query, savedSearchId) => setView({ kind: 'search', query, savedSearchId })} />
            )}
            {view.kind === 'imports' && <ImportHistory onOpen={(runId) => setView({ kind: 'import', runId })} />}
            {view.kind === 'watched' && <WatchedFolders />}
            {view.kind === 'import' && (
              <StoryList
                listKey={`import-${view.runId}`}
                heading={t.newStoriesOfImport}
                load={(offset, limit) => api.listImportStories({ runId: view.runId, offset, limit })}
                selectedId={openStoryId}
                onSelect={(story) => setOpenStoryId(story.id)}
              />
            )}
          </main>
          <PaneSplitter label={t.resizePanes} controls="list-pane" share={listShare} onShareChange={setListShare} />
          <article className="pane pane--reader" aria-label={t.readerLabel}>
            {openStoryId === null ? (
              <p className="pane__message">{t.readerEmpty}</p>
            ) : (
              <Reader storyId={openStoryId} highlightQuery={query || null} onOpenStory={setOpenStoryId} />
            )}
          </article>
        </>
      )}
      <StatusBar />
      <ImportSummaryPanel onShowStories={(runId) => setView({ kind: 'import', runId })} />
      <DropOverlay />
    </div>
  )
}
