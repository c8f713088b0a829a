import { useState } from 'react'
import type { StorySummary } from '../../shared/domain'
import { StatusBar } from './components/StatusBar'
import { StoryList } from './features/library/StoryList'
import { useI18n } from './i18n/I18nProvider'

/** One window, three panes (UI.md): navigation, the list, the reader; the status bar below. */
export function App() {
  const { t, language, setLanguage } = useI18n()
  const [selected, setSelected] = useState<StorySummary | null>(null)

  return (
    <div className="app">
      <header className="toolbar">
        <h1 className="toolbar__title">{t.appName}</h1>
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
          <li className="navigation__item navigation__item--active">{t.allStories}</li>
        </ul>
      </nav>
      <main className="pane pane--list" aria-label={t.storiesHeading}>
        <StoryList selectedId={selected?.id ?? null} onSelect={setSelected} />
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
    </div>
  )
}
