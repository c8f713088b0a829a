import '@fontsource/noto-sans-arabic/400.css'
import '@fontsource/noto-sans-arabic/600.css'
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/600.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ImportProvider } from './features/import/ImportProvider'
import { I18nProvider } from './i18n/I18nProvider'
import { UndoProvider } from './lib/undo'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <UndoProvider>
        <ImportProvider>
          <App />
        </ImportProvider>
      </UndoProvider>
    </I18nProvider>
  </StrictMode>
)
